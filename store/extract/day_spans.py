"""The first day of a span written in words, whose year is written only after its last day.

"từ ngày 07 tháng 11 đến ngày 10 tháng 11 năm 2017": the year belongs to both days. Read alone, the first day has
no year, and the last one, dated, reads as an event the visit came after (so a year too late). A span that runs
over New Year ("từ ngày 28 tháng 12 đến ngày 3 tháng 1 năm 2018") starts in the year before.
"""

from __future__ import annotations

import re

_WORDY_SPAN = re.compile(r"(?<![\d.,])(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?"
                         r"\d{1,2}\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})(?!\d)", re.IGNORECASE)


def wordy_span_starts(text: str) -> list[tuple[int, int, int, tuple[int, int]]]:
    """(day, month, year, span of the first day's words) for each span in words that ends with its year."""
    found = []
    for m in _WORDY_SPAN.finditer(text):
        day, month, last_month, last_year = int(m[1]), int(m[2]), int(m[3]), int(m[4])
        found.append((day, month, last_year if month <= last_month else last_year - 1, (m.start(), m.end(2))))
    return found
