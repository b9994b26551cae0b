"""One sum written in more than one scale: "11 tỷ 691 triệu đồng", "187 triệu 500 nghìn đồng",
"1 tỉ 62 triệu 400 nghìn đồng".

A report may spell a sum the way it is said aloud, each scale with its own count and the currency once at the end.
Read number by number, the first count had a scale but no currency and was dropped, and the last was read as the
whole sum ("691 triệu đồng" for eleven billion and more: real set s41-fresh87). The scales must fall in order
(tỷ, then triệu, then nghìn), each later count of one to three digits, nothing but spaces between them, and the
currency right after the last: "4 tỷ đồng và 600 triệu đồng" (two currencies) and "2 tỷ, 300 triệu đồng" (a comma)
stay two sums, as a page that means one sum would not write them.
"""

from __future__ import annotations

import re

__all__ = ["compound_money"]

_SCALES = {"tỷ": 1_000_000_000, "tỉ": 1_000_000_000, "triệu": 1_000_000, "nghìn": 1_000, "ngàn": 1_000}
_SCALE = r"(tỷ|tỉ|triệu|nghìn|ngàn)"
_COMPOUND = re.compile(rf"\s+{_SCALE}((?:\s+\d{{1,3}}\s+{_SCALE}){{1,2}})\s+(?:đồng|đ)(?![\wÀ-ỹ])", re.IGNORECASE)
_LATER = re.compile(rf"\s+(\d{{1,3}})\s+{_SCALE}", re.IGNORECASE)


def compound_money(text: str, value: float | int, end: int) -> tuple[int, int] | None:
    """(the sum in đồng, where it ends) when the whole number `value` ending at `end` opens a sum in several scales."""
    if not isinstance(value, int):
        return None  # "1,5 tỷ 200 triệu" is no way to write a sum
    m = _COMPOUND.match(text, end)
    if m is None:
        return None
    scale = _SCALES[m[1].lower()]
    total = value * scale
    for later in _LATER.finditer(m[2]):
        count, next_scale = int(later[1]), _SCALES[later[2].lower()]
        if next_scale >= scale or count * next_scale >= scale:
            return None  # scales out of order, or a later count as large as the scale before it
        total, scale = total + count * next_scale, next_scale
    return total, m.end()
