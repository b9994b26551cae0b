"""Facet counts: for each facet value, how many records match the filter less that facet's own clauses.

Facets with few values (provinces, topics, years, kinds) keep a bitmap per
value and count `(value & pool).bit_count()`; wards and bodies, with
thousands of values, keep each record's value ids in columns and count them
in one C-level pass (`collections.Counter`), over the matching records or,
when those are more than half, over the others subtracted from the totals.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable
from itertools import compress
from operator import itemgetter
from typing import Any

from ..collation import collation_key
from .bitmaps import bitmap_of_flags

FACETS = ("province", "ward", "topic", "year", "body", "kind")


class SmallFacet:
    """A facet with few values (provinces, topics, years, kinds): one bitmap per value."""

    def __init__(self, bitmaps: dict[Any, int]) -> None:
        self.values = sorted(((value, bitmap) for value, bitmap in bitmaps.items() if bitmap), key=facet_key)
        self.totals = ranked([(value, bitmap.bit_count()) for value, bitmap in self.values])

    def counts(self, pool: int, everything: int) -> list[tuple[str, int]]:
        if pool == everything:
            return list(self.totals)
        if not pool:
            return []
        return ranked([(value, n) for value, bitmap in self.values if (n := (bitmap & pool).bit_count())])


class ColumnFacet:
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
        order = sorted(range(len(values)), key=lambda i: facet_key((values[i], 0)))
        rank = array("l", [0]) * (len(values) + 1)
        for new, old in enumerate(order):
            rank[old] = new
        rank[-1] = -1
        self.values = [values[i] for i in order]
        self.n = n
        self.columns = [array("l", map(rank.__getitem__, column)) for column in columns]
        self.has = [bitmap_of_flags(bytearray(map((-1).__ne__, column))) for column in self.columns[1:]]
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
            for column, has in zip(self.columns[1:], self.has, strict=True):
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


def facet_key(item: tuple[Any, int]) -> tuple[int, Any]:
    """Values in order: strings first, in Vietnamese order (`store.collation`), anything else (odd data) by its
    repr."""
    return (0, collation_key(item[0])) if isinstance(item[0], str) else (1, repr(item[0]))


def ranked(items: list[tuple[Any, int]]) -> list[tuple[Any, int]]:
    """By count, most first; equal counts by value."""
    items.sort(key=facet_key)
    items.sort(key=itemgetter(1), reverse=True)
    return items
