"""A commune's public-service desk counted in its first weeks or months: "Sau hơn 1 tháng vận hành, Điểm phục vụ hành
chính công xã A đã giải quyết ...", "sau 2 tuần đi vào hoạt động, Trung tâm Phục vụ hành chính công phường B ...".

A commune's or ward's own centre ("Trung tâm Phục vụ hành chính công xã", Hà Nội's "Điểm Phục vụ hành chính công
xã") came with two-tier local government on 1 July 2025; counted by weeks or by up to six months of running, it
dates the report to the reform's first months, as "từ 1/7 đến nay" beside one does (`date_cues.COMMUNE_CENTRE`):
a lower bound of 1/7/2025, which gives the earliest such day after it (the decision of session 15). A province's
or city's centre ("Trung tâm Phục vụ hành chính công tỉnh", "TP.HCM") opened in other years and dates nothing; nor
does a desk counted in years ("sau 3 năm hoạt động").
"""

from __future__ import annotations

import re

from .date_cues import COMMUNE_CENTRE

POINT = re.compile(r"\bđiểm\s+phục\s+vụ\s+hành\s+chính\s+công\s+(?:các\s+)?(?:xã|phường|đặc khu)\b", re.IGNORECASE)
"""Hà Nội's name for a commune's desk of 2025, a point of the city's centre."""

_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}
_YOUNG = re.compile(r"\bsau\s+(?:hơn\s+|gần\s+|chưa đầy\s+|khoảng\s+)?(\d{1,2}|một|hai|ba|bốn|năm|sáu)\s+"
                    r"(tuần|tháng)\s+"
                    r"(?:chính thức\s+)?(?:đi vào\s+)?(?:vận hành|hoạt động)\b|"
                    r"\b(?:tuần|tháng)\s+đầu(?:\s+tiên)?\s+(?:chính thức\s+)?(?:đi vào\s+)?(?:vận hành|hoạt động)\b",
                    re.IGNORECASE)


def young_commune_desk(sentence: str) -> bool:
    """Whether `sentence` counts a commune's desk of 2025 in its first weeks or months."""
    return young_desk_words(sentence) is not None


def young_desk_words(sentence: str) -> str | None:
    """The words that count a commune's desk of 2025 in its first weeks or months ("sau hơn 1 tháng vận hành"), or
    None (the year note quotes them)."""
    if not (COMMUNE_CENTRE.search(sentence) or POINT.search(sentence)):
        return None
    for m in _YOUNG.finditer(sentence):
        if m[1] is None:
            return m[0]  # "tháng đầu vận hành"
        count = int(m[1]) if m[1].isdigit() else _NUMBERS[m[1].lower()]
        if m[2].lower() == "tuần" or count <= 6:
            return m[0]
    return None
