"""Dates as Vietnamese reports and users write them, read into ISO dates and ranges.

A filter such as `2025`, `9/2025` or `16/5/2023` means a span of days, so
parsing returns the span; a record's own date is a single day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from dateutil import parser as dateutil_parser

from .folding import fold


class DateError(ValueError):
    """Text that names no real date."""


@dataclass(frozen=True)
class Span:
    """An inclusive range of days."""

    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


_YEAR = re.compile(r"(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MONTH_YEAR = re.compile(r"(?:thang )?(\d{1,2})(?:[-/.]| nam )(\d{4})")
_QUARTER = re.compile(r"(?:quy|q) ?([1-4])(?:[-/.]| nam )(\d{4})")
_WORDY_DAY = re.compile(r"(\d{1,2}) thang (\d{1,2}) nam (\d{4})")
_LEADING_WORDS = re.compile(r"^(?:(?:sang|chieu|toi|trua) )?(?:ngay )?")


def parse_span(text: str) -> Span:
    """Read one date expression into the days it covers.

    `2025` → the year, `2025-09` or `9/2025` → the month, `quý 1/2023` → the
    quarter, `16/5/2023`, `2025-05-16`, `27 tháng 11 năm 2025` → one day.
    """
    cleaned = _LEADING_WORDS.sub("", fold(text)).strip()
    if not cleaned:
        raise DateError("empty date")
    if m := _YEAR.fullmatch(cleaned):
        year = _real_year(int(m[1]), text)
        return Span(date(year, 1, 1), date(year, 12, 31))
    if m := _YEAR_MONTH.fullmatch(cleaned):
        return _month_span(int(m[1]), int(m[2]), text)
    if m := _MONTH_YEAR.fullmatch(cleaned):
        return _month_span(int(m[2]), int(m[1]), text)
    if m := _QUARTER.fullmatch(cleaned):
        quarter, year = int(m[1]), int(m[2])
        first = _month_span(year, quarter * 3 - 2, text)
        return Span(first.start, _month_span(year, quarter * 3, text).end)
    if m := _WORDY_DAY.fullmatch(cleaned):
        day = _make_date(int(m[3]), int(m[2]), int(m[1]), text)
        return Span(day, day)
    day = parse_day(cleaned)
    return Span(day, day)


def parse_day(text: str) -> date:
    """One calendar day with its year: ISO or day-first Vietnamese forms."""
    cleaned = _LEADING_WORDS.sub("", fold(text)).strip()
    if m := _WORDY_DAY.fullmatch(cleaned):
        return _make_date(int(m[3]), int(m[2]), int(m[1]), text)
    if not re.search(r"\d{4}", cleaned):
        raise DateError(f"{text!r} has no year")
    if not re.fullmatch(r"[\d\s./-]+|\d{4}-\d{2}-\d{2}t[\d:.+z-]*", cleaned):
        raise DateError(f"{text!r} is not a date")
    year_first = bool(re.match(r"\d{4}", cleaned))
    try:
        parsed = dateutil_parser.parse(cleaned, dayfirst=not year_first, yearfirst=year_first)
    except (ValueError, OverflowError) as error:
        raise DateError(f"{text!r} is not a real date ({error})") from None
    return parsed.date()


def parse_range(text: str) -> Span:
    """A date-range filter: `2025`, `2025-07..2025-09`, `since 1/7/2025`, `until 2023`.

    Vietnamese `từ`/`đến` work as `since`/`until`.
    """
    cleaned = fold(text).strip()
    for word in ("since ", "from ", "tu "):
        if cleaned.startswith(word):
            return Span(parse_span(cleaned[len(word):]).start, date.max)
    for word in ("until ", "to ", "den "):
        if cleaned.startswith(word):
            return Span(date.min, parse_span(cleaned[len(word):]).end)
    if ".." in cleaned:
        low, _, high = cleaned.partition("..")
        start = parse_span(low).start if low.strip() else date.min
        end = parse_span(high).end if high.strip() else date.max
        if start > end:
            raise DateError(f"{text!r} ends before it starts")
        return Span(start, end)
    return parse_span(cleaned)


def iso(day: date) -> str:
    return day.isoformat()


def _real_year(year: int, text: str) -> int:
    # `0000` matches the year patterns, but there is no year 0: a DateError, not a ValueError from `date`
    if year < 1:
        raise DateError(f"{text!r}: there is no year {year}")
    return year


def _month_span(year: int, month: int, text: str) -> Span:
    _real_year(year, text)
    if not 1 <= month <= 12:
        raise DateError(f"{text!r}: there is no month {month}")
    last = calendar.monthrange(year, month)[1]
    return Span(date(year, month, 1), date(year, month, last))


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateError(f"{text!r} is not a real date ({error})") from None
