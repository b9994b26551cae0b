"""The spans of days that figures cover: "từ 1/7 đến 6/9", "6 tháng đầu năm 2024", "quý III/2023", "năm 2022".

A period without a year takes the visit's; one written as a comparison ("so
với năm 2020") or a plan's span ("giai đoạn 2021-2025") is kept but marked as
no data period. `dates` reads the visit day; this module the periods.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ..dates import safe_day
from .year_lives import life_event_year

_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                 "mười": 10, "mười một": 11, "mười hai": 12}
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_N = r"(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười)"
_RANGE = re.compile(
    r"\btừ\s+(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?"
    r"(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|(nay|hiện nay|hiện tại))(?!\d)", re.IGNORECASE)
_RANGE_TO_MONTH = re.compile(
    r"\btừ\s+(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?"
    r"tháng\s*(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})(?![\d/.-]\d)", re.IGNORECASE)
"""A day to the end of a month: "từ ngày 1/7/2025 đến hết tháng 2/2026" is 1/7/2025 to 28/2/2026, not the end month
alone (a tryout of session 33 gave its figures February only: `_MONTH` read the end, `_RANGE` wants a day there)."""
_SINCE_YEAR_START = re.compile(
    r"\btừ\s+đầu\s+năm(?:\s+(\d{4}))?\s+(?:đến|tới)\s+(?:nay|hiện nay|hiện tại)", re.IGNORECASE
)
_YEAR_START_TO_DAY = re.compile(
    r"\btừ\s+đầu\s+năm(?:\s+(?:nay|(\d{4})))?\s*,?\s*(?:(?:tính\s+)?(?:đến|tới)|tính\s+đến)\s+(?:hết\s+)?(?:ngày\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/.-]\d)", re.IGNORECASE)
"""The year's start to a day: "từ đầu năm đến ngày 30/9/2024", "từ đầu năm 2024 đến hết 31/10", "từ đầu năm, tính đến
30/9" is 1 January to that day (issue 12: `_SINCE_YEAR_START` knew "đến nay" only, and the figures had no period)."""
_MONTHS_OF_YEAR = re.compile(r"(?<![\d.,])" + _N + r"\s+tháng\s+(?:đầu\s+)?năm(?:\s+(\d{4}))?(?!\d)", re.IGNORECASE)
_QUARTER = re.compile(r"\bquý\s+(iv|iii|ii|i|[1-4])(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})(?!\d)", re.IGNORECASE)
_MONTH = re.compile(r"\btháng\s*(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})(?!\d)", re.IGNORECASE)
_FULL_YEAR = re.compile(r"\bnăm\s+(\d{4})((?:\s*(?:,|và)\s*\d{4}(?!\d|[.,]\d|/))*)(?!\d|[.,]\d|/)", re.IGNORECASE)
"""A year ("năm 2024"), or a list of whole years ("năm 2016, 2017", "năm 2021 và 2022")."""
_PLAN_CLAUSE = re.compile(r"\b(?:kế hoạch|mục tiêu|phấn đấu|dự kiến|chỉ tiêu|định hướng)\b[^,;.]{0,70}$", re.IGNORECASE)
_DOCUMENT_NAMED = re.compile(r"\b(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh|Nghị quyết|Nghị định|Thông tư|Chỉ thị)\b"
                             r"[^,;.()\"'“”‘’]{0,60}$")
"""A law's or a resolution's year in its name ("Luật Bảo vệ môi trường năm 2020", "Nghị quyết số 43 năm 2022"): the
year it was passed, no period of figures (the name is capitalised, "pháp luật về ..." is none)."""
_YEAR_RANGE = re.compile(r"(?:\bgiai\s+đoạn\s+(?:năm\s+)?|\btừ\s+năm\s+)(\d{4})\s*(?:-|–|đến|tới)\s*"
                         r"(?:năm\s+)?(\d{4})(?!\d)", re.IGNORECASE)
"""A span of whole years: "giai đoạn 2021-2025", "giai đoạn năm 2009 - 2023" (the year word may lead it), "từ năm
2016 đến năm 2020"."""

@dataclass(frozen=True)
class Period:
    """A span of days a figure covers, where its words are in the sentence."""

    first: date
    last: date
    start: int
    end: int
    text: str
    data: bool = True
    """False for a comparison ("so với năm 2020") or a plan's span ("giai đoạn 2021-2025")."""
    bare_year: bool = False
    """A year named alone ("năm 2024"): a period over only if the sentence reports results for it."""
    plan: bool = False
    """Named in a plan's clause ("kế hoạch phát triển kinh tế - xã hội năm 2024"): may lie ahead of the visit."""



