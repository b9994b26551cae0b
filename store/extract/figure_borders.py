"""A place's border length: "là xã biên giới, có 21,5 km đường biên giới giáp Trung Quốc", "với gần 30 km đường biên".

A report on a border commune or ward often opens by saying how long its border is, as it says how large its area is.
That is the place's geography, no result of the work, and like its area and population (`figure_place_size`,
`figure_context`) it is kept out of the figures. What tells it apart from kilometres the work covered ("tổ chức tuần
tra, kiểm soát 120 km đường biên giới", "phát quang 15 km đường biên"): the length is what the place has — "có", "với",
"gồm" right before it, with no deed of the work between the clause's start and the number.
"""

from __future__ import annotations

import re

__all__ = ["border_length"]

_BORDER_AFTER = re.compile(r"\s*(?:đường\s+biên(?:\s+giới)?|biên\s+giới)\b", re.IGNORECASE)
"""The border right after the kilometres: "đường biên giới", "đường biên", "biên giới"."""
_HAS_BEFORE = re.compile(r"\b(?:có|với|gồm)\s+(?:tổng\s+(?:cộng\s+|số\s+)?)?(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$",
                         re.IGNORECASE)
"""What the place has, right before the number: "có ", "với gần ", "có tổng cộng hơn "."""
_DEED = re.compile(r"\b(?:tuần tra|kiểm soát|phát quang|cắm mốc|bảo vệ|quản lý|tự quản|khảo sát|hành quân|rà soát|"
                   r"sửa chữa|xây dựng|nâng cấp|phụ trách)\b", re.IGNORECASE)
"""A deed of the work before the number in its clause: the kilometres are what it covered ("phối hợp tuần tra ... với
120 km" stays a figure)."""
_CLAUSE_START = re.compile(r"[.;:!?\n]")


def border_length(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the kilometres at `text[start:end]` (their unit included) are a place's border length."""
    if unit != "km" or not _BORDER_AFTER.match(text, end) or not _HAS_BEFORE.search(text, max(0, start - 40), start):
        return False
    floor = max(0, start - 160)
    stops = [found.end() for found in _CLAUSE_START.finditer(text, floor, start)]
    return not _DEED.search(text, stops[-1] if stops else floor, start)
