"""Where someone stands or sits in a photo, written in brackets after the name: no part of what they do.

Captions (and the sentences some pages keep them as) place the person they name: "Phó Chủ tịch HĐND tỉnh X (giữa)
kiểm tra hồ sơ", "đồng chí Y (thứ hai từ trái sang) thăm mô hình", "bà Z (ngồi giữa) phát biểu", "(bìa phải)",
"(áo xanh)". The verb after the bracket is the person's own; the bracket is skipped when reading it.
"""

from __future__ import annotations

import re

_PLACE_IN_PHOTO = re.compile(
    r"^\s*\((?:(?:người\s+)?(?:ngồi|đứng|đi)\s+)?(?:ở\s+)?(?:giữa|bìa\s+(?:trái|phải)|bên\s+(?:trái|phải)|"
    r"(?:thứ\s+(?:\d+|hai|ba|tư|năm|nhất)|ngoài\s+cùng|đầu\s+tiên)(?:\s*,?\s*từ\s+(?:trái|phải)(?:\s+sang)?|"
    r"\s+(?:bên\s+)?(?:trái|phải))?|(?:bên\s+)?(?:trái|phải)|áo\s+\w+|cầm\s+micro|đội\s+mũ\s+\w+)"
    r"(?:\s*,\s*(?:ảnh|hình)\b[^)]{0,20})?\)", re.IGNORECASE)
"""A place in the photo in brackets: "(giữa)", "(ngồi giữa)", "(thứ 2 từ trái sang)", "(bìa phải)", "(áo xanh)"."""


def past_photo_place(after: str) -> str:
    """The text after a name with a bracketed place in the photo at its start left out."""
    place = _PLACE_IN_PHOTO.match(after)
    return after[place.end():] if place else after