def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def find_periods(text: str, visit: date | None) -> list[Period]:
    """The periods written in one sentence, in order; a period without a year takes the visit's."""
    periods: list[Period] = []
    taken: list[tuple[int, int]] = []

    def add(first: date | None, last: date | None, span: tuple[int, int], data: bool = True,
            bare_year: bool = False, plan: bool = False) -> None:
        if first and last and first <= last and not _overlaps(span, taken):
            periods.append(Period(first, last, span[0], span[1], text[span[0]:span[1]], data, bare_year, plan))
            taken.append(span)

    for m in _RANGE.finditer(text):
        first, last = _range(m, visit)
        add(first, last, m.span())
    for m in _RANGE_TO_MONTH.finditer(text):
        end_year, end_month = int(m[6]), int(m[5])
        if 1 <= end_month <= 12:
            add(safe_day(int(m[4]), int(m[3]), int(m[1])), _month_end(end_year, end_month), m.span())
    for m in _SINCE_YEAR_START.finditer(text):
        year = int(m[1]) if m[1] else visit.year if visit else None
        if year and visit:
            add(date(year, 1, 1), visit, m.span())
    for m in _YEAR_START_TO_DAY.finditer(text):
        last_year = int(m[4]) if m[4] else int(m[1]) if m[1] else visit.year if visit else None
        last = safe_day(last_year, int(m[3]), int(m[2])) if last_year else None
        if last and visit and not (m[4] or m[1]) and last > visit:
            last = safe_day(last.year - 1, last.month, last.day)  # a day after the visit: last year's
        add(date(last.year, 1, 1) if last else None, last, m.span())
    for m in _YEAR_RANGE.finditer(text):
        add(date(int(m[1]), 1, 1), date(int(m[2]), 12, 31), m.span(), data=False)
    for m in _MONTHS_OF_YEAR.finditer(text):
        months = _count(m[1])
        year = int(m[2]) if m[2] else visit.year if visit else None
        if year and months and 1 <= months <= 12:
            add(date(year, 1, 1), _month_end(year, months), m.span())
    for m in _QUARTER.finditer(text):
        quarter, year = _QUARTERS[m[1].lower()], int(m[2])
        add(date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3), m.span())
    for m in _MONTH.finditer(text):
        month, year = int(m[1]), int(m[2])
        if 1 <= month <= 12 and not life_event_year(text, m.start()):  # "hy sinh tháng 4 năm 1972" (year_lives)
            add(date(year, month, 1), _month_end(year, month), m.span())
    for m in _FULL_YEAR.finditer(text):
        year = int(m[1])
        listed = [int(y) for y in re.findall(r"\d{4}", m[2] or "")]
        final_year = max([year, *listed])
        before = text[max(0, m.start() - 12):m.start()].lower()
        if 1950 <= year <= 2200 and final_year - year < 10 and not life_event_year(text, m.start()):
            planned = bool(_PLAN_CLAUSE.search(text[max(0, m.start() - 80):m.start()]))
            add(date(year, 1, 1), date(final_year, 12, 31), m.span(),
                data=not re.search(r"(so với|kế hoạch|đến|tới)\s*$", before) and
                not _DOCUMENT_NAMED.search(text[max(0, m.start() - 70):m.start()]), bare_year=not listed,
                plan=planned)
    periods.sort(key=lambda p: p.start)
    return _join(periods, text)


def _join(periods: list[Period], text: str) -> list[Period]:
    """"Năm 2021 và 7 tháng năm 2022" is one period: 1/1/2021 to 31/7/2022."""
    joined: list[Period] = []
    for period in periods:
        if joined and re.fullmatch(r"\s*(?:và|,|-|–|đến)\s*", text[joined[-1].end:period.start]) \
                and joined[-1].last < period.last:
            previous = joined.pop()
            period = Period(previous.first, period.last, previous.start, period.end, text[previous.start:period.end],
                            previous.data or period.data)  # joined: no longer a bare year
        joined.append(period)
    return joined


def _range(m: re.Match, visit: date | None) -> tuple[date | None, date | None]:
    d1, m1, y1 = int(m[1]), int(m[3]), int(m[4]) if m[4] else None
    if m[8]:
        if visit is None:
            return None, None
        last = visit
        y1 = y1 or visit.year
        first = safe_day(y1, m1, d1)
        if first and first > last:
            first = safe_day(y1 - 1, m1, d1)
        return first, last
    d2, m2, y2 = int(m[5]), int(m[6]), int(m[7]) if m[7] else None
    if y2 is None and y1 is not None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    if y2 is None:
        if visit is None:
            return None, None
        y2 = visit.year if (m2, d2) <= (visit.month, visit.day) else visit.year - 1
    if y1 is None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    return safe_day(y1, m1, d1), safe_day(y2, m2, d2)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word.lower())


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period_spans(text: str) -> list[tuple[int, int]]:
    """Where periods are written, visit year unknown: for telling figures from dates."""
    spans = [(p.start, p.end) for p in find_periods(text, date(2000, 1, 1))]
    spans += [m.span() for m in _RANGE.finditer(text)]
    spans += [m.span() for m in _MONTHS_OF_YEAR.finditer(text)]
    return spans
