"""A filter turned into bitmaps, once per search, so the records and every facet's pool come from one set of clauses.

Each clause the `Matcher` compiles becomes a bitmap (`SurveyIndex` makes it),
the clauses are intersected, and each facet counts in the intersection of
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
        if matcher.span:
            masks["date"] = index._date_mask(matcher.span)
        if matcher.wards:
            masks["ward"] = index._ward_mask(matcher.wards)
        if matcher.provinces:
            masks["province"] = index._province_mask(matcher.provinces)
        if matcher.topics is not None:
            masks["topic"] = index._topic_mask(matcher.topics)
        if matcher.bodies:
            masks["body"] = index._body_mask(matcher.bodies)
        if matcher.kinds:
            masks["kind"] = index._kind_mask(matcher.kinds)
        if matcher.statuses:
            masks["status"] = index._status_mask(matcher.statuses)
        if matcher.overdue:
            masks["overdue"] = index._overdue_mask(matcher.today)
        everything = index._all
        pool = intersect(masks.values(), everything)
        pools: dict[str, int] = {}
        if with_facets:
            fields = query.fields()
            for facet in FACETS:
                if facet == "year":
                    if "year" in fields:
                        others = {name: mask for name, mask in masks.items() if name != "date"}
                        span = Matcher(query.without_field("year")).span
                        if span:
                            others["date"] = index._date_mask(span)
                        pools[facet] = intersect(others.values(), everything)
                elif facet in masks:
                    pools[facet] = intersect((mask for name, mask in masks.items() if name != facet), everything)
        if matcher.texts:
            domain = pool
            for facet_pool in pools.values():
                domain |= facet_pool
            text = index._text_mask(matcher.texts, domain)
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
