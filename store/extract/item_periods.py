"""A deadline written as a period inside an ask: "hoàn thành trong quý IV", "trước tháng 3/2026", "cuối năm 2025".

`item_deadlines` reads a day ("trước ngày 15/12"); many asks name a month, a quarter or a year instead, and the
follow-up (`overdue`) can only watch an item that has an ISO day. The convention:

- a period the task must be done IN or BY ("trong tháng 12", "hết quý IV", "cuối năm 2025", "chậm nhất trong
  tháng 6", "hoàn thành quý I năm 2026") is due on that period's LAST day: whoever sets "trong quý IV" accepts
  the work on 31 December, so an earlier day would call the item overdue while it is still on time;
- a period the task must come BEFORE ("trước tháng 3/2026", "trước quý II", "trước năm 2026") is due on the
  period's FIRST day, as "trước ngày 1/3/2026" is (`item_deadlines` files "trước ngày D" as D itself): the same
  ask written with a day or with a month gets the same deadline;
- a holiday without a date ("trước Tết Nguyên đán") gives none: its day moves from year to year.

A period without a year takes the record's year ("trong năm nay" too), the next one when its month (a quarter's
last month) comes before the visit's month: a task set in November "trong tháng 1" or "trong quý I" is due in the
next year. Not a deadline: a span the report measures ("6 tháng cuối năm 2025", "số hồ sơ tiếp nhận trong tháng
10"), a period that is over ("trong quý III đã giải quyết …", "trong tháng 10 vừa qua", a year before the visit's)
and a recurring one ("trong quý IV hằng năm"). This module never changes the text; `item_deadline_cuts` takes a
deadline at its end out once it is read (session 42).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"(?:\s*[/-]\s*|\s+năm\s+)(\d{4})"
_PERIOD = re.compile(
    r"\b(?P<cue>trước|trong|cuối|hết|chậm nhất|hạn chót|hoàn thành|hoàn tất|xong)"
    r"(?P<fill>(?:\s+(?:là|vào|trong|hết|cuối|đến hết))*)\s+"
    r"(?:tháng\s+(?P<month>\d{1,2})(?:" + _YEAR.replace("(\\d{4})", "(?P<month_year>\\d{4})") + r")?"
    r"|tháng\s+(?P<month_word>này|nay|tới|sau)"
    r"|quý\s+(?P<quarter>IV|I{1,3}|[1-4])(?:" + _YEAR.replace("(\\d{4})", "(?P<quarter_year>\\d{4})") + r")?"
    r"|năm\s+(?P<year>\d{4}|nay|này|tới|sau)"
    r"|(?P<bare_year>năm)(?!\s+(?:qua|trước|ngoái|học|\d)))"
    r"(?![\d/-]|\w)",
    re.IGNORECASE,
)
"""A cue, its fillers ("chậm nhất là trong"), then a month, a quarter or a year; "cuối năm" alone too."""
_SPAN_BEFORE = re.compile(r"(?:\b\d+\s+(?:tháng|quý|năm)|\btháng|\bquý|\btừ|\bđến|\btới)\s*$", re.IGNORECASE)
"""Words before the cue that make the period a measured span ("6 tháng cuối năm", "từ/đến hết tháng 10")."""
_THING_BEFORE = re.compile(r"(?:\bnộp|\btiếp nhận|\bphát sinh|\btồn đọng|\btồn|\bcấp|\bban hành|\bđăng ký"
                           r"|\bcó hiệu lực|\bđược \S+)\s*$", re.IGNORECASE)
"""A thing's time ("hồ sơ tiếp nhận trong tháng 10"); not before a period's end ("tồn đọng trước cuối năm"): a
thing is not dated by when a period closes, a task is."""
_OVER_AFTER = re.compile(r"^\W*(?:\S+\s+){0,2}?(?:đã|vừa qua|vừa rồi|qua|trước đó)\b"
                         r"|^\s*(?:,\s*)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)\b", re.IGNORECASE)
"""A past verb just after the period ("trong quý III đã giải quyết"), or a recurring one ("hằng năm")."""
_BARE_YEAR_CUES = {"cuối", "hết"}


def period_deadline(text: str, visit_day: str | None) -> str | None:
    """The ISO day the first period named as an item's deadline in `text` ends (or, after "trước", starts)."""
    visit_year, visit_month = visit_of(visit_day)
    for m in _PERIOD.finditer(text):
        fillers = (m["fill"] or "").lower().split()
        ends = bool(_BARE_YEAR_CUES & {m["cue"].lower(), *fillers})
        if _SPAN_BEFORE.search(text[:m.start()]) or _OVER_AFTER.search(text[m.end():]):
            continue
        if not ends and _THING_BEFORE.search(text[:m.start()]):
            continue
        before = m["cue"].lower() == "trước" and not ends
        due = due_of_period(m, visit_year, visit_month, before, ends)
        if due is None:
            continue
        if visit_year is not None and due.year < visit_year:
            continue  # a year that is over when the visit is made: a past period, no task's end
        return due.isoformat()
    return None


def visit_of(visit_day: str | None) -> tuple[int | None, int | None]:
    """The record's year and month ("2025-11-10", or "2025-11" held in part; a bare year gives no month)."""
    m = re.match(r"(\d{4})(?:-(\d{2}))?", visit_day or "")
    return (int(m[1]), int(m[2]) if m[2] else None) if m else (None, None)


def due_of_period(m: re.Match[str], visit_year: int | None, visit_month: int | None, before: bool,
                  ends: bool) -> date | None:
    """The day a matched period gives: its first day after "trước", else its last; None without a year."""
    if m["bare_year"] and not ends:
        return None  # "trong năm" alone: a span, no end named
    if m["month"] or m["month_word"] or m["quarter"]:
        if m["month"]:
            first = last = int(m["month"])
            given = m["month_year"]
        elif m["quarter"]:
            quarter = _ROMAN.get(m["quarter"].lower()) or int(m["quarter"])
            first, last, given = 3 * quarter - 2, 3 * quarter, m["quarter_year"]
        else:
            if visit_month is None:
                return None
            first = last = visit_month + (m["month_word"].lower() in ("tới", "sau"))
            given = None
            if last == 13:
                first = last = 1
                visit_year = visit_year + 1 if visit_year else None
        if not 1 <= last <= 12:
            return None
        if given:
            year = int(given)
        elif visit_year is None:
            return None
        else:
            year = visit_year + (visit_month is not None and last < visit_month)  # a month already gone: next year's
        return date(year, first, 1) if before else date(year, last, calendar.monthrange(year, last)[1])
    word = (m["year"] or "nay").lower()
    if word.isdigit():
        year = int(word)
    elif visit_year is None:
        return None
    else:
        year = visit_year + (word in ("tới", "sau"))
    return date(year, 1, 1) if before else date(year, 12, 31)
