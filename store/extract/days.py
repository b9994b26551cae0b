"""Days as reports write them, found in a sentence: "4-9", "24/5", "16/5/2023", "27 tháng 11 năm 2025", "9,10/6/2020".

Which of them is the visit's day, and its year, is `dates`' business; a day written here is also never a
figure (`figure_numbers` masks them), so a shape read wrongly as a day hides a number and one missed is
counted as one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .day_dashes import dashed_days
from .day_spans import wordy_span_starts
from .periods import _RANGE

__all__ = ["DayMention", "day_mentions", "in_period", "time_spans", "year_spans"]

_D = r"(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?"
_DAY_MONTH = re.compile(r"(?<![\d.,/:])" + _D + r"(?!\d|[.,]\d|/\d|\s*%)")
_WORDY = re.compile(r"(?<![\d.,])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,|\.)\s*(\d{4}))?(?!\d|[.,]\d)",
                    re.IGNORECASE)
"""A day in words: "27 tháng 11 năm 2025", "5 tháng 9.2023" (the year after a dot). A month followed by more digits is
no day: "lũy kế 10 tháng 3.798,254 tỷ đồng" counts ten months, then an amount."""
_WORDY_SPAN = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:-|–|đến|tới|và)\s*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})"
                         r"(?:\s*(?:năm|,|\.)\s*(\d{4}))?(?!\d|[.,]\d)", re.IGNORECASE)
"""Days of one month in words: "từ ngày 28 đến ngày 30 tháng 7 năm 2022", "24 và 25 tháng 9"; the first is the day."""
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
"""A weekday, which reports write before the day: "Thứ Năm, 13.11", "Chủ nhật (5.10)"."""
_TWO_DAYS = re.compile(r"(?<![\d.,/])(\d{1,2})(?:\s*,\s*\d{1,2}(?![\d/.-]))*\s*(?:,|-|–|và|đến|"
                       r"tới)\s*(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\3\s*(\d{4}))?"
                       r"(?!\d|[.,]\d|/\d|\s*%)")
"""Two or more days of one month: "9,10/6/2020", "24 và 25/9", "5, 6 và 7/6/2023" (a comma between days is no
decimal); the first is the visit's day."""
_DAY_WORD_BEFORE = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|từ)\s*$", re.IGNORECASE)
"""A word that says days follow: "từ ngày 13 - 20.9" are days, where "13 - 20.9" alone may be numbers."""
_SPAN_START = re.compile(r"(?<![\d.,/])(\d{1,2})\s*/\s*(\d{1,2})\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*/\s*"
                         r"(\d{1,2})\s*/\s*(\d{4})(?!\d)")
"""The first day of a span whose last day has the year: "từ ngày 26/8 - 1/9/2020" (the year is written)."""
_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(
    r"(?<![\d.,])\d{1,2}(?::\d{2}){1,2}(?!\d)|(?<![\d.,])\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?!\w)", re.IGNORECASE
)
_YEAR = re.compile(r"(?<![\d.,/])(19[5-9]\d|20\d\d|21\d\d)(?!\d|[.,]\d)")


@dataclass(frozen=True)
class DayMention:
    """A day written in the text: 4-9, 24/5, 16/5/2023, 27 tháng 11 năm 2025."""

    day: int
    month: int
    year: int | None
    start: int
    end: int
    text: str


def day_mentions(text: str) -> list[DayMention]:
    """Every day-month (optionally year) written in `text`, in order; impossible days left out."""
    found: list[DayMention] = []
    taken: list[tuple[int, int]] = []
    for m in _ISO.finditer(text):
        if _real(int(m[1]), int(m[2]), int(m[3])):
            found.append(DayMention(int(m[3]), int(m[2]), int(m[1]), m.start(), m.end(), m[0]))
            taken.append(m.span())
    for m in _SPAN_START.finditer(text):
        day, month, last_month, last_year = int(m[1]), int(m[2]), int(m[3]), int(m[4])
        span_year = last_year if month <= last_month else last_year - 1
        if _real(span_year, month, day) and 1 <= last_month <= 12 and not _overlaps(m.span(2), taken):
            found.append(DayMention(day, month, span_year, m.start(), m.end(2), m[0][:m.end(2) - m.start()]))
            taken.append((m.start(), m.end(2)))
    for m in _TWO_DAYS.finditer(text):
        year = int(m[5]) if m[5] else None
        first, second, month = int(m[1]), int(m[2]), int(m[4])
        if first < second and _plausible(first, month, year) and _plausible(second, month, year) \
                and (m[3] != "." or year or _DAY_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())) \
                and not _overlaps(m.span(), taken):
            found.append(DayMention(first, month, year, m.start(), m.end(), m[0]))
            taken.append(m.span())
    for day, month, year, span in wordy_span_starts(text):  # "từ ngày 07 tháng 11 đến ngày 10 tháng 11 năm 2017"
        if _real(year, month, day) and not _overlaps(span, taken):
            found.append(DayMention(day, month, year, span[0], span[1], text[span[0]:span[1]]))
            taken.append(span)
    for day, month, year, span in dashed_days(text):  # "Ngày 06 – 11": an en dash after a day word
        if _plausible(day, month, year) and not _overlaps(span, taken):
            found.append(DayMention(day, month, year, span[0], span[1], text[span[0]:span[1]]))
            taken.append(span)
    for m in _WORDY_SPAN.finditer(text):
        year = int(m[4]) if m[4] else None
        first, second, month = int(m[1]), int(m[2]), int(m[3])
        if first < second and _plausible(first, month, year) and _plausible(second, month, year) \
                and not _overlaps(m.span(), taken):
            found.append(DayMention(first, month, year, m.start(), m.end(), m[0]))
            taken.append(m.span())
    for m in _WORDY.finditer(text):
        year = int(m[3]) if m[3] else None
        if _plausible(int(m[1]), int(m[2]), year) and not _overlaps(m.span(), taken):
            found.append(DayMention(int(m[1]), int(m[2]), year, m.start(), m.end(), m[0]))
            taken.append(m.span())
    for m in _DAY_MONTH.finditer(text):
        if _overlaps(m.span(), taken):
            continue
        year = int(m[4]) if m[4] else None
        if m[2] == "." and year is None and not re.search(
                r"(?:ngày|sáng|chiều|tối|trưa|đêm|từ|đến|tới|" + _WEEKDAY + r"\s*[,(]?)\s*$",
                text[max(0, m.start() - 16):m.start()], re.IGNORECASE):
            continue  # "20.10" is a day only after a word that says so ("Thứ Năm, 13.11"); else it may be a number
        if _plausible(int(m[1]), int(m[3]), year):
            found.append(DayMention(int(m[1]), int(m[3]), year, m.start(), m.end(), m[0]))
    return sorted(found, key=lambda mention: mention.start)


def _plausible(day: int, month: int, year: int | None) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if year is None:
        return day <= calendar.monthrange(2024, month)[1]
    return _real(year, month, day)


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2200


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def time_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TIME.finditer(text)]


def year_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _YEAR.finditer(text)]


def in_period(text: str, mention: DayMention) -> bool:
    """Whether the day lies inside a span of days or months written around it ("từ ngày 1/7 đến 6/9")."""
    return any(m.start() <= mention.start < m.end() for m in _RANGE.finditer(text))
