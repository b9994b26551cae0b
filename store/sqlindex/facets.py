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
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, compress, repeat
from operator import itemgetter

from .columns import (
    COLUMN_TYPE,
    keep_array,
    keep_named,
    load_array,
    load_columns,
    load_named,
    load_totals,
    save_columns,
    starts_of,
)
from .compile import FACET_FIELDS, FACETS, Condition, where

COUNT = itemgetter(1)
INVERT = bytes.maketrans(b"\x00\x01", b"\x01\x00")
"""Flags of 0 and 1 swapped: the records a pool leaves out."""

Matching = Callable[[sqlite3.Connection, Condition, "str | None", "bytes | None"], array]
"""`SqlIndex._matching`: record numbers for a condition (in an order, or any), less those flags leave out."""
Order = Callable[[sqlite3.Connection, str], array]
"""`SqlIndex._order`: every record number in a sort order."""
Named = dict[str, list[tuple[str, int]]]



VECTORISED = 20_000
"""Pools this large are counted by `_histogram` (numpy); smaller ones by a `Counter` over their slices, which
costs what they hold rather than a pass over every pair of the store."""

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

    def forget(self) -> None:
        """What was read from the file: facet values, columns, totals."""
        self._fvals = None
        self._total_counts = None
        self._fcols = None
        self._named_total = None
        self._value_starts = None
        self._ranks = None

    def warm(self, db: sqlite3.Connection) -> None:
        """Read and derive what counting a filtered pool needs (see `SqlIndex.warm`)."""
        self._totals(db)
        self._starts(db)
        self._value_rank(db)

    def facets(self, db: sqlite3.Connection, found: dict, numbers: Sequence[int], flags: bytes | None) -> Named:
        """Each facet counted over the matches of the filter less that facet's own clauses."""
        counted: dict[tuple[str, ...], Named] = {}
        result: Named = {}
        for facet in FACETS:
            own = tuple(f for f in FACET_FIELDS[facet] if f in found)
            if own not in counted:
                condition = where(found, own)
                if not own:
                    counted[own] = self._named(db, self._count(db, numbers))
                elif condition.sql == "1" and flags is None:
                    counted[own] = self.totals_named(db)
                else:
                    counted[own] = self._named(db, self._count(db, self._matching(db, condition, None, flags)))
            result[facet] = counted[own][facet]
        return result

    def totals_named(self, db: sqlite3.Connection) -> Named:
        """The counts with no filter, by facet (kept: they change only with the file)."""
        if self._named_total is None:
            kept = load_named(db)
            self._named_total = kept if kept is not None else keep_named(db, self._named(db, self._totals(db)))
        return self._named_total

    def _count(self, db: sqlite3.Connection, pool: Sequence[int]) -> dict[int, int]:
        """Facet value id → records of `pool` that carry it: each record's value ids are one slice of the
        value column, so this costs what the pool holds; when the pool is most of the store, the records it
        leaves out are counted and taken from the totals."""
        totals = self._totals(db)
        everything = self._order(db, "date")
        if len(pool) >= len(everything):
            return totals
        if not pool:
            return {}
        if len(pool) >= VECTORISED:
            return self._histogram(db, pool)
        if 2 * len(pool) < len(everything):
            return Counter(self._values_of(db, pool))
        chosen = bytearray(max(everything) + 1)
        deque(map(chosen.__setitem__, pool, repeat(1)), maxlen=0)
        left_out = list(compress(everything, map(chosen.translate(INVERT).__getitem__, everything)))
        minus = Counter(self._values_of(db, left_out))
        return {v: c - minus.get(v, 0) for v, c in totals.items()}

    def _histogram(self, db: sqlite3.Connection, pool: Sequence[int]) -> dict[int, int]:
        """`_count` for a large pool, in C: the value ids of the pairs whose record is in `pool`, counted by
        `numpy.bincount` over the two kept columns (shared, not copied). A `Counter` over the same ids took
        1.2 s for a pool of 485,000 at a million records."""
        import numpy as np  # noqa: PLC0415 - only for large pools, in a worker

        owners, values = self._columns(db)
        width = np.dtype(f"i{owners.itemsize}")
        owner, value = np.frombuffer(owners, dtype=width), np.frombuffer(values, dtype=width)
        chosen = np.zeros(max(int(owner.max(initial=0)), max(pool)) + 1, dtype=bool)
        chosen[np.fromiter(pool, dtype=np.int64, count=len(pool))] = True
        counts = np.bincount(value[chosen[owner]])
        present = np.flatnonzero(counts)
        return dict(zip(present.tolist(), counts[present].tolist(), strict=True))

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
                owners, values = array(COLUMN_TYPE), array(COLUMN_TYPE)
                for n, v in db.execute("SELECT n, v FROM fpost"):
                    owners.append(n)
                    values.append(v)
                self._fcols = (owners, values)
        return self._fcols

    def _named(self, db: sqlite3.Connection, counts: dict[int, int]) -> Named:
        """Counts by facet, most first, equal counts by value: the ids are put in value order by a kept rank
        (a C-level key), then a stable sort by count alone keeps that order among equals."""
        values = self._facet_values(db)
        rank = self._value_rank(db)
        result: Named = {facet: [] for facet in FACETS}
        for v in sorted((v for v, c in counts.items() if c > 0), key=rank.__getitem__):
            facet, value = values[v]
            result[facet].append((value, counts[v]))
        for pairs in result.values():
            pairs.sort(key=COUNT, reverse=True)  # stable, reverse included: equal counts keep value order
        return result

    def _value_rank(self, db: sqlite3.Connection) -> dict[int, int]:
        """Facet value id → its place in the order of the values' text."""
        if self._ranks is None:
            values = self._facet_values(db)
            self._ranks = {v: place for place, v in enumerate(sorted(values, key=lambda v: values[v][1]))}
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


def named_totals(db: sqlite3.Connection) -> Named:
    """The unfiltered counts by facet, named and ordered (what the build keeps for the browser's first facets)."""
    counter = FacetCounter(_unused, _unused)
    return counter._named(db, counter._totals(db))


def _unused(*_: object) -> array:
    raise AssertionError("the totals are counted without matching or ordering records")
