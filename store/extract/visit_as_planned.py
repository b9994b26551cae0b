"""A visit told done in a sentence that opens on the plan it followed: "Theo kế hoạch, ngày 10/11, đoàn ... đã đến
làm việc với UBND xã A".

`visit_evidence` passes over a sentence that opens with "Theo kế hoạch": most such sentences are a plan's timetable
("Theo kế hoạch, ngày 12/6, Đoàn sẽ khảo sát tại ...", "Theo kế hoạch, ... thành lập 4 đoàn"), days still to come.
A short report often opens the same way on a visit already made, told with its own day and "đã" (session 27
visits4 left it open): that sentence is the visit's, as "Thực hiện kế hoạch ..., đoàn ... đã kiểm tra ..." always was.
The day and the verb told done must both be there, and the visit must be told done before anything is said to come:
"Theo kế hoạch, ngày 12/11, đoàn sẽ làm việc ..." and a timetable with no day of its own stay a plan.

Without "đã|vừa" ("Theo kế hoạch, sáng 10/11/2025, đoàn ... làm việc với UBND xã A") the sentence reads the same as a
timetable; what tells them apart is when it was written (s28 held2 left it open). Published on or after its day, with
nothing said to come, it tells the visit made; published before its day, or with no publication date, it stays a
plan (`told_on_its_day`). A day with no year takes the publication's. A day named relative to the page ("Theo kế
hoạch, sáng nay, đoàn ... làm việc với UBND xã A") was written on the day or after it: the visit made, published or
not (`day_relative`; session 30 rel1).

An assignment cited the same way opens such a sentence too ("Theo (sự) phân công của Thủ tướng, chiều 22/4, Phó Thủ
tướng X đã kiểm tra ... tại tỉnh A"): `visit_evidence`'s "task given" guard read "phân công" as an order, and the
visit was lost (s28 f55 h1042). Cited with a day and a visit told done, it is the visit's; "Thủ tướng phân công Phó
Thủ tướng X kiểm tra ..." (an order, no "Theo") stays a task given (`cited_opening` is None for it).
"""

from __future__ import annotations

import re
from datetime import date

from .day_relative import relative_day

__all__ = ["cited_opening", "told_done_as_planned", "told_on_its_day"]

_OPENS_ON_THE_PLAN = re.compile(r"\W*theo\s+(?:kế\s+hoạch|(?:sự\s+)?phân\s+công)\b", re.IGNORECASE)
_CITED_CLAUSE = re.compile(r"\W*theo\s+(?:sự\s+)?phân\s+công\b[^,;.]{0,80},", re.IGNORECASE)
"""The cited assignment's own clause, up to its comma: "Theo phân công của Thủ tướng,"."""
_OWN_DAY = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})", re.IGNORECASE)
"""A day of the sentence's own ("ngày 10/11/2025", "sáng 3/9", "hôm qua")."""
_DONE = re.compile(r"\b(?:đã|vừa)\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|làm việc|đến|tới|thăm)\b",
                   re.IGNORECASE)
"""The visit told done: "đã đến làm việc", "đã khảo sát", "vừa kiểm tra"."""
_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\b", re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r"[^,]*,\s*(?:vào\s+)?(?:buổi\s+)?"
                               r"(?:(?:sáng|chiều|tối|trưa)\s+(?:hôm\s+)?|(?:ngày\s+)?hôm\s+)(?:nay|qua)\b",
                               re.IGNORECASE)
"""The plan's clause, then the page's day or the one before ("Theo kế hoạch, chiều nay")."""


_DAY_WRITTEN = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa)\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?",
                          re.IGNORECASE)
_AT_WORK = re.compile(r"\b(?:làm việc\s+(?:với|tại)|(?:giám sát|khảo sát|kiểm tra)\s+(?:việc|tại|công tác|tình hình|"
                      r"thực tế)|đến\s+(?:làm việc|thăm|kiểm tra|khảo sát)|thăm)\b", re.IGNORECASE)
"""The visit told as the sentence's verb ("làm việc với UBND xã A", "kiểm tra việc ...", "khảo sát tại ...")."""
_NAMING = re.compile(r"(?:(?<!trưởng\s)(?:đoàn|tổ)|kế hoạch|chương trình|nội dung|của)\s+$", re.IGNORECASE)
"""Words before the verb that make it a noun ("đoàn kiểm tra tại", "kế hoạch giám sát việc"); not the head's title
("làm trưởng đoàn làm việc với")."""


def told_on_its_day(text: str, published: date | None) -> bool:
    """Whether `text`, opening on the plan with a day written and a visit as its verb but no "đã|vừa", was
    published on or after that day, nothing in it said to come: the visit made, not the timetable."""
    if not _OPENS_ON_THE_PLAN.match(text) or _TO_COME.search(text):
        return False
    day = _DAY_WRITTEN.search(text)
    if day is None and (relative := _RELATIVE_OPENING.match(text)) and relative_day(text, None):
        # "Theo kế hoạch, sáng nay, đoàn ... làm việc với ...": written that day or after, so made (day_relative)
        return any(not _NAMING.search(text, 0, m.start()) for m in _AT_WORK.finditer(text, relative.end()))
    if day is None or published is None:
        return False
    try:
        when = date(int(day[3]) if day[3] else published.year, int(day[2]), int(day[1]))
    except ValueError:
        return False
    verbs = [m for m in _AT_WORK.finditer(text, day.end()) if not _NAMING.search(text, 0, m.start())]
    return bool(verbs) and when <= published


def told_done_as_planned(text: str, published: date | None = None) -> bool:
    """Whether `text` opens on the plan ("Theo kế hoạch ...") and tells, on a day of its own, a visit made: told
    done, or told on a day not after the article's `published` one."""
    if not _OPENS_ON_THE_PLAN.match(text) or not _OWN_DAY.search(text):
        return False
    done = _DONE.search(text)
    if done is None:
        return told_on_its_day(text, published)
    to_come = _TO_COME.search(text)
    return to_come is None or to_come.start() > done.start()  # "đã làm việc ...; ngày 12/11 sẽ ...": made first


def cited_opening(text: str) -> int:
    """The length of an opening clause citing an assignment ("Theo phân công của Thủ tướng,") in a sentence that
    tells, on a day of its own, a visit made; 0 otherwise (an order given, a plan, no day, nothing done)."""
    m = _CITED_CLAUSE.match(text)
    return m.end() if m is not None and told_done_as_planned(text) else 0
