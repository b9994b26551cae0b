"""The time a survey takes, stated with its days: "Theo Kế hoạch ..., thời gian khảo sát từ ngày 22/12 đến ngày
28/12/2025". The window is the visit's, its first day the visit's day (ranked below a day the text opens with, in
`dates.find_visit_day`). A window of months or years is the period the oversight covers ("thời gian giám sát từ ngày
01/7/2021 đến ngày 30/6/2023"), whose days are no visit's: a window counts only when it lasts two months at most.
"""

from __future__ import annotations

import re
from datetime import date

from .days import DayMention

_STATED_WINDOW = re.compile(r"\bthời\s+gian\s+(?:khảo\s+sát|giám\s+sát|kiểm\s+tra|làm\s+việc)"
                            r"(?:\s+(?:thực\s+tế|trực\s+tiếp))?\s*(?:là\s+|:\s*)?(?:từ\s+)?(?:ngày\s+)?$",
                            re.IGNORECASE)
_TO = re.compile(r"\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?$", re.IGNORECASE)
LONGEST_WINDOW = 62
"""Days a survey's window may last; a longer one is the period overseen."""


def stated_window_start(text: str, mention: DayMention, mentions: list[DayMention]) -> bool:
    """Whether `mention` opens the survey's stated window in `text` (its sentence), a short one."""
    if not _STATED_WINDOW.search(text[:mention.start]):
        return False
    last = next((m for m in mentions if m.start >= mention.end and _TO.fullmatch(text[mention.end:m.start])), None)
    if last is None:
        return True  # one day ("thời gian khảo sát: ngày 5/6/2024")
    first_year = mention.year or last.year or 2000
    try:
        span = (date(last.year or first_year, last.month, last.day) - date(first_year, mention.month, mention.day)).days
    except ValueError:
        return False
    return 0 <= span <= LONGEST_WINDOW
