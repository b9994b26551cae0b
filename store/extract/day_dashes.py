"""A day and month joined by a spaced en dash: "Ngày 06 – 11, đồng chí X ... đã kiểm tra".

Some portals write the day as "06 – 11" (an en dash with spaces, the typographer's hyphen). `days` reads
"4-9" and "06 - 11" with a plain hyphen, but an en dash between two small numbers more often joins a range
("2016 – 2021", "từ 6 – 8 người"), so it is read as a day only right after a word that says a day follows
("Ngày", "Sáng", "Chiều ngày"), and never when a month follows it ("ngày 6 – 11/9" are two days of September,
which `days` reads as such).
"""

from __future__ import annotations

import re

_DASHED_DAY = re.compile(r"(?<![\w])(?i:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:(?i:ngày)\s+)?(\d{1,2})\s*[–—]\s*(\d{1,2})"
                         r"(?:\s*[–—]\s*(\d{4}))?(?!\d|\s*[/.–—-]\s*\d|\s*%|[.,]\d)")


def dashed_days(text: str) -> list[tuple[int, int, int | None, tuple[int, int]]]:
    """(day, month, year or None, span of the digits) of each day written with an en dash after a day word."""
    return [(int(m[1]), int(m[2]), int(m[3]) if m[3] else None, (m.start(1), m.end()))
            for m in _DASHED_DAY.finditer(text)]
