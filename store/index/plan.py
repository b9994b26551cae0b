"""A filter turned into bitmaps, once per search, so the records and every facet's pool come from one set of clauses.

Each clause the `Matcher` compiles becomes a bitmap (`SurveyIndex` makes it):
within a field the clauses' bitmaps are united (dates and years too), across
fields they are intersected, and each facet counts in the intersection of
all clauses but its own. Free text, the costliest clause, is looked for only
within the union of those pools.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..matching import Matcher
from ..query import Filter
from .bitmaps import flags_of, intersect
from .facets import FACETS

if TYPE_CHECKING:
    from . import SurveyIndex


class Plan:
    """A filter turned into bitmaps: the records that match, and the pool each facet counts in."""

    def __init__(self, index: SurveyIndex, query: Filter, with_facets: bool) -> None:
        matcher = Matcher(query)
        masks: dict[str, int] = {}
        if matcher.date_groups:
            masks["date"] = _dates_mask(index, matcher.date_groups)
        if matcher.wards:
            masks["ward"] = index._ward_mask(matcher.wards)
        if matcher.provinces:
            masks["province"] = index._province_mask(matcher.provinces)
        if matcher.topics is not None:
            masks["topic"] = index._topic_mask(matcher.topics)
        if matcher.bodies:
            masks["body"] = index._body_mask(matcher.bodies)
        if matcher.leaders:
            masks["leader"] = index._leader_mask(matcher.leaders)
        if matcher.kinds:
            masks["kind"] = index._kind_mask(matcher.kinds)
        if matcher.statuses:
            masks["status"] = index._status_mask(matcher.statuses)
        if matcher.overdue:
            masks["overdue"] = index._overdue_mask(matcher.today, matcher)
        if matcher.addressees:  # one item addressed so, of the status asked for, late under `overdue`
            masks["to"] = index._addressed_mask(matcher)
        if matcher.events:  # one item answered, changed or closed then, and of the other follow-up clauses
            masks["item"] = index._events_mask(matcher)
        everything = index._all
        for negated in matcher.absent:  # `not overdue`: the records with no such item, kept in every facet's pool
            having = (index._events_mask(negated) if negated.events
                      else index._addressed_mask(negated) if negated.addressees
                      else index._overdue_mask(matcher.today, negated) if negated.overdue
                      else index._status_mask(negated.statuses))
            masks["not"] = masks.get("not", everything) & everything & ~having
        pool = intersect(masks.values(), everything)
        pools: dict[str, int] = {}
        if with_facets:
            fields = query.fields()
            for facet in FACETS:
                if facet == "year":
                    if "year" in fields:
                        others = {name: mask for name, mask in masks.items() if name != "date"}
                        groups = Matcher(query.without_field("year")).date_groups
                        if groups:
                            others["date"] = _dates_mask(index, groups)
                        pools[facet] = intersect(others.values(), everything)
                elif facet in masks:
                    pools[facet] = intersect((mask for name, mask in masks.items() if name != facet), everything)
        if matcher.texts:
            domain = pool
            for facet_pool in pools.values():
                domain |= facet_pool
            text = _text_mask(index, matcher.text_alternatives, domain)
            pool &= text
            pools = {facet: facet_pool & text for facet, facet_pool in pools.items()}
        self.pool = pool
        self.facet_pools = pools
        self._n = index._n
        self._flags: dict[int, bytes] = {}

    def flags(self, bitmap: int) -> bytes:
        """`flags_of(bitmap)`, made once per bitmap for this search."""
        found = self._flags.get(bitmap)
        if found is None:
            found = self._flags[bitmap] = flags_of(bitmap, self._n)
        return found


def _dates_mask(index: SurveyIndex, groups: list[list[tuple[str, str]]]) -> int:
    """OR of the spans within each date field, AND across the fields (`query.Filter.date_groups`)."""
    found = index._all
    for group in groups:
        either = 0
        for dates in group:
            either |= index._date_mask(dates)
        found &= either
    return found


def _text_mask(index: SurveyIndex, terms: list[tuple[str, ...]], domain: int) -> int:
    """Records within `domain` holding some spelling of every term (`Matcher.text_alternatives`)."""
    found = domain
    for spellings in sorted(terms, key=lambda spellings: len(spellings[0]), reverse=True):
        if not found:
            break
        either = 0
        for spelling in spellings:
            either |= index._text_mask([spelling], found & ~either)
        found = either
    return found
