"""A list item whose unit is left out, read from its siblings: "Hộ nghèo 02 hộ, ...; hộ chính sách 40, số tiền ..."
and "Tiền thiện nguyện: 36.660.000 đồng, Mặt trận huyện vận động: 16.660.000 đồng, Mặt trận tỉnh: 10.000.000".

Payout and contribution lists repeat one shape item after item and often drop the unit once the reader has it: a
count labelled by its own noun ("hộ chính sách 40" after "hộ cận nghèo 17 hộ"), an amount after a colon in a list of
amounts. The number is then bare and was lost. It takes its siblings' unit only when the list says so: a count
whose label begins with the noun a sibling of the same sentence counts, closed by a comma, a semicolon or the end;
an amount in millions (two groups of thousands at least) after a colon, in a sentence whose other amounts are đồng.
"""

from __future__ import annotations

import re

from .figure_units import UNIT_OF

__all__ = ["sibling_unit"]

_ITEM_END = re.compile(r"\s*(?:[,;.)]|$|(?:và|với)\s)")
_LABEL_BEFORE = re.compile(r"(?:^|[,;:+]\s*)([\wÀ-ỹ]+(?:\s+[\wÀ-ỹ]+){0,4}?)\s+(?:là\s+|có\s+)?$")
_NOT_LABEL_END = re.compile(r"(?:\s|^)(?:năm|tháng|ngày|quý|số|lần|thứ|đợt|khóa|khoá|mức|tổ|thôn|ấp|khu|lớp)$",
                            re.IGNORECASE)
"""A label ending in a time or a name word ("hộ nghèo năm 2024", "thôn 5"): the number is a date or a name."""
_MILLIONS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_COLON_BEFORE = re.compile(r":\s*$")
_CODE_LABEL = re.compile(r"\b(?:mã|số(?!\s+tiền)|tài khoản|điện thoại|hotline|fax)\b[^,;:]{0,30}:\s*$", re.IGNORECASE)
"""A code's label before the colon ("mã số hồ sơ: 12.345.678", "số tài khoản: ..."): no amount; "số tiền:" is one."""


def sibling_unit(text: str, start: int, end: int, value: float | int | None,
                 found: list[tuple[float | int, float | int | None, str, int, int]]) -> str | None:
    """The unit of the bare number at [start, end) read from the items before it in `text` (`found`), or None."""
    if value is None or not _ITEM_END.match(text, end) or not found:
        return None
    if _COLON_BEFORE.search(text, max(0, start - 3), start) and _MILLIONS.fullmatch(text, start, end):
        if _CODE_LABEL.search(text, max(0, start - 40), start):
            return None
        return "đồng" if any(item[2] == "đồng" for item in found) else None
    label = _LABEL_BEFORE.search(text, max(0, start - 50), start)
    if label is None or _NOT_LABEL_END.search(label[1]) or not isinstance(value, int):
        return None
    words = label[1].lower().split()
    for size in (3, 2, 1):  # the longest unit form the label opens with: "hộ gia đình", "hộ"
        unit = UNIT_OF.get(" ".join(words[:size]))
        if unit is not None and any(item[2] == unit and item[1] is None for item in found):
            return unit
    return None
