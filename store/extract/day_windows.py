"""The time a survey takes, stated with its days: "Theo Kế hoạch ..., thời gian khảo sát từ ngày 22/12 đến ngày
28/12/2025". The window is the visit's, its first day the visit's day (ranked below a day the text opens with, in
`dates.find_visit_day`). A window of months or years is the period the oversight covers ("thời gian giám sát từ ngày
01/7/2021 đến ngày 30/6/2023"), whose days are no visit's: a window counts only when it lasts two months at most.

The window may be written bare, with no survey word, as a clause of the visit's own sentence ("Ban ... đã làm việc
với UBND phường A về ..., thời gian từ ngày 10/11 đến ngày 14/11/2025"): it counts when the clause opens the
sentence or follows a comma, a visit verb comes before it in the sentence, and it has both its days. Within a clause
("trong thời gian từ ngày 1/7 đến ngày 15/8, phường đã tiếp nhận ...") it is the period a figure covers.
"""

from __future__ import annotations

import re
from datetime import date

from .days import DayMention

_STATED_WINDOW = re.compile(r"\bthời\s+gian\s+(?:khảo\s+sát|giám\s+sát|kiểm\s+tra|làm\s+việc)"
                            r"(?:\s+(?:thực\s+tế|trực\s+tiếp))?\s*(?:là\s+|:\s*)?(?:từ\s+)?(?:ngày\s+)?$",
                            re.IGNORECASE)
_BARE_WINDOW = re.compile(r"(?:^|[,;]\s*)[Tt]hời\s+gian\s*(?::\s*)?(?:là\s+)?từ\s+(?:ngày\s+)?$")
"""A window with no survey word, opening the sentence or a clause of it: ", thời gian từ ngày"."""
_VISIT_VERB = re.compile(r"\b(?:khảo\s+sát|giám\s+sát|kiểm\s+tra|làm\s+việc|thăm)\b", re.IGNORECASE)
_TO = re.compile(r"\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?$", re.IGNORECASE)
LONGEST_WINDOW = 62
"""Days a survey's window may last; a longer one is the period overseen."""


def stated_window_start(text: str, mention: DayMention, mentions: list[DayMention]) -> bool:
    """Whether `mention` opens the survey's stated window in `text` (its sentence), a short one."""
    before = text[:mention.start]
    bare = _STATED_WINDOW.search(before) is None
    if bare and not (_BARE_WINDOW.search(before) and _VISIT_VERB.search(before)):
        return False
    last = next((m for m in mentions if m.start >= mention.end and _TO.fullmatch(text[mention.end:m.start])), None)
    if last is None:
        return not bare  # one day ("thời gian khảo sát: ngày 5/6/2024"); a bare one is no window
    first_year = mention.year or last.year or 2000
    try:
        span = (date(last.year or first_year, last.month, last.day) - date(first_year, mention.month, mention.day)).days
    except ValueError:
        return False
    return 0 <= span <= LONGEST_WINDOW
