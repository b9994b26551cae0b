"""A bitmap made flags (`store.sqlindex.grams.flags`, one byte per record: what every free-text key makes for
the whole store) is the same with numpy (once imported) and without it, and the same as a byte-by-byte
expansion of the bitmap (the oracle, as the module made them before, #17)."""

from __future__ import annotations

import random
import sys
from functools import reduce
from operator import or_

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.sqlindex.grams import BLOCK, flags

EXPAND = [bytes((byte >> bit) & 1 for bit in range(8)) for byte in range(256)]


def expanded(bits: int, size: int) -> bytes:
    packed = bits.to_bytes((size + 7) // 8, "little")
    return b"".join(map(EXPAND.__getitem__, packed))[:size]


@st.composite
def bitmaps(draw: st.DrawFn) -> tuple[int, int]:
    size = draw(st.integers(min_value=1, max_value=3 * BLOCK))
    room = 8 * ((size + 7) // 8)  # a bitmap of whole blocks may hold bits past the last record
    kind = draw(st.sampled_from(["random", "none", "all", "few"]))
    if kind == "none":
        return 0, size
    if kind == "all":
        return (1 << room) - 1, size
    if kind == "few":
        return reduce(or_, (1 << draw(st.integers(0, room - 1)) for _ in range(draw(st.integers(1, 5))))), size
    return random.Random(draw(st.integers())).getrandbits(room), size


@pytest.mark.parametrize("numpy", [True, False])
@settings(max_examples=60, deadline=None)
@given(case=bitmaps())
def test_flags_are_the_bitmap_byte_by_byte(case: tuple[int, int], numpy: bool) -> None:
    bits, size = case
    if numpy:
        import numpy as np  # noqa: F401, PLC0415 - imported: the C path

        assert flags(bits, size) == expanded(bits, size)
        return
    kept = sys.modules.pop("numpy", None)
    try:
        assert flags(bits, size) == expanded(bits, size)
    finally:
        if kept is not None:
            sys.modules["numpy"] = kept
