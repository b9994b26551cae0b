"""An in-memory index over the store, built once at open, so filters never scan TinyDB.

Records are held newest first, and every set of records is a Python int
used as a bitmap: bit p stands for the record at position p. Each clause of
a filter becomes a bitmap, clauses combine with `&`, and a result is read
back with one C-level pass (`itertools.compress`). Per clause:

* a date span is a run of consecutive positions: its bitmap is two shifts;
* provinces (today's, and those merged away), topics, kinds, statuses and
  years have one bitmap per value;
* wards and bodies keep the positions of each distinct folded name; a typed
  value is matched against the few thousand names, never the records;
* free text goes to a word index (`_TextIndex`, `_Words`): every distinct
  word of the folded texts with its records, and every record's text as a
  string of word codes. A fragment typed alone is answered from the words
  that contain it; a phrase is a regex over the code strings of the records
  that have all its words.

Facet counts take, for each facet, the bitmap of the filter less that
facet's own clauses (values within a facet combine with OR). Facets with few
values count `(value & pool).bit_count()` per value; wards and bodies, with
thousands of values, count the value ids of the matching records in one
C-level pass (`collections.Counter`), or those of the other records taken
from the totals, whichever are fewer.

The constructor makes what the first screen needs (order, facets, ward,
body, province, topic, kind and date clauses); statuses, deadlines and the
word index follow in a background thread (see `_TextIndex`), and a search
that needs them waits for them.

Matching means what `store.matching` says: the index evaluates the clauses a
`Matcher` compiles, over the same pieces of each record (`record_text`,
`place_keys`), and `tests/test_index_vs_scan.py` checks on random filters that
it gives exactly the records of a TinyDB scan with `Matcher.matches_record`,
and facet counts equal to counting by brute force. The store stays the
source of truth: the index is rebuilt after every write.
"""

from __future__ import annotations

import codecs
import operator
import re
import threading
import time
import unicodedata
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter, methodcaller
from typing import Any

from .folding import fold
from .gazetteer import gazetteer
from .matching import (CLOSED_STATUSES, Matcher, ProvinceValue, RecordKeys, keys_of, place_keys_for, record_text,
                       word_prefix)
from .query import Filter

FACETS = ("province", "ward", "topic", "year", "body", "kind")
_TEXT_IN_BACKGROUND_FROM = 5000
"""Smaller stores get their text index before the constructor returns."""


@dataclass(frozen=True)
class Result:
    """Positions (newest first) of the records that match, and the facet counts."""

    positions: list[int]
    facets: dict[str, list[tuple[str, int]]]


