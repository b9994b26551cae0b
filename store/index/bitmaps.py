"""Sets of records as Python ints, so that filters combine in C rather than in Python loops.

Bit p of a bitmap stands for the record at position p (newest first). `&`,
`|` and `bit_count()` then work 64 records a step, and one `int(..., 2)` or
`format` turns a bitmap from or into bytes of 0/1, one per position, which
`itertools.compress` reads back in one C-level pass.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import repeat

_FLAG_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_DIGIT_FLAGS = bytes.maketrans(b"01", b"\x00\x01")


def bitmap_of(positions: Iterable[int], n: int) -> int:
    """The bitmap of `positions` (each below `n`)."""
    flags = bytearray(n)
    deque(map(flags.__setitem__, positions, repeat(1)), 0)
    return bitmap_of_flags(flags)


def bitmap_of_flags(flags: bytearray) -> int:
    """Bytes of 0/1 (one per position) to a bitmap."""
    return int(flags[::-1].translate(_FLAG_DIGITS), 2) if flags else 0


def flags_of(bitmap: int, n: int) -> bytes:
    """A bitmap to bytes of 0/1, one per position, for `itertools.compress`."""
    return format(bitmap, f"0{n}b").encode()[::-1].translate(_DIGIT_FLAGS) if n else b""


def intersect(masks: Iterable[int], everything: int) -> int:
    """The bitmaps' intersection; `everything` when there are none."""
    result = everything
    for mask in masks:
        result &= mask
    return result


def span(first: int, stop: int) -> int:
    """The bitmap of positions first..stop-1."""
    return ((1 << stop) - 1) ^ ((1 << first) - 1) if stop > first else 0
