"""A span of years a visit oversees: a programme's term it works within, or years of a law's use that closed before.

"giám sát việc thực hiện chính sách, pháp luật về trật tự, an toàn giao thông giai đoạn 2009 - 2023": the span runs
from when the law took effect to the last whole year, and a visit that reviews it comes after that year has closed —
in a spring it is the year after (a review of 2009–2023 in April 2023 would miss most of 2023). From mid-year on the
span's last year may be its own (councils review "giai đoạn 2021 - 2023" with figures to 30 June).

A programme's or plan's term ("Chương trình mục tiêu quốc gia ... giai đoạn 2021 - 2025", "Nghị quyết ... về sắp xếp
đơn vị hành chính ... giai đoạn 2023 - 2025", or a five-year term such as 2016–2020 written alone) is different: it is
planned ahead, and work under it is checked while it runs, mostly in its last year; there the bound stays its last
year's first day, as before.
"""

from __future__ import annotations

import re
from datetime import date

from .date_cues import EARLY_REPORT
from .periods import Period

_PROGRAMME = re.compile(r"\b(?:chương trình|kế hoạch|đề án|dự án|nghị quyết|chiến lược|quy hoạch|MTQG|"
                        r"mục tiêu quốc gia|nhiệm kỳ|phong trào|cuộc vận động)\b[^.;()]{0,140}$", re.IGNORECASE)
"""A programme or plan named before the span in its clause: the span is its term."""


def span_bound(text: str, period: Period) -> tuple[date, bool]:
    """The first day a visit overseeing `period` (a span of whole years in `text`) can fall on, as far as the span
    says: its last year's first day for a programme's term; for a span that closed, the middle of its last year
    less the weeks reports come early (`date_cues.EARLY_REPORT`). True with it when the span is one that closed."""
    last = period.last.year
    five_year_term = period.first.year % 5 == 1 and last == period.first.year + 4
    if five_year_term or _PROGRAMME.search(text[:period.start]):
        return date(last, 1, 1), False
    return date(last, 7, 1) - EARLY_REPORT, True