class SurveyIndex:
    def __init__(self, records: Iterable[dict[str, Any]], progress: Callable[[int], None] | None = None) -> None:
        if progress:
            progress(0)
        self._build(list(records), progress)
        self.keys: Sequence[RecordKeys] = KeysView(self.records)
        """Each record's `RecordKeys`, computed when asked for (the index does not search them)."""
        self._text = _TextIndex(self.records, self._bitmap, background=self._n >= _TEXT_IN_BACKGROUND_FROM)
        weakref.finalize(self, self._text.cancel)
        if progress:
            progress(self._n)

    def __len__(self) -> int:
        return len(self.records)

    @cached_property
    def by_id(self) -> dict[str, int]:
        """Record id → position."""
        return dict(zip(map(itemgetter("id"), self.records), range(self._n)))

    def ward_provinces(self) -> dict[str, tuple[str, ...]]:
        """Each ward facet value → the provinces (`province.name` as records store it) its localities lie in,
        in the order a pass over the records newest first meets them."""
        return self._ward_provinces

    def wait_for_text(self) -> None:
        """Block until the text index is complete (large stores make it in the background)."""
        self._text.wait()

    # -- building ----------------------------------------------------------
    def _build(self, given: list[dict[str, Any]], progress: Callable[[int], None] | None) -> None:
        """What the first screen needs: the order, the facets, the ward, body and province clauses.

        Fetching a field from 100,000 records costs mostly memory latency
        (the records lie scattered over a gigabyte), so each record is read
        once, in the order it was parsed, and everything after works on the
        small columns that read produced.
        """
        self._n = n = len(given)
        self._all = (1 << n) - 1
        bitmap = self._bitmap
        rows = _rows(given)
        dates, ids = list(map(itemgetter(0), rows)), list(map(itemgetter(1), rows))
        order = sorted(range(n), key=ids.__getitem__, reverse=True)  # newest first by (date, id):
        order.sort(key=dates.__getitem__, reverse=True)  # two stable sorts on one string each
        self.records = list(map(given.__getitem__, order))
        position = array("l", [0]) * n  # parse order → position
        deque(map(position.__setitem__, order, range(n)), 0)
        self._ascending_dates = list(map(dates.__getitem__, reversed(order)))
        del ids

        kind_ids = _Numbering()
        kinds = array("l", [0]) * n
        deque(map(kinds.__setitem__, position, map(kind_ids.__getitem__, map(itemgetter(2), rows))), 0)
        self._kinds = {kind: bitmap(compress(range(n), map(number.__eq__, kinds))) for kind, number in kind_ids.items()}

        body_ids = _Numbering()
        bodies = array("l", [0]) * n
        deque(map(bodies.__setitem__, position, map(body_ids.__getitem__, map(itemgetter(3), rows))), 0)
        by_body: list[list[int]] = [[] for _ in body_ids]
        deque(map(list.append, map(by_body.__getitem__, bodies), range(n)), 0)
        by_folded: dict[str, list[int]] = defaultdict(list)
        for body, number in body_ids.items():
            by_folded[fold_bytes(body).decode() if isinstance(body, str) else fold(body)].extend(by_body[number])
        self._bodies = _Names(by_folded)
        self._body_facet = _ColumnFacet(list(body_ids), [bodies], n)

        topic_lists = list(map(itemgetter(4), rows))
        topics: dict[Any, list[int]] = defaultdict(list)
        deque(map(list.append, map(topics.__getitem__, chain.from_iterable(topic_lists)),
                  _owners(topic_lists, position)), 0)
        self._topics = {topic: bitmap(found) for topic, found in topics.items()}
        if progress:
            progress(n // 3)
        self._build_places(list(map(itemgetter(5), rows)), position)
        if progress:
            progress(2 * n // 3)

        places = gazetteer()
        provinces: dict[str, int] = defaultdict(int)
        for code, found in self._codes.items():
            provinces[_province_name(places, code)] |= found
        self._small_facets = {
            "province": _SmallFacet(provinces),
            "topic": _SmallFacet(self._topics),
            "year": _SmallFacet(self._years()),
            "kind": _SmallFacet(self._kinds),
        }
        self._overdue: tuple[str, int] | None = None

    def _build_places(self, locality_lists: list[list[dict[str, Any]]], position: array) -> None:
        """Provinces, merged provinces, ward names and ward labels.

        Localities repeat (a few thousand places among 150,000 visits), so each
        visit is reduced in C-level passes to the number of its place, and the
        work per place (`place_keys`, folding) is done once per place.
        """
        n, bitmap = self._n, self._bitmap
        owners = array("l", _owners(locality_lists, position))
        place_ids = _Numbering()
        visits = array("l", map(place_ids.__getitem__, map(_place_signature, chain.from_iterable(locality_lists))))
        found: list[list[int]] = [[] for _ in place_ids]
        deque(map(list.append, map(found.__getitem__, visits), owners), 0)

        codes: dict[Any, list[int]] = defaultdict(list)
        former: dict[str, list[int]] = defaultdict(list)
        ward_keys: dict[str, list[int]] = defaultdict(list)
        label_ids = _Numbering()
        place_labels = array("l")
        seen: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for number, ((name, ward_name, code, old, province), owners_here) in enumerate(zip(place_ids, found)):
            keys, label = place_keys_for(name, ward_name)
            for key in keys:
                ward_keys[key].extend(owners_here)
            codes[code].extend(owners_here)
            if old:
                former[fold(old)].extend(owners_here)
            place_labels.append(label_ids[label])
            seen[label].append((min(owners_here), number, province))
        self._ward_provinces = {label: tuple(dict.fromkeys(province for _, _, province in sorted(places)))
                                for label, places in seen.items()}
        self._codes = {code: bitmap(found_here) for code, found_here in codes.items()}
        self._former = {name: bitmap(found_here) for name, found_here in former.items()}
        self._ward_keys = _Names(ward_keys)

        labels = array("l", map(place_labels.__getitem__, visits))
        first = array("l", [-1]) * n  # the label of each record's first locality: the last write wins
        deque(map(first.__setitem__, reversed(owners), reversed(labels)), 0)
        columns = [first]
        extra_owners, extra_labels = array("l"), array("l")
        sizes = array("l", map(len, locality_lists))
        starts = array("l", accumulate(sizes, initial=0))
        for record in compress(count(), map((1).__lt__, sizes)):  # the records with several localities
            owner, start = position[record], starts[record]
            more = dict.fromkeys(labels[start:start + sizes[record]])
            more.pop(first[owner])
            for slot, label in enumerate(more, start=1):
                if slot < _ColumnFacet.SLOTS:
                    if slot == len(columns):
                        columns.append(array("l", [-1]) * n)
                    columns[slot][owner] = label
                else:
                    extra_owners.append(owner)
                    extra_labels.append(label)
        self._ward_facet = _ColumnFacet(list(label_ids), columns, n, extra_owners, extra_labels)

    def _years(self) -> dict[str, int]:
        """Dates run newest first, so each year is one run of positions."""
        years: dict[str, int] = {}
        dates, n = self._ascending_dates, self._n
        low = 0
        while low < n:
            year = dates[low][:4]
            high = bisect_right(dates, year, low, n, key=_year)
            years[year] = _span(n - high, n - low)
            low = high
        return years

    def _bitmap(self, positions: Iterable[int]) -> int:
        flags = bytearray(self._n)
        deque(map(flags.__setitem__, positions, repeat(1)), 0)
        return _bitmap_of_flags(flags)

    # -- querying ----------------------------------------------------------
    def search(self, query: Filter, with_facets: bool = True) -> Result:
        plan = _Plan(self, query, with_facets)
        positions = self._positions(plan.pool, plan.flags)
        return Result(positions, self._facet_counts(plan) if with_facets else {})

    def facet_counts(self, query: Filter) -> dict[str, list[tuple[str, int]]]:
        """Counts per facet value under the filter less that facet's own clauses (OR within a facet)."""
        return self._facet_counts(_Plan(self, query, True))

    def _positions(self, bitmap: int, flags: Callable[[int], bytes] | None = None) -> list[int]:
        if bitmap == self._all:
            return list(range(self._n))
        if not bitmap:
            return []
        return list(compress(range(self._n), flags(bitmap) if flags else _flags(bitmap, self._n)))

    def _facet_counts(self, plan: _Plan) -> dict[str, list[tuple[str, int]]]:
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

    # -- one clause each ---------------------------------------------------
    def _date_mask(self, span: tuple[str, str]) -> int:
        dates, n = self._ascending_dates, self._n
        low, high = bisect_left(dates, span[0]), bisect_right(dates, span[1])
        return _span(n - high, n - low)

    def _ward_mask(self, values: list[str]) -> int:
        return self._ward_keys.mask(values, self._bitmap)

    def _body_mask(self, values: list[str]) -> int:
        return self._bodies.mask(values, self._bitmap)

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

    def _overdue_mask(self, today: str) -> int:
        if self._overdue is None or self._overdue[0] != today:
            deadlines = self._text.item_index()[1]
            late = bisect_left(deadlines, (today,))
            self._overdue = (today, self._bitmap(map(itemgetter(1), deadlines[:late])))
        return self._overdue[1]

    def _text_mask(self, texts: list[str], domain: int) -> int:
        """Records within `domain` whose folded text holds every term."""
        found = domain
        for text in sorted(texts, key=len, reverse=True):
            if not found:
                break
            found = self._text.search(text.encode(), found, self)
        return found


class _Plan:
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
        pool = _and(masks.values(), everything)
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
                        pools[facet] = _and(others.values(), everything)
                elif facet in masks:
                    pools[facet] = _and((mask for name, mask in masks.items() if name != facet), everything)
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
        """`_flags(bitmap)`, made once per bitmap for this search."""
        found = self._flags.get(bitmap)
        if found is None:
            found = self._flags[bitmap] = _flags(bitmap, self._n)
        return found


class _SmallFacet:
    """A facet with few values (provinces, topics, years, kinds): one bitmap per value."""

    def __init__(self, bitmaps: dict[Any, int]) -> None:
        self.values = sorted(((value, bitmap) for value, bitmap in bitmaps.items() if bitmap), key=_facet_key)
        self.totals = _ranked([(value, bitmap.bit_count()) for value, bitmap in self.values])

    def counts(self, pool: int, everything: int) -> list[tuple[str, int]]:
        if pool == everything:
            return list(self.totals)
        if not pool:
            return []
        return _ranked([(value, n) for value, bitmap in self.values if (n := (bitmap & pool).bit_count())])


class _ColumnFacet:
    """A facet with thousands of values (wards, bodies): value ids per record, counted in one pass.

    `columns[0][p]` is the id of record p's first value (-1: none); a record
    with more values (a visit to several wards) has its second and third in
    `columns[1]` and `columns[2]`, counted only over the records in their
    bitmaps `has`; any further ones are listed in `extra_owners`/`extra_values`.
    Ids are renumbered in the values' sorted order, so sorting counts by id
    sorts them by value.
    """

    SLOTS = 3

    def __init__(self, values: list[Any], columns: list[array], n: int,
                 extra_owners: array | None = None, extra_values: array | None = None) -> None:
        order = sorted(range(len(values)), key=lambda i: _facet_key((values[i], 0)))
        rank = array("l", [0]) * (len(values) + 1)
        for new, old in enumerate(order):
            rank[old] = new
        rank[-1] = -1
        self.values = [values[i] for i in order]
        self.n = n
        self.columns = [array("l", map(rank.__getitem__, column)) for column in columns]
        self.has = [_bitmap_of_flags(bytearray(map((-1).__ne__, column))) for column in self.columns[1:]]
        self.extra_owners = extra_owners or array("l")
        self.extra_values = array("l", map(rank.__getitem__, extra_values or ()))
        self.totals = self._count(None, 0)

    def _count(self, flags: Callable[[int], bytes] | None, pool: int) -> Counter:
        if flags is None:
            found = Counter(self.columns[0])
            for column in self.columns[1:]:
                found.update(column)
            found.update(self.extra_values)
        else:
            found = Counter(compress(self.columns[0], flags(pool)))
            for column, has in zip(self.columns[1:], self.has):
                if pool & has:
                    found.update(compress(column, flags(pool & has)))
            if self.extra_owners:
                chosen = flags(pool)
                found.update(compress(self.extra_values, map(chosen.__getitem__, self.extra_owners)))
        found.pop(-1, None)
        return found

    def counts(self, pool: int, everything: int, flags: Callable[[int], bytes]) -> list[tuple[str, int]]:
        if pool == everything:
            found = self.totals
        elif not pool:
            return []
        elif pool.bit_count() * 2 > self.n:
            found = self.totals - self._count(flags, everything ^ pool)
        else:
            found = self._count(flags, pool)
        items = sorted(found.items())
        items.sort(key=itemgetter(1), reverse=True)
        values = self.values
        return [(values[value_id], count) for value_id, count in items if count > 0]


class _Names:
    """Distinct folded names (wards, bodies) with the positions of the records that carry each.

    A typed value matches a name it starts a word of (`word_prefix`); the
    names are searched in one string, `"\\n name\\n name\\n..."`, for " value".
    """

    def __init__(self, positions: dict[str, list[int]]) -> None:
        self.names = list(positions)
        self._positions = [array("I", found) for found in positions.values()]
        self._blob = "".join(f"\n {name}" for name in self.names) + "\n"
        self._starts = array("l")
        offset = 0
        for name in self.names:
            self._starts.append(offset)
            offset += len(name) + 2

    def word_prefixed(self, value: str) -> Iterator[int]:
        """Ids of the names `value` is a word prefix of."""
        needle, blob, starts = " " + value, self._blob, self._starts
        at = blob.find(needle)
        while at != -1:
            name = bisect_right(starts, at) - 1
            yield name
            at = blob.find(needle, starts[name + 1]) if name + 1 < len(starts) else -1

    def mask(self, values: list[str], bitmap: Callable[[Iterable[int]], int]) -> int:
        """The records with a name that one of `values` starts a word of."""
        return bitmap(chain.from_iterable(
            self._positions[name] for value in values for name in self.word_prefixed(value)))


class _TextIndex:
    """What only some clauses need, made after the constructor: statuses and deadlines, then words.

    Each record's text (`record_text`) is folded as `RecordKeys.text` is
    (UTF-8 bytes) and split at spaces into words. Each distinct word keeps
    the positions of its records (a word in an eighth of them or more also a
    bitmap); each record's text is kept as a stream of word codes (`_Words`).
    At 100,000 records this takes seconds, so a large index makes it in a
    background thread, started by the first search (or after START_AFTER
    seconds) so that it does not slow the first screen, and yielding the
    interpreter every CHUNK records so that the interface stays responsive.
    A search that needs a part waits for it.
    """

    START_AFTER = 1.0
    CHUNK = 256
    """Records between two pauses of the background thread (about a millisecond of work)."""

    def __init__(self, records: list[dict[str, Any]], bitmap: Callable[[Iterable[int]], int], background: bool) -> None:
        self._records = records
        self._make_bitmap: Callable[[Iterable[int]], int] | None = bitmap
        self.items: _Items | None = None
        self.words: _Words | None = None
        self._go = threading.Event()
        self._itemized = threading.Event()
        self._done = threading.Event()
        self._error: BaseException | None = None
        self._cancelled = False
        self._background = background
        if background:
            threading.Thread(target=self._build, name="survey-index-later", daemon=True).start()
        else:
            self._go.set()
            self._build()

    def cancel(self) -> None:
        self._cancelled = True
        self._go.set()

    def wait(self) -> _Words:
        """The word index, once made."""
        self._go.set()
        self._done.wait()
        if self.words is None:
            raise self._error or RuntimeError("the index was dropped")
        return self.words

    def item_index(self) -> _Items:
        """Statuses and open deadlines (made first, before the words)."""
        self._go.set()
        self._itemized.wait()
        if self.items is None:
            raise self._error or RuntimeError("the index was dropped")
        return self.items

    def _pause(self, done: int) -> None:
        """Every CHUNK records: stop if the index was dropped, else let other threads run."""
        if done % self.CHUNK == 0 and self._background:
            if self._cancelled:
                raise _Cancelled
            time.sleep(0)

    def _build(self) -> None:
        try:
            self._go.wait(self.START_AFTER)
            assert self._make_bitmap is not None
            self.items = _item_index(self._records, self._make_bitmap, self._pause)
            self._make_bitmap = None
            self._itemized.set()
            self.words = _Words(self._records, self._pause)
        except _Cancelled:
            pass
        except BaseException as error:  # raised again in the searches that need these parts
            self._error = error
        finally:
            self._itemized.set()
            self._done.set()

    def search(self, term: bytes, candidates: int, index: SurveyIndex) -> int:
        """The records among `candidates` (a bitmap) whose folded text contains `term`."""
        if not term:
            return candidates
        words = self.wait()
        tokens = term.split(b" ")
        if len(tokens) == 1:
            found, left = words.containing(term, candidates)
            return found | words.inside(term, left, index) if left else found
        last = len(tokens) - 1
        patterns = [token + b"\n" if number == 0 else b"\n" + token if number == last else b"\n" + token + b"\n"
                    for number, token in enumerate(tokens)]  # the first token ends a word, the last begins one
        narrowed = candidates
        for pattern in sorted(patterns, key=lambda pattern: (pattern[-1:] != b"\n" or pattern[:1] != b"\n",
                                                            -len(pattern))):  # whole words first
            found, left = words.containing(pattern, narrowed)
            if not left:
                narrowed = found
            if not narrowed:
                return 0
        return words.phrase(term, patterns, narrowed, index)


class _Cancelled(Exception):
    """The index was dropped before its background part was finished."""


class _Words:
    """Every distinct word of the folded texts, with the records that have it, and each text as word codes.

    Words get codes in the order they are first met, up to the 63,486
    characters of the Basic Multilingual Plane that are not surrogates (and
    not U+FFFF, which separates records). `stream` is every record's text
    with each word replaced by its code (0 for a word past the last code:
    rare by then), one string in position order; record p is
    `stream[starts[p]:ends[p]]`. A phrase, or a fragment found in too many
    words to gather their records, is then a regex over code strings a fifth
    as long as the texts; an occurrence that involves an uncoded word is found
    through that word's records, whose texts are folded again to confirm it.
    """

    DENSE = 8
    """A word in 1/DENSE of the records or more also keeps a bitmap."""
    MAX_WORDS = 2000
    """Rare words past this many (or past one per undecided record) matching one fragment, or more than
    20 positions per undecided record: cheaper to look in those records' code streams."""
    MAX_CLASS = 30_000
    """Words matching one place of a phrase past which its records' texts are folded again instead."""
    REFOLD = 64
    """Records past this many are looked at in their code streams rather than folded again."""

    def __init__(self, records: list[dict[str, Any]], pause: Callable[[int], None]) -> None:
        self._records = records
        self._n = n = len(records)
        self.codes = codes = _Codes()
        code, postings = codes.__getitem__, codes.postings
        uncoded: defaultdict[bytes, array] = defaultdict(partial(array, "I"))
        pieces: list[str] = []
        chunks: list[str] = []
        lengths = array("l")
        for position, record in enumerate(records):
            pause(position)
            if position % 4096 == 0 and pieces:
                chunks.append(_SEPARATOR.join(pieces))
                pieces = []
            text = fold_bytes(record_text(record))
            tokens = text.split(b" ") if text else []
            ids = array("H", map(code, tokens))
            present = set(ids)
            if 0 in present:  # words past the last code
                present.discard(0)
                for word in set(compress(tokens, map((0).__eq__, ids))):
                    uncoded[word].append(position)
            deque(map(array.append, map(postings.__getitem__, present), repeat(position)), 0)
            pieces.append(ids.tobytes().decode("utf-16-le"))
            lengths.append(len(tokens))
        chunks.append(_SEPARATOR.join(pieces))
        del pieces
        self.stream = _SEPARATOR.join(chunks)
        del chunks
        self.starts = array("l", accumulate((length + 1 for length in lengths), initial=0))
        self.ends = array("l", map(operator.add, self.starts, lengths))
        dense_from = max(1, n // self.DENSE)
        self.sparse, self.dense = _Vocabulary(), _Vocabulary()
        found = chain(((word, postings[number]) for word, number in codes.items()), uncoded.items())
        for number, (word, positions) in enumerate(found):
            pause(number)
            if len(positions) >= dense_from:
                flags = bytearray(n)
                deque(map(flags.__setitem__, positions, repeat(1)), 0)
                self.dense.add(word, _bitmap_of_flags(flags), len(positions))
            else:
                self.sparse.add(word, positions, len(positions))
        self.sparse.seal()
        self.dense.seal()

    def containing(self, pattern: bytes, candidates: int) -> tuple[int, int]:
        """(candidates with a word matching `pattern`, candidates left undecided).

        `pattern` is a word's inside; "\\n" before or after it pins it to a
        word's start or end. Nothing is left undecided unless the rare words
        matching the pattern are too many to gather (a one- or two-letter
        fragment); the caller then looks at those records another way.
        """
        covered = 0
        for word in self.dense.matching(pattern):
            covered |= self.dense.postings[word]
        found = candidates & covered
        left = candidates ^ found
        if not left:
            return found, 0
        sparse, undecided = self.sparse, left.bit_count()
        matching = sparse.matching(pattern, limit=self.MAX_CLASS)
        if matching is None or len(matching) > max(self.MAX_WORDS, undecided) \
                or sum(map(sparse.sizes.__getitem__, matching)) > 20 * undecided:
            return found, left
        flags = bytearray(self._n)
        for word in matching:
            deque(map(flags.__setitem__, sparse.postings[word], repeat(1)), 0)
        return found | (left & _bitmap_of_flags(flags)), 0

    def inside(self, term: bytes, candidates: int, index: SurveyIndex) -> int:
        """The candidates with a word containing `term` (one word, no space), looked for in the code streams."""
        return self.phrase(term, [term], candidates, index)

    def phrase(self, term: bytes, patterns: list[bytes], candidates: int, index: SurveyIndex) -> int:
        """The candidates whose folded text contains `term`, made of the words `patterns` match in a row.

        An occurrence made only of coded words shows in the code streams; any
        other uses, at some place, an uncoded word that matches there, so the
        records with such words are folded again to confirm.
        """
        if candidates.bit_count() <= self.REFOLD:
            return self._refold(term, candidates, index)
        classes: list[str] = []
        unsure = 0
        for pattern in patterns:
            codes, others = self._split(pattern)
            if others is None:  # too many words: fold every candidate again
                return self._refold(term, candidates, index)
            if not codes:  # every occurrence has an uncoded word here
                return self._refold(term, candidates & others, index)
            classes.append(codes)
            unsure |= others
        regex = _stream_pattern(classes)
        flags = _flags(candidates, self._n)
        sure = index._bitmap(compress(compress(count(), flags), map(
            regex.search, repeat(self.stream), compress(self.starts, flags), compress(self.ends, flags))))
        unsure &= candidates & ~sure
        return sure | self._refold(term, unsure, index) if unsure else sure

    def _refold(self, term: bytes, candidates: int, index: SurveyIndex) -> int:
        """Fold the candidates' texts again and look for `term` in them."""
        records = self._records
        positions = index._positions(candidates)
        texts = map(fold_bytes, map(record_text, map(records.__getitem__, positions)))
        return index._bitmap(compress(positions, map(bytes.__contains__, texts, repeat(term))))

    def _split(self, pattern: bytes) -> tuple[str, int | None]:
        """Codes of the coded words matching `pattern`, and the records with an uncoded one (None: too many)."""
        codes: list[int] = []
        others = 0
        dense, sparse, known = self.dense, self.sparse, self.codes.get
        for word in dense.matching(pattern):
            code = known(dense.words[word])
            if code:
                codes.append(code)
            else:
                others |= dense.postings[word]
        matching = sparse.matching(pattern, limit=self.MAX_CLASS)
        if matching is None:
            return "", None
        rare = []
        for word in matching:
            code = known(sparse.words[word])
            if code:
                codes.append(code)
            else:
                rare.append(word)
        if sum(map(sparse.sizes.__getitem__, rare)) > self._n:
            return "", None
        if rare:
            flags = bytearray(self._n)
            for word in rare:
                deque(map(flags.__setitem__, sparse.postings[word], repeat(1)), 0)
            others |= _bitmap_of_flags(flags)
        return "".join(map(chr, sorted(codes))), others


_SEPARATOR = "\uffff"


class _Codes(dict):
    """Word → code, in the order words are first met; 0 past the last code a UCS-2 string holds.

    `postings[code]` collects the positions of the records with the word.
    """

    LAST = 0xFFFE

    def __init__(self) -> None:
        super().__init__()
        self.postings: list[Any] = [None] * 0x10000

    def __missing__(self, word: bytes) -> int:
        code = len(self) + 1
        if code >= 0xD800:  # surrogates are no characters
            code += 0x800
        if code > self.LAST:
            return 0
        self[word] = code
        self.postings[code] = array("I")
        return code


def _stream_pattern(classes: list[str]) -> re.Pattern[str]:
    """A regex for one code from each class in a row, led by literal codes where possible.

    `re` searches fast only for a pattern that starts with a literal, so the
    longest run of one-code places leads, and the places before it are
    checked by a lookbehind (codes are one character each, so it has a fixed
    width; it cannot reach into the previous record: U+FFFF is in no class).
    """
    def one(codes: str) -> str:
        return re.escape(codes) if len(codes) == 1 else "[" + re.escape(codes) + "]"

    runs = [(0, 0)]
    start = None
    for place, codes in enumerate([*classes, ""]):
        if len(codes) == 1 and start is None:
            start = place
        elif len(codes) != 1 and start is not None:
            runs.append((place - start, start))
            start = None
    length, start = max(runs, key=lambda run: (run[0], -run[1]))
    if not length:
        return re.compile("".join(map(one, classes)))
    head = "".join(map(one, classes[start:start + length]))
    behind = "(?<=" + "".join(map(one, classes[:start + length])) + ")" if start else ""
    return re.compile(head + behind + "".join(map(one, classes[start + length:])))


class _Vocabulary:
    """Words in one string, `"\\nword\\nword\\n"`, so one `find` loop lists the words a pattern occurs in."""

    def __init__(self) -> None:
        self.words: list[bytes] = []
        self.postings: list[Any] = []
        self.sizes = array("l")

    def add(self, word: bytes, postings: Any, size: int) -> None:
        self.words.append(word)
        self.postings.append(postings)
        self.sizes.append(size)

    def seal(self) -> None:
        self.blob = b"\n" + b"\n".join(self.words) + b"\n"
        self.starts = array("l")
        offset = 1
        for word in self.words:
            self.starts.append(offset)
            offset += len(word) + 1
        self.starts.append(offset)
        self.exact = {word: number for number, word in enumerate(self.words)}
        self._matched: dict[tuple[bytes, int | None], list[int] | None] = {}

    def matching(self, pattern: bytes, limit: int | None = None) -> list[int] | None:
        """Numbers of the words `pattern` occurs in; None past `limit` of them (remembered: a phrase asks twice)."""
        key = (pattern, limit)
        found = self._matched.get(key, self)
        if found is self:
            if len(self._matched) > 256:
                self._matched.clear()
            found = self._matched[key] = self._matching(pattern, limit)
        return found  # type: ignore[return-value]

    def _matching(self, pattern: bytes, limit: int | None) -> list[int] | None:
        if len(pattern) > 2 and pattern[0] == pattern[-1] == 10:
            number = self.exact.get(pattern[1:-1])
            return [] if number is None else [number]
        blob, starts = self.blob, self.starts
        shift = 1 if pattern[0] == 10 else 0
        found: list[int] = []
        at = blob.find(pattern)
        while at != -1:
            number = bisect_right(starts, at + shift) - 1
            found.append(number)
            if limit is not None and len(found) > limit:
                return None
            at = blob.find(pattern, starts[number + 1] - 1)
        return found


class KeysView(Sequence):
    """`RecordKeys` of each record, made on demand: the index itself does not need them."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self._records = records

    def __len__(self) -> int:
        return len(self._records)

    def __getitem__(self, position):  # type: ignore[override]
        if isinstance(position, slice):
            return [keys_of(record) for record in self._records[position]]
        return keys_of(self._records[position])


class _Numbering(dict):
    """Value → consecutive id, assigned on first sight."""

    def __missing__(self, value: Any) -> int:
        number = self[value] = len(self)
        return number


# -- folding a record's text fast ------------------------------------------
def _fold_tables() -> tuple[dict, bytes, bytes]:
    """A charmap codec taking lower-cased text to one byte per character, and the bytes to fold them to.

    Covers ASCII, Vietnamese letters, combining marks and Unicode spaces (and
    a few more Latin letters to fill the 256 codes); anything else falls back
    to `fold` itself. `tests/test_index_vs_scan.py` checks every character the
    fast path takes against `fold`.
    """
    decoding, target = [chr(code) for code in range(128)], list(range(128))
    for code in range(128):
        if chr(code).isspace():
            target[code] = 32
    candidates = list("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
    candidates += "\u0300\u0301\u0302\u0303\u0306\u0309\u0323\u031b\u0307\u0308\u030a\u030c\u0327\u0328"
    candidates += [chr(code) for code in range(0x80, 0x3001) if chr(code).isspace()]
    candidates += [chr(code) for code in range(0xC0, 0x250)]
    candidates += [chr(code) for code in range(0x300, 0x370)]
    delete = []
    for ch in dict.fromkeys(candidates):
        if len(decoding) == 256:
            break
        if ch.lower() != ch:
            continue
        folded = fold.__wrapped__(f"a{ch}a")
        if ch.isspace():
            byte = 32
        elif folded == "aa" and unicodedata.combining(ch):
            byte = None
        elif len(folded) == 3 and folded[1].isascii() and folded[1].isalnum():
            byte = ord(folded[1])
        else:
            continue
        if byte is None:
            delete.append(len(decoding))
            byte = 0
        decoding.append(ch)
        target.append(byte)
    while len(decoding) < 256:  # unreachable with the candidates above; keeps the codec total
        decoding.append(decoding[-1])
        target.append(target[-1])
    return codecs.charmap_build("".join(decoding)), bytes(target), bytes(delete)


_FOLD_MAP, _FOLD_TABLE, _FOLD_DELETE = _fold_tables()
_SPACE_RUNS = re.compile(rb" {2,}")
_charmap_encode = codecs.charmap_encode


def fold_bytes(text: str) -> bytes:
    """`fold(text).encode()`, about twenty times faster on Vietnamese text."""
    try:
        folded = _charmap_encode(text.lower(), "strict", _FOLD_MAP)[0].translate(_FOLD_TABLE, _FOLD_DELETE)
    except UnicodeEncodeError:
        return fold.__wrapped__(text).encode()
    if b"  " in folded:
        folded = _SPACE_RUNS.sub(b" ", folded)
    return folded.strip(b" ")


# -- bitmaps -----------------------------------------------------------------
_FLAG_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_DIGIT_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


def _bitmap_of_flags(flags: bytearray) -> int:
    """Bytes of 0/1 (one per position) to a bitmap."""
    return int(flags[::-1].translate(_FLAG_DIGITS), 2) if flags else 0


def _flags(bitmap: int, n: int) -> bytes:
    """A bitmap to bytes of 0/1, one per position, for `itertools.compress`."""
    return format(bitmap, f"0{n}b").encode()[::-1].translate(_DIGIT_FLAGS) if n else b""


def _and(masks: Iterable[int], everything: int) -> int:
    result = everything
    for mask in masks:
        result &= mask
    return result


_ROW = itemgetter("date", "id", "kind", "body", "topics", "localities")


def _rows(records: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """(date, id, kind, body, topics, localities) of each record; absent fields as `keys_of` reads them."""
    try:
        return list(map(_ROW, records))
    except KeyError:
        return [(r.get("date", ""), r.get("id", ""), r.get("kind", ""), r.get("body", ""), r.get("topics", []),
                 r.get("localities", [])) for r in records]


def _province_name(places: Any, code: Any) -> str:
    try:
        return places.province(code).name
    except (KeyError, TypeError):
        return str(code)


def _facet_key(item: tuple[Any, int]) -> tuple[int, Any]:
    return (0, item[0]) if isinstance(item[0], str) else (1, repr(item[0]))


def _ranked(items: list[tuple[Any, int]]) -> list[tuple[Any, int]]:
    """By count, most first; equal counts by value."""
    items.sort(key=_facet_key)
    items.sort(key=itemgetter(1), reverse=True)
    return items


def _get(key: str, default: Any = None) -> Callable[[dict[str, Any]], Any]:
    """`lambda d: d.get(key, default)`, at C speed."""
    return methodcaller("get", key, default)


def _place_signature(locality: dict[str, Any]) -> tuple[Any, Any, Any, Any, Any]:
    """What the index reads of a locality; equal signatures are the same place."""
    ward, province = locality.get("ward"), locality["province"]
    former = locality.get("former_province")
    return locality["name"], ward["name"] if ward else None, province["code"], former, province["name"]


def _item_index(records: list[dict[str, Any]], bitmap: Callable[[Iterable[int]], int],
                pause: Callable[[int], None]) -> _Items:
    """Records by the status of their recommendations and directions, and by their soonest open deadline."""
    by_status: dict[Any, list[int]] = defaultdict(list)
    soonest: dict[int, str] = {}
    step = 8 * _TextIndex.CHUNK
    for first in range(0, len(records), step):
        pause(0)
        some = records[first:first + step]
        item_lists = [[*recommendations, *directions] for recommendations, directions in zip(
            map(_get("recommendations", []), some), map(_get("directions", []), some))]
        items = list(chain.from_iterable(item_lists))
        owners = list(_owners(item_lists, count(first)))
        statuses = list(map(_get("status", "open"), items))
        deque(map(list.append, map(by_status.__getitem__, statuses), owners), 0)
        deadlines = list(map(_get("deadline"), items))
        for deadline, status, owner in compress(zip(deadlines, statuses, owners), deadlines):
            if status not in CLOSED_STATUSES and (owner not in soonest or deadline < soonest[owner]):
                soonest[owner] = deadline
    return {status: bitmap(found) for status, found in by_status.items()}, sorted(zip(soonest.values(), soonest.keys()))


_Items = tuple[dict[Any, int], list[tuple[str, int]]]


def _owners(lists: list[Any], owners: Iterable[int] | None = None) -> Iterator[int]:
    """For each element of the concatenated `lists`, the number of the list it came from (or its owner)."""
    return chain.from_iterable(map(repeat, owners if owners is not None else count(), map(len, lists)))


def _span(first: int, stop: int) -> int:
    """The bitmap of positions first..stop-1."""
    return ((1 << stop) - 1) ^ ((1 << first) - 1) if stop > first else 0


def _year(date: str) -> str:
    return date[:4]


__all__ = ["FACETS", "Result", "SurveyIndex", "fold_bytes", "word_prefix"]
