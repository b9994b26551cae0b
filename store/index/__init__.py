"""An in-memory index over the store, built once at open, so filters never scan TinyDB.

Records are held newest first, and every set of records is a Python int
used as a bitmap (`bitmaps`): bit p stands for the record at position p.
Each clause of a filter becomes a bitmap (`plan`), clauses combine with `&`,
and a result is read back with one C-level pass (`itertools.compress`).
Per clause:

* a date span is a run of consecutive positions: its bitmap is two shifts;
* provinces (today's, and those merged away), topics, kinds, statuses and
  years have one bitmap per value (`places` for the provinces);
* wards and bodies keep the positions of each distinct folded name
  (`vocabulary.Names`); a typed value is matched against the few thousand
  names, never the records; leaders' names alike, gathered at the first
  leader clause (no screen needs them before), items' addressees at the first `to:`
  clause (`store.addressees`), items' events at the first `answered:`, `changed:` or `closed:` (`store.item_events`);
* free text goes to a word index (`words`): every distinct word of the
  folded texts (`fastfold`) with its records, and every record's text as a
  string of word codes. A fragment typed alone is answered from the words
  that contain it; a phrase is a regex over the code strings of the records
  that have all its words.

Facet counts (`facets`) take, for each facet, the bitmap of the filter less
that facet's own clauses (values within a facet combine with OR).

Building comes in three phases, so that the browser can show something at
once: `newest_first` (`order`) only sorts the records; the constructor makes
what the first screen needs (facets, ward, body, province, topic, kind and
date clauses), and given `presorted=True` does not sort again; statuses,
deadlines and the word index follow in a background thread (`text_index`),
and a search that needs them waits for them.

Matching means what `store.matching` says: the index evaluates the clauses a
`Matcher` compiles, over the same pieces of each record (`record_text`,
`place_keys`), and `tests/test_index_vs_scan.py` checks on random filters that
it gives exactly the records of a TinyDB scan with `Matcher.matches_record`,
and facet counts equal to counting by brute force. The store stays the
source of truth: the index is rebuilt after every write.
"""

from __future__ import annotations

import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, compress
from operator import itemgetter
from typing import Any, TypeVar

from ..addressees import Entry, entries
from ..dates import in_bounds
from ..facet_keys import leader_key
from ..folding import fold
from ..item_events import ItemEvents, events
from ..matching import Matcher, ProvinceValue, RecordKeys, keys_of, word_prefix
from ..query import Filter
from .bitmaps import bitmap_of, flags_of, span
from .columns import Numbering, owners_of, read_rows
from .facets import FACETS, ColumnFacet, SmallFacet
from .fastfold import fold_bytes
from .order import NewestFirst, given_order, is_newest_first, newest_first, newest_order
from .places import build_places
from .plan import Plan
from .text_index import TextIndex
from .vocabulary import Names

Key = TypeVar("Key")
"""An entry of the items' tables (`SurveyIndex._items_by`)."""

_TEXT_IN_BACKGROUND_FROM = 5000
"""Smaller stores get their text index before the constructor returns."""


@dataclass(frozen=True)
class Result:
    """Positions (newest first) of the records that match, and the facet counts."""

    positions: list[int]
    facets: dict[str, list[tuple[str, int]]]


