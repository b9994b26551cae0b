"""Money over money, a scale word on both sides: "giải ngân 8,4 tỷ đồng/14 tỷ đồng", "chi 960 triệu đồng trên tổng
số 1,5 tỷ đồng", "45 tỷ/120 tỷ đồng".

The plain reading takes a whole only right after the part's number ("1,2/3 tỷ đồng"); once the part has its own scale
and unit, the slash's whole was lost (a number right after "/" is never read on its own), and a whole after "trên tổng
số" was read as a figure of its own with no tie to the part. Settled (session 18) as the same-unit slash was: the
whole is the part's "of", said once, never a figure beside it — "2.415/2.460 hồ sơ" and "36 trên tổng số 42 CBCC"
read so. Only money over money: a count over money ("120 hộ/185 triệu đồng") is two figures (`figure_shapes`), and a
rate after the slash ("2 triệu đồng/hộ", "/tháng") is no whole. The whole must be no smaller than the part (a sum
over budget, "thu 21 tỷ đồng/18 tỷ đồng dự toán", is left as written before).
"""

from __future__ import annotations

import re

from ..numbers import NumberError, read_quantity

__all__ = ["money_whole_after", "scaled_part_over_money"]

_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = r"(?:nghìn|ngàn|triệu|tỷ|tỉ)"
_MONEY = r"(?:đồng|VNĐ|VND|đ)(?![\wÀ-ỹ])"
_WHOLE = re.compile(r"\s*(?:/|\s(?:trên|so với)\s+tổng\s+(?:số\s+)?(?:vốn\s+|kinh phí\s+)?(?:là\s+)?)\s*"
                    r"((?:" + _NUMBER + r")\s*" + _SCALE + r"(?:\s+" + _SCALE + r")?\s*" + _MONEY + r")", re.IGNORECASE)
"""After the part's "đồng": the whole, money with its scale word, after "/" or "trên tổng số"."""
_BARE_PART = re.compile(r"\s*(" + _SCALE + r")(?=\s*/|\s+(?:trên|so với)\s+tổng\b)", re.IGNORECASE)
"""A part with a scale word and no "đồng" right before the whole ("45 tỷ/120 tỷ đồng")."""


def _amount(written: str) -> float | int | None:
    try:
        quantity = read_quantity(written)
    except NumberError:
        return None
    return quantity.value if quantity.is_money else None


def money_whole_after(text: str, money_end: int, part: float | int) -> tuple[float | int, int] | None:
    """(the whole in đồng, where it ends) written after an amount of money ending at `money_end`, if any."""
    m = _WHOLE.match(text, money_end)
    if m is None or (whole := _amount(m[1])) is None or whole < part:
        return None
    return whole, m.end()


def scaled_part_over_money(text: str, start: int, end: int) -> tuple[float | int, float | int, int] | None:
    """(part, whole, end) of "45 tỷ/120 tỷ đồng": a number at [start, end) with a scale word and no "đồng" before a
    whole in money; the part takes the whole's unit, as a reader does."""
    scale = _BARE_PART.match(text, end)
    if scale is None or (part := _amount(f"{text[start:end]} {scale[1]} đồng")) is None:
        return None
    found = money_whole_after(text, scale.end(), part)
    return None if found is None else (part, found[0], found[1])
