"""Counting facets from the index file: each facet over the matches of a filter less that facet's own clauses.

Counting runs in memory over two columns the build keeps whole (every
(record, facet value) pair, `columns`): a record's value ids are one slice
of the value column, so counting a pool costs what the pool holds; when
the pool is most of the store, the records it leaves out are counted and
taken from the totals (also kept by the build). `FacetCounter` keeps what
it has read from the file until `forget` (the file was changed or replaced).
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from ..collation import collation_key
from .columns import (
    keep_array,
    keep_named,
    load_array,
    load_columns,
    load_named,
    load_totals,
    read_columns,
    save_columns,
    starts_of,
)
from .compile import FACET_FIELDS, FACETS, Condition, where

COUNT = itemgetter(1)

Matching = Callable[[sqlite3.Connection, Condition, "str | None", "bytes | None"], array]
"""`SqlIndex._matching`: record numbers for a condition (in an order, or any), less those flags leave out."""
Order = Callable[[sqlite3.Connection, str], array]
"""`orders.Orders.order`: every record number in a sort order."""
Named = dict[str, list[tuple[str, int]]]
NDArray = Any
"""A `numpy.ndarray` (numpy is imported only where a large pool is counted)."""
Counts = dict[int, int] | NDArray
"""Facet value id → count: a dict, or (a large pool) an array indexed by value id."""



VECTORISED = 20_000
"""Pools this large are counted by `_histogram` (numpy); smaller ones by a `Counter` over their slices, which
costs what they hold rather than a pass over every pair of the store."""
SHARE = 16
"""Pools of a `SHARE`th of the store or more are counted by `_histogram` too: its pass over every pair costs
about what a `Counter` over a sixteenth of them does (at 100,000 records 18,000 left out took 80 ms by
`Counter`, the whole pass 25 ms)."""
PAIRS_A_STEP = 1 << 20
"""(record, value) pairs counted by `_histogram` between two checks for a newer search (a few milliseconds)."""
SMALLEST = 2_000
"""A pool smaller than this is counted by `Counter` whatever the store's size (a small store never loads numpy)."""
GATHERED = 500
"""A pool (or the records a large pool leaves out) this large is counted by `_gathered` (numpy) when numpy is
loaded already (a filter on a term loads it, `matches.posted`): a `Counter` over its slices costs about 1 µs a
record in C, the gather and `numpy.bincount` a tenth of that (a ward of 10,700 surveys at a million records:
11.3 → 1.5 ms of CPU, a good part of a picked ward's Enter, #17)."""