class SurveyIndex:
    """The records newest first (`records`), and the filters and facet counts over them.

    `SurveyIndex(records)` sorts the records itself. A caller that wants to
    show them before the index is built sorts first with `newest_first`
    (a fifth of a second at 100,000 records) and then builds with
    `SurveyIndex(newest, presorted=True)`, which does not sort again and
    gives an index equal to `SurveyIndex(records)`.
    """

    newest_first = staticmethod(newest_first)

    def __init__(self, records: Iterable[dict[str, Any]], progress: Callable[[int], None] | None = None, *,
                 presorted: bool = False) -> None:
        """Index `records`. With `presorted`, they are already newest first by (date, id) and are not sorted
        again (if they are not, ValueError). What `newest_first` returns is not sorted again in any case,
        and is read in the order it was given in."""
        if progress:
            progress(0)
        self._build(records, progress, presorted)
        self.keys: Sequence[RecordKeys] = KeysView(self.records)
        """Each record's `RecordKeys`, computed when asked for (the index does not search them)."""
        self._text = TextIndex(self.records, self._bitmap, background=self._n >= _TEXT_IN_BACKGROUND_FROM)
        weakref.finalize(self, self._text.cancel)
        if progress:
            progress(self._n)

    def __len__(self) -> int:
        return len(self.records)

    @cached_property
    def by_id(self) -> dict[str, int]:
        """Record id → position."""
        return dict(zip(map(itemgetter("id"), self.records), range(self._n), strict=True))

    def ward_provinces(self) -> dict[str, tuple[str, ...]]:
        """Each value of the ward facet → the provinces its localities lie in (`province.name`, as records
        store it), in the order a pass over the records newest first meets them.

        Made with the index (no pass over the records): the browser's facet
        tree nests wards under provinces with it.
        """
        return self._ward_provinces

    def wait_for_text(self) -> None:
        """Block until the text index is complete (large stores make it in the background)."""
        self._text.wait()

    # -- building ----------------------------------------------------------
    def _build(self, records: Iterable[dict[str, Any]], progress: Callable[[int], None] | None,
               presorted: bool) -> None:
        """What the first screen needs: the order, the facets, the ward, body and province clauses.

        Fetching a field from 100,000 records costs mostly memory latency
        (the records lie scattered over a gigabyte), so each record is read
        once, in the order it was parsed, and everything after works on the
        small columns that read produced.
        """
        given, known_order = given_order(records)
        self._n = n = len(given)
        self._all = (1 << n) - 1
        bitmap = self._bitmap
        rows = read_rows(given)
        dates, ids = list(map(itemgetter(0), rows)), list(map(itemgetter(1), rows))
        order: Sequence[int]
        if known_order is not None:
            order = known_order
        elif presorted:
            if not is_newest_first(dates, ids):
                raise ValueError("presorted records are not newest first by (date, id): see newest_first")
            order = range(n)
        else:
            order = newest_order(dates, ids)
        self.records: list[dict[str, Any]] = list(map(given.__getitem__, order))
        position = array("l", [0]) * n  # parse order → position
        deque(map(position.__setitem__, order, range(n)), 0)
        self._ascending_dates = list(map(dates.__getitem__, reversed(order)))
        del ids

        kind_ids = Numbering()
        kinds = array("l", [0]) * n
        deque(map(kinds.__setitem__, position, map(kind_ids.__getitem__, map(itemgetter(2), rows))), 0)
        self._kinds = {kind: bitmap(compress(range(n), map(number.__eq__, kinds))) for kind, number in kind_ids.items()}

        body_ids = Numbering()
        bodies = array("l", [0]) * n
        deque(map(bodies.__setitem__, position, map(body_ids.__getitem__, map(itemgetter(3), rows))), 0)
        by_body: list[list[int]] = [[] for _ in body_ids]
        deque(map(list.append, map(by_body.__getitem__, bodies), range(n)), 0)
        by_folded: dict[str, list[int]] = defaultdict(list)
        for body, number in body_ids.items():
            by_folded[fold_bytes(body).decode() if isinstance(body, str) else fold(body)].extend(by_body[number])
        self._bodies = Names(by_folded)
        self._body_facet = ColumnFacet(list(body_ids), [bodies], n)

        topic_lists = list(map(itemgetter(4), rows))
        topics: dict[Any, list[int]] = defaultdict(list)
        deque(map(list.append, map(topics.__getitem__, chain.from_iterable(topic_lists)),
                  owners_of(topic_lists, position)), 0)
        self._topics = {topic: bitmap(found) for topic, found in topics.items()}
        if progress:
            progress(n // 3)
        places = build_places(list(map(itemgetter(5), rows)), position, n, bitmap)
        self._codes, self._former, self._ward_keys = places.codes, places.former, places.ward_keys
        self._ward_facet, self._ward_provinces = places.ward_facet, places.ward_provinces
        if progress:
            progress(2 * n // 3)

        self._small_facets = {
            "province": SmallFacet(places.provinces()),
            "topic": SmallFacet(self._topics),
            "year": SmallFacet(self._years()),
            "kind": SmallFacet(self._kinds),
        }
        self._overdue: tuple[str, frozenset[str] | None, int] | None = None
        """Today, the statuses asked for (None: any) and the records with an overdue item of them, kept for the next
        search (its facets, its next pages)."""

    def _years(self) -> dict[str, int]:
        """Dates run newest first, so each year is one run of positions."""
        years: dict[str, int] = {}
        dates, n = self._ascending_dates, self._n
        low = 0
        while low < n:
            year = dates[low][:4]
            high = bisect_right(dates, year, low, n, key=_year)
            years[year] = span(n - high, n - low)
            low = high
        return years

    def _bitmap(self, positions: Iterable[int]) -> int:
        return bitmap_of(positions, self._n)

    # -- querying ----------------------------------------------------------
    def search(self, query: Filter, with_facets: bool = True) -> Result:
        plan = Plan(self, query, with_facets)
        positions = self._positions(plan.pool, plan.flags)
        return Result(positions, self._facet_counts(plan) if with_facets else {})

    def facet_counts(self, query: Filter) -> dict[str, list[tuple[str, int]]]:
        """Counts per facet value under the filter less that facet's own clauses (OR within a facet)."""
        return self._facet_counts(Plan(self, query, True))

    def _positions(self, bitmap: int, flags: Callable[[int], bytes] | None = None) -> list[int]:
        if bitmap == self._all:
            return list(range(self._n))
        if not bitmap:
            return []
        return list(compress(range(self._n), flags(bitmap) if flags else flags_of(bitmap, self._n)))

    def _facet_counts(self, plan: Plan) -> dict[str, list[tuple[str, int]]]:
        counts: dict[str, list[tuple[str, int]]] = {}
        for facet in FACETS:
            pool = plan.facet_pools.get(facet, plan.pool)
            if facet == "ward":
                counts[facet] = self._ward_facet.counts(pool, self._all, plan.flags)
            elif facet == "body":
                counts[facet] = self._body_facet.counts(pool, self._all, plan.flags)
            else:
                counts[facet] = self._small_facets[facet].counts(pool, self._all)
        return counts

    # -- one clause each (`Plan` asks) -------------------------------------
    def _date_mask(self, dates: tuple[str, str]) -> int:
        ascending, n = self._ascending_dates, self._n
        if dates[0].startswith("--"):  # days of every year (`date:22/10`): not a run of the sorted dates
            return bitmap_of((n - 1 - i for i, day in enumerate(ascending) if in_bounds(day, *dates)), n)
        low, high = bisect_left(ascending, dates[0]), bisect_right(ascending, dates[1])
        return span(n - high, n - low)

    def _ward_mask(self, values: list[str]) -> int:
        return self._ward_keys.mask(values, self._bitmap)

    def _body_mask(self, values: list[str]) -> int:
        return self._bodies.mask(values, self._bitmap)

    def _leader_mask(self, values: list[str]) -> int:
        return self._leaders.mask(values, self._bitmap)

    @cached_property
    def _leaders(self) -> Names:
        """Each distinct folded leader name with its records' positions: one pass over the records, at the first
        leader clause rather than at every launch."""
        by_name: dict[str, list[int]] = defaultdict(list)
        deque(map(list.append, map(by_name.__getitem__, map(leader_key, self.records)), range(self._n)), 0)
        return Names(by_name)

    def _items_by(self, keys: Callable[[list[dict[str, Any]]], Iterable[Key]]) -> dict[Key, list[int]]:
        """Each key `keys` gives of a record's items (recommendations, then directions) with the positions of the
        records holding it: one pass over the records, at the first clause that asks."""
        found: dict[Key, list[int]] = defaultdict(list)
        for position, record in enumerate(self.records):
            for entry in keys([*record.get("recommendations", []), *record.get("directions", [])]):
                found[entry].append(position)
        return found

    def _items_mask(self, table: dict[Key, list[int]], meets: Callable[[Key], bool]) -> int:
        """Records holding an entry of `table` that `meets`."""
        return self._bitmap(position for entry, positions in table.items() if meets(entry) for position in positions)

    @cached_property
    def _addressed(self) -> dict[Entry, list[int]]:
        """Each addressee entry (`store.addressees`) with its records' positions, at the first `to:` clause rather
        than at every launch."""
        return self._items_by(entries)

    def _addressed_mask(self, matcher: Matcher) -> int:
        """Records with an item meeting the `to:` clauses and, on the same item, `status:` and `overdue`."""
        return self._items_mask(self._addressed, matcher.item_meets)

    @cached_property
    def _events(self) -> dict[ItemEvents, list[int]]:
        """Each item's events (`store.item_events`) with its records' positions, at the first `answered:`,
        `changed:` or `closed:` clause."""
        return self._items_by(events)

    def _events_mask(self, matcher: Matcher) -> int:
        """Records with an item meeting the event clauses and, on the same item, `to:`, `status:` and `overdue`."""
        return self._items_mask(self._events, matcher.event_meets)

    def _province_mask(self, values: list[ProvinceValue]) -> int:
        mask = 0
        for value in values:
            if value.former:
                mask |= self._former.get(value.former, 0)
            else:
                for code in value.codes:
                    mask |= self._codes.get(code, 0)
        return mask

    def _topic_mask(self, topics: set[str]) -> int:
        mask = 0
        for topic, bitmap in self._topics.items():
            if topic in topics:
                mask |= bitmap
        return mask

    def _kind_mask(self, prefixes: list[str]) -> int:
        mask = 0
        for kind, bitmap in self._kinds.items():
            if any(fold(kind).startswith(prefix) for prefix in prefixes):
                mask |= bitmap
        return mask

    def _status_mask(self, wanted: list[str]) -> int:
        mask = 0
        for status, bitmap in self._text.item_index()[0].items():
            if fold(status) in wanted:
                mask |= bitmap
        return mask

    def _overdue_mask(self, today: str, matcher: Matcher | None = None) -> int:
        """Records with an overdue item; under a `status:` clause, one whose status it names (per item)."""
        items = self._text.item_index()
        wanted = None if matcher is None or not matcher.statuses else frozenset(
            status for status in items[0] if matcher.item_status(status))  # a few statuses
        if self._overdue is None or self._overdue[:2] != (today, wanted):
            deadlines = items[1]
            late = deadlines[:bisect_left(deadlines, (today,))]
            owners = map(itemgetter(1), late) if wanted is None else [p for _, p, s in late if s in wanted]
            self._overdue = (today, wanted, self._bitmap(owners))
        return self._overdue[2]

    def _text_mask(self, texts: list[str], domain: int) -> int:
        """Records within `domain` whose folded text holds every term."""
        found = domain
        for text in sorted(texts, key=len, reverse=True):
            if not found:
                break
            found = self._text.search(text.encode(), found, self)
        return found


class KeysView(Sequence):
    """`RecordKeys` of each record, made on demand: the index itself does not need them."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self._records = records

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [keys_of(record) for record in self._records[position]]
        return keys_of(self._records[position])


def _year(date: str) -> str:
    return date[:4]


__all__ = ["FACETS", "KeysView", "NewestFirst", "Result", "SurveyIndex", "fold_bytes", "newest_first",
           "word_prefix"]
