"""The visit's days written in brackets, which `dates` reads as no one's.

A report may open with how long the team worked and give the days in brackets ("Trong 2 ngày làm việc (từ
20-21/12/2018), Đoàn giám sát ..."), or give them in brackets after the visit's clause ("Đoàn ... đã giám sát tại
UBND xã X (từ ngày 4 đến 6/6/2024)", "... trong 2 ngày (20 và 21/12/2018)"). Either way the first day is the
visit's: the brackets hold nothing but the days, and the sentence is the team's at work.
"""

from __future__ import annotations

import re

from .days import DayMention

_WORKING_DAYS = re.compile(r"\W*trong\s+(?:\S+\s+)?ngày(?:\s+làm\s+việc)?\s*\(?\s*(?:từ\s+(?:ngày\s+)?)?",
                           re.IGNORECASE)
"""What opens the sentence before the days: "Trong 2 ngày làm việc (từ ", "Trong hai ngày làm việc từ "."""
_BRACKET_OPENS = re.compile(r"\(\s*(?P<from>từ\s+)?(?:ngày\s+)?$", re.IGNORECASE)
_BRACKET_CLOSES = re.compile(r"\s*\)")
_TWO_DAYS = re.compile(r"\d\s*(?:[-–]|đến|tới|và)\s*(?:ngày\s+)?\d", re.IGNORECASE)
_AT_WORK = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)


def opens_with_working_days(text: str, mention: DayMention) -> bool:
    """ "Trong 2 ngày làm việc (từ 20-21/12/2018), ...": the days of the working days that open the sentence, said
    so ("ngày làm việc") — a team's days whoever the sentence goes on to name ("Đ/c Chủ nhiệm ... đánh giá cao")."""
    return bool(_WORKING_DAYS.fullmatch(text[:mention.start])) and bool(re.search(r"\blàm\s+việc\b",
                                                                                 text[:mention.start]))


def bracketed_after_the_visit(text: str, mention: DayMention) -> bool:
    """ "... đã giám sát tại UBND xã X (từ ngày 4 đến 6/6/2024).": days alone in brackets after the visit's verb."""
    opened = _BRACKET_OPENS.search(text[:mention.start])
    if not opened or not _BRACKET_CLOSES.match(text, mention.end):
        return False
    if not opened["from"] and not _TWO_DAYS.search(mention.text):
        return False  # one day alone in brackets may be a document's or an event's the clause names
    return bool(_AT_WORK.search(text[:opened.start()]))
