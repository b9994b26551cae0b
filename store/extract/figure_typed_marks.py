"""A number whose decimal mark was typed like its thousands marks: "5.138.3m2", "1,234,5 ha".

Reports group thousands with a stop and mark decimals with a comma ("5.138,3"). Typed by hand, the decimal mark is
sometimes the same sign as the thousands ("5.138.3", "1,234,5"), and no number was read at all (session 33's fresh71
v12: "tổng diện tích 5.138.3m2", the builder's 5138.3 missed). Never a wrong value: the number is read only when one
reading is certain. It is when every group but the last is a thousands group (the first one to three digits, the
others exactly three) and the last has one or two digits: a thousands group always has three, so the last mark can
only be the decimal one (5138.3, 1234.5, 2045.75). And only before a unit, a percent sign or a scale word, so the
number is a quantity and no code, version or list of numbers ("mục 1.234.5", "các số 3,120,5").
A middle group of other than three digits ("12.50.000 đồng", "1,23,456 m2": a digit lost or a mark misplaced, two
readings) or a last group of three ("1.234.567") is left as written: the first unread, the second thousands.
The repair keeps the text's length ("5.138.3" → "5.138,3", "1,234,5" → "1.234,5"), so every span holds for the
original.

Never before "đồng" or "đ" with no scale word: a sum in đồng has no decimal part, so "2.250.00 đồng" or "1.350.00 đồng"
is a digit lost from a thousands group (2.250.000 meant), not 2250,00 đồng, and no reading is certain (s35 fresh74
v07 read 2250 đồng). "1.350.5 triệu đồng" keeps its decimal: the scale word comes first.
"""

from __future__ import annotations

import re

from .figure_units import UNIT_RE

__all__ = ["mended_marks"]

_TYPED = re.compile(r"(?<![\w.,/])(?P<head>\d{1,3}(?P<mark>[.,])\d{3}(?:(?P=mark)\d{3})*)(?P=mark)(?P<tail>\d{1,2})"
                    r"(?!\d|[.,]\d)")
"""Groups of thousands, then the same mark and one or two digits: the last mark typed for the decimal one."""
_QUANTITY_AFTER = re.compile(r"\s*(?:%|phần trăm|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\wÀ-ỹ]))", re.IGNORECASE)
_DONG_AFTER = re.compile(r"\s*(?:đồng|đ)(?![\wÀ-ỹ])", re.IGNORECASE)
"""A sum in đồng right after the number: whole đồng, never a decimal part."""


def _mended(match: re.Match[str]) -> str:
    text, end = match.string, match.end()
    if not (_QUANTITY_AFTER.match(text, end) or UNIT_RE.match(text, end)):
        return match[0]  # no unit after: no certain quantity, left as written (and so unread)
    if _DONG_AFTER.match(text, end):
        return match[0]  # "2.250.00 đồng": a digit lost, not a decimal; left as written (and so unread)
    return f"{match['head'].replace(',', '.')},{match['tail']}"


def mended_marks(text: str) -> str:
    """`text` with every certain typed decimal mark written as a comma and its thousands marks as stops."""
    if not re.search(r"\d[.,]\d{3}[.,]\d", text):
        return text
    return _TYPED.sub(_mended, text)
