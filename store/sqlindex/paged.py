"""The matches of a free-text search in list order, made only as far as they are read.

A filter of free text alone is flags (one byte per record, `text`) laid
over the order the list is sorted in. Making every match at once walks that
whole order in Python: a tenth of a second at 100,000 records with the
machine busy, half a second at a million, which the browser's count waited
for on every key. Its count is the number of flags set (one C-level call)
and its first page lies in the first few thousand places of the order when
the matches are many; when they are few, they are read from the flags
directly and put in order by each record's rank in it. The whole list is
made when something needs it all (facet counts, a far page).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from itertools import compress
from typing import overload

SET = re.compile(b"\x01")
FEW = 16
"""Matches fewer than 1/FEW of the records are read from the flags and sorted by rank, not found by walking."""
DEEP = 8
FEW_AFTER_ALL = 4
"""A walk past 1/DEEP of the order that has not found the matches asked for, when they are under 1/FEW_AFTER_ALL
of the records, reads them from the flags instead (matches gathered at the far end: "2024" in a store whose
newest records are of later years)."""
FIRST_CHUNK = 4096
"""Places of the order walked first; each next walk twice as many, up to `LAST_CHUNK`."""
VECTORISED = 20_000
"""When every match is wanted and this many places of the order are left, numpy picks them (`_picked`)."""
LAST_CHUNK = 1 << 17
"""At most this many places a walk: a newer search stops a whole walk (half a second at a million records) within
a few milliseconds (`whole`'s check between walks)."""


class Matches:
    """Record numbers whose flag is set, in `order`: a sequence that makes its items as they are asked for."""

    def __init__(self, order: array, flags: bytes, ranks: Callable[[], array]) -> None:
        self._order = order
        self._flags = flags
        self._ranks = ranks
        """Each record's place in `order` (`matches.places`, kept by the index with the order)."""
        self._total = flags.count(1)
        self._made = array("q")
        self._walked = 0

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, key: int) -> int: ...
    @overload
    def __getitem__(self, key: slice) -> array: ...
    def __getitem__(self, key: int | slice) -> int | array:
        if isinstance(key, slice):
            self._make(self._total if key.stop is None or key.stop < 0 or key.step else key.stop)
        else:
            self._make(self._total if key < 0 else key + 1)
        return self._made[key]

    def __iter__(self) -> Iterator[int]:
        return iter(self.whole())

    def whole(self, check: Callable[[], None] | None = None) -> array:
        """Every match; `check` is called between steps of the walk (it raises to stop it: a newer search)."""
        self._make(self._total, check)
        return self._made

    def _make(self, stop: int, check: Callable[[], None] | None = None) -> None:
        stop = min(stop, self._total)
        if len(self._made) >= stop:
            return
        if self._total * FEW < len(self._order):
            self._made = self._sorted()
            self._walked = len(self._order)
            return
        order, flags, chunk = self._order, self._flags, FIRST_CHUNK
        if stop >= self._total and len(order) - self._walked >= VECTORISED:  # every match: the rest in C
            if check is not None:  # (walked in Python, a million places took half a second of the facet counts)
                check()
            self._made.extend(_picked(order, self._walked, flags))
            self._walked = len(order)
            return
        while len(self._made) < stop and self._walked < len(order):
            if self._walked * DEEP > len(order) and self._total * FEW_AFTER_ALL < len(order):
                self._made = self._sorted()  # the matches lie further down the order than their number says
                self._walked = len(order)
                return
            if check is not None:
                check()
            part = order[self._walked:self._walked + chunk]
            self._made.extend(compress(part, map(flags.__getitem__, part)))
            self._walked += len(part)
            chunk = min(2 * chunk, LAST_CHUNK)

    def _sorted(self) -> array:
        numbers = [found.start() for found in SET.finditer(self._flags)]
        return array("q", sorted(numbers, key=self._ranks().__getitem__))


def _picked(order: array, start: int, flags: bytes) -> array:
    """The record numbers of `order[start:]` whose flag is set, in order, picked by numpy."""
    import numpy as np  # noqa: PLC0415 - only for large stores, in a worker

    rest = np.frombuffer(order, dtype=np.dtype(f"i{order.itemsize}"))[start:]
    chosen = np.frombuffer(flags, dtype=np.uint8).view(np.bool_)
    found = array("q")
    found.frombytes(rest[chosen[rest]].astype(np.int64).tobytes())
    return found