class FacetCounter:
    """Facet counts of one index file; called under the index's lock."""

    def __init__(self, matching: Matching, order: Order) -> None:
        self._matching = matching
        self._order = order
        self._fvals: dict[int, tuple[str, str]] | None = None
        self._total_counts: dict[int, int] | None = None
        self._fcols: tuple[array, array] | None = None
        self._named_total: Named | None = None
        self._value_starts: array | None = None
        self._ranks: dict[int, int] | None = None
        self._total_array: NDArray | None = None
        self._by_facet: dict[str, tuple[NDArray, list[str]]] | None = None
        """Each facet's value ids in value order (an array), and their values in that order."""

    def forget(self) -> None:
        """What was read from the file: facet values, columns, totals."""
        self._fvals = None
        self._total_counts = None
        self._fcols = None
        self._named_total = None
        self._value_starts = None
        self._ranks = None
        self._total_array = None
        self._by_facet = None

    def warm(self, db: sqlite3.Connection) -> None:
        """Read and derive what counting a filtered pool needs (see `SqlIndex.prepare`)."""
        for step in self.warming():
            step(db)

    def warming(self) -> list[Callable[[sqlite3.Connection], object]]:
        """`warm` as steps, each taken under the index's lock on its own (the read-ahead lets a search go between)."""
        return [self._totals, self._columns, self._starts, self._value_rank]

    def facets(self, db: sqlite3.Connection, found: dict, numbers: Sequence[int], flags: bytes | None,
               check: Callable[[], None] = lambda: None) -> Named:
        """Each facet counted over the matches of the filter less that facet's own clauses; `check` is called
        before each count (it raises to stop them: a newer search has made them moot)."""
        counted: dict[tuple[str, ...], Named] = {}
        result: Named = {}
        for facet in FACETS:
            own = tuple(f for f in FACET_FIELDS[facet] if f in found)
            if own not in counted:
                check()
                condition = where(found, own)
                if not own:
                    counted[own] = self._named_counts(db, self._count(db, numbers, check))
                elif condition.sql == "1" and flags is None:
                    counted[own] = self.totals_named(db)
                else:
                    counted[own] = self._named_counts(db, self._count(db, self._matching(db, condition, None, flags),
                                                                  check))
            result[facet] = counted[own][facet]
        check()  # counts made moot while the last were counted are not handed on
        return result

    def totals_named(self, db: sqlite3.Connection) -> Named:
        """The counts with no filter, by facet (kept: they change only with the file)."""
        if self._named_total is None:
            kept = load_named(db)
            self._named_total = kept if kept is not None else keep_named(db, self._named(db, self._totals(db)))
        return self._named_total

    def _named_counts(self, db: sqlite3.Connection, counts: Counts) -> Named:
        """`_named`, or the kept unfiltered counts when `counts` are the totals (a word every record holds)."""
        return self.totals_named(db) if counts is self._totals(db) else self._named(db, counts)

    def _count(self, db: sqlite3.Connection, pool: Sequence[int], check: Callable[[], None] = lambda: None) -> Counts:
        """Facet value id → records of `pool` that carry it: each record's value ids are one slice of the
        value column, so a small pool costs what it holds; a large one is counted in C (`_histogram`, an array
        by value id), or, when it leaves out only a few records, those are counted and taken from the totals
        (a typed "chu" matches 98,536 of 100,000: 1,464 counted rather than every pair of the store)."""
        totals = self._totals(db)
        everything = self._order(db, "date")
        if len(pool) >= len(everything):
            return totals
        if not pool:
            return {}
        large = min(VECTORISED, max(SMALLEST, len(everything) // SHARE))
        if len(pool) < large:
            if len(pool) >= GATHERED and "numpy" in sys.modules:
                return self._gathered(db, _numbers(pool))
            return Counter(self._values_of(db, pool))
        if len(everything) - len(pool) >= large:
            return self._histogram(db, pool, check)
        import numpy as np  # noqa: PLC0415 - only for large pools, in a worker

        order = np.frombuffer(everything, dtype=np.dtype(f"i{everything.itemsize}"))
        chosen = np.zeros(max(int(order.max(initial=0)), max(pool)) + 1, dtype=bool)
        chosen[_numbers(pool)] = True
        left_out = order[~chosen[order]]
        if len(left_out) >= GATHERED:
            return self._totals_array(db) - self._gathered(db, left_out)
        minus = Counter(self._values_of(db, left_out.tolist()))
        left = self._totals_array(db).copy()
        left[np.fromiter(minus.keys(), dtype=np.int64, count=len(minus))] -= np.fromiter(
            minus.values(), dtype=np.int64, count=len(minus))
        return left

    def _gathered(self, db: sqlite3.Connection, pool: NDArray) -> NDArray:
        """`_count` of a pool in C, by value id: each record's slice of the value column gathered (its start
        repeated, plus 0, 1, … within it), then `numpy.bincount`; costs what the pool holds, not a pass over
        every pair of the store (`_histogram`)."""
        import numpy as np  # noqa: PLC0415 - loaded already (`GATHERED`), in a worker

        starts, values = self._starts(db)
        width = np.dtype(f"i{starts.itemsize}")
        first = np.frombuffer(starts, dtype=width)[pool].astype(np.int64)
        sizes = np.frombuffer(starts, dtype=width)[pool + 1] - first
        ends = np.cumsum(sizes)
        places = np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64) + np.repeat(first - (ends - sizes), sizes)
        ids = np.frombuffer(values, dtype=np.dtype(f"i{values.itemsize}"))[places]
        return np.bincount(ids, minlength=len(self._totals_array(db)))

    def _histogram(self, db: sqlite3.Connection, pool: Sequence[int], check: Callable[[], None] = lambda: None
                   ) -> NDArray:
        """`_count` for a large pool, in C: the value ids of the pairs whose record is in `pool`, counted by
        `numpy.bincount` over the two kept columns (shared, not copied). A `Counter` over the same ids took
        1.2 s for a pool of 485,000 at a million records."""
        import numpy as np  # noqa: PLC0415 - only for large pools, in a worker

        owners, values = self._columns(db)
        width = np.dtype(f"i{owners.itemsize}")
        owner, value = np.frombuffer(owners, dtype=width), np.frombuffer(values, dtype=width)
        chosen = np.zeros(max(int(owner.max(initial=0)), max(pool)) + 1, dtype=bool)
        chosen[_numbers(pool)] = True
        counts = np.zeros(len(self._totals_array(db)), dtype=np.int64)
        for start in range(0, len(owner), PAIRS_A_STEP):  # `check` between steps: a newer key need not wait
            check()                                       # for a pass over every pair (60-90 ms at a million)
            part = slice(start, start + PAIRS_A_STEP)
            counts += np.bincount(value[part][chosen[owner[part]]], minlength=len(counts))
        return counts

    def _totals_array(self, db: sqlite3.Connection) -> NDArray:
        """The totals as an array by value id (kept with them)."""
        if self._total_array is None:
            import numpy as np  # noqa: PLC0415 - only for large pools, in a worker

            totals = self._totals(db)
            size = max(max(totals, default=0), max(self._facet_values(db), default=0)) + 1
            dense = np.zeros(size, dtype=np.int64)
            dense[np.fromiter(totals.keys(), dtype=np.int64, count=len(totals))] = np.fromiter(
                totals.values(), dtype=np.int64, count=len(totals))
            self._total_array = dense
        return self._total_array

    def _values_of(self, db: sqlite3.Connection, pool: Iterable[int]) -> Iterator[int]:
        """The facet value ids of the records of `pool`, one after another (C-level maps over slices)."""
        starts, values = self._starts(db)
        pool = list(pool)
        slices = map(slice, map(starts.__getitem__, pool), map(starts.__getitem__, map((1).__add__, pool)))
        return chain.from_iterable(map(values.__getitem__, slices))

    def _starts(self, db: sqlite3.Connection) -> tuple[array, array]:
        """Where each record's value ids start in the value column (the columns are in record order), and
        that column."""
        if self._value_starts is None:
            kept = load_array(db, "starts")
            self._value_starts = kept if kept is not None else keep_array(db, "starts", starts_of(self._columns(db)[0]))
        return self._value_starts, self._columns(db)[1]

    def _columns(self, db: sqlite3.Connection) -> tuple[array, array]:
        """Every (record, facet value) pair as two arrays (a few megabytes at 100,000 records), kept in the file
        by the build; after an in-place change they are read from `fpost` again and kept anew."""
        if self._fcols is None:
            self._fcols = load_columns(db)
        if self._fcols is None:
            try:
                self._fcols = save_columns(db)
            except sqlite3.OperationalError:  # a read-only file: read them, keep nothing
                self._fcols = read_columns(db)
        return self._fcols

    def _named(self, db: sqlite3.Connection, counts: Counts) -> Named:
        """Counts by facet, most first, equal counts by value: the ids are put in value order by a kept rank
        (a C-level key), then a stable sort by count alone keeps that order among equals. An array of counts
        (a large pool) is ordered the same way in C (`_named_array`)."""
        if not isinstance(counts, dict):
            return self._named_array(db, counts)
        values = self._facet_values(db)
        rank = self._value_rank(db)
        result: Named = {facet: [] for facet in FACETS}
        for v in sorted((v for v, c in counts.items() if c > 0), key=rank.__getitem__):
            facet, value = values[v]
            result[facet].append((value, counts[v]))
        for pairs in result.values():
            pairs.sort(key=COUNT, reverse=True)  # stable, reverse included: equal counts keep value order
        return result

    def _named_array(self, db: sqlite3.Connection, counts: NDArray) -> Named:
        """`_named` of counts by value id: each facet's ids in value order (kept), those counted taken, then a
        stable sort by count, most first (a Python pass over 8,000 values took 25 ms of a typed key's counts)."""
        import numpy as np  # noqa: PLC0415 - only for large pools, in a worker

        if self._by_facet is None:
            values, rank = self._facet_values(db), self._value_rank(db)
            ids: dict[str, list[int]] = {facet: [] for facet in FACETS}
            for v in rank:  # in value order
                ids[values[v][0]].append(v)
            self._by_facet = {facet: (np.array(kept, dtype=np.int64), [values[v][1] for v in kept])
                              for facet, kept in ids.items()}
        result: Named = {}
        for facet, (ids_in_order, names) in self._by_facet.items():
            counted = counts[ids_in_order]
            present = np.flatnonzero(counted > 0)
            present = present[np.argsort(-counted[present], kind="stable")]
            result[facet] = list(zip(map(names.__getitem__, present.tolist()), counted[present].tolist(),
                                     strict=True))
        return result

    def _value_rank(self, db: sqlite3.Connection) -> dict[int, int]:
        """Facet value id → its place in the order of the values' text (its keys are in that order): Vietnamese
        order (`store.collation`), each value's key made once per file read, not per count."""
        if self._ranks is None:
            values = self._facet_values(db)
            ordered = sorted(values, key=lambda v: collation_key(values[v][1]))
            self._ranks = {v: place for place, v in enumerate(ordered)}
        return self._ranks

    def _totals(self, db: sqlite3.Connection) -> dict[int, int]:
        """Counts with no filter, kept in the file by the build and every change."""
        if self._total_counts is None:
            (text,) = db.execute("SELECT value FROM meta WHERE key = 'totals'").fetchone()
            self._total_counts = dict(load_totals(text))
        return self._total_counts

    def _facet_values(self, db: sqlite3.Connection) -> dict[int, tuple[str, str]]:
        if self._fvals is None:
            self._fvals = {v: (facet, value) for v, facet, value in db.execute("SELECT v, facet, value FROM fval")}
        return self._fvals


def _numbers(pool: Sequence[int]) -> NDArray:
    """Record numbers as a numpy array: an array("q") is shared, anything else copied."""
    import numpy as np  # noqa: PLC0415 - only for large pools, in a worker

    if isinstance(pool, array) and pool.typecode == "q":
        return np.frombuffer(pool, dtype=np.int64)
    return np.fromiter(pool, dtype=np.int64, count=len(pool))


def named_totals(db: sqlite3.Connection) -> Named:
    """The unfiltered counts by facet, named and ordered (what the build keeps for the browser's first facets)."""
    counter = FacetCounter(_unused, _unused)
    return counter._named(db, counter._totals(db))


def _unused(*_: object) -> array:
    raise AssertionError("the totals are counted without matching or ordering records")
