"""Dates as Vietnamese reports and users write them, read into ISO dates and ranges.

A filter such as `2025`, `9/2025` or `16/5/2023` means a span of days, so
parsing returns the span; a record's own date is a single day.

The project's rules decide what a date says; python-dateutil only reads what
they have already shaped into ISO form, so it never guesses an order:

* day first is a rule, not a hint: `16/5/2023` is 16 May, and `5/16/2023`
  is an error (there is no month 16), never silently 16 May;
* an impossible day, month or year (`31/2/2024`, `0000`) is a `DateError`
  with a message, never a crash;
* relative dates ("hôm qua", "sáng nay", "tuần trước") mean something only
  against a publication date (`read_relative`); without one they are
  unknown.

A filter's day or month without its year (`22/10`, `22-10`, `22.10`, `22 tháng 10`, `tháng 10`) is that day
or month in every year (`Yearly`): a visit remembered as "the one of 22/10" is found whatever its year, as
reports often leave the year out. A record's own date (`parse_day`) still needs its year.

Public API (stable): `DateError`, `Span`, `Yearly`, `parse_span`, `parse_day`,
`parse_range`, `parse_yearly`, `dashed_period`, `in_bounds`, `iso`, `safe_day`, and `Relative`, `read_relative`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dashes import DASHES
from .folding import fold


class DateError(ValueError):
    """Text that names no real date."""


class NotADate(DateError):
    """Text of no date's shape at all (`abc`, `2025x`) or one without its year (`1/7`), as opposed to a date's
    shape with an impossible month or day: a filter's year field says what a year is written as instead."""


@dataclass(frozen=True)
class Span:
    """An inclusive range of days."""

    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Yearly:
    """Days of the year in every year, each end as "MM-DD": `22/10` is 10-22..10-22, `tháng 9` 09-01..09-30;
    an end before its start wraps over New Year (`20/12..10/1`, the holidays of any year)."""

    start: str
    end: str

    def holds(self, day: str) -> bool:
        """Whether a stored day ("2025-10-22", or a draft's "????-10-22") falls on one of these days."""
        return in_bounds(day, *self.bounds())

    def bounds(self) -> tuple[str, str]:
        """The ends as ISO 8601 writes a day without its year ("--10-22"), as `Matcher.date_groups` keeps them."""
        return f"--{self.start}", f"--{self.end}"


def in_bounds(day: str, low: str, high: str) -> bool:
    """Whether the stored day `day` lies within (low, high): two ISO days, or two yearless ones ("--MM-DD", any
    year, wrapping over New Year when low > high): the one test every in-Python back end makes."""
    if not low.startswith("--"):
        return low <= day <= high
    month_day, low, high = day[5:10], low[2:], high[2:]
    return low <= month_day <= high if low <= high else (month_day >= low or month_day <= high)


@dataclass(frozen=True)
class Relative:
    """A relative date as written ("hôm qua"), and the days it means; `span` None: unknown (no publication date)."""

    phrase: str
    span: Span | None


_YEAR = re.compile(r"(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MONTH_YEAR = re.compile(r"(?:thang )?(\d{1,2})(?:[-/.]| nam )(\d{4})")
_QUARTER = re.compile(r"(?:quy|q) ?([1-4])(?:[-/.]| nam | )(\d{4})")  # "quý 3 2025", "Q3 2025" as typed too
_WORDY_DAY = re.compile(r"(\d{1,2}) thang (\d{1,2}) nam (\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(t[\d:.,+z-]*)?")
DATE_FORMS = "16/5/2023, 5/2023, 2023, 22/10 (any year) or 2025-07..2025-09"
"""The forms a date filter takes, each an example: every refusal of a date filter ends with them."""
PERIOD_FORMS = '11/2026, 2026-11, quý 4/2026, 1/11/2026..15/11/2026, "this month" or "last month"'
"""The forms a follow-up event's period takes (`answered:`, `store.item_events`): a refusal ends with them."""
_DAY_MONTH = re.compile(r"(\d{1,2})(?:[-/.]| thang )(\d{1,2})")
_MONTH_ONLY = re.compile(r"thang (\d{1,2})")
_LEAP = 2000
"""A leap year: a yearless day is real if it is real in some year (29/2 is)."""
_LEADING_WORDS = re.compile(r"^(?:vao )?(?:(?:sang|chieu|toi|trua|dem) )?(?:ngay )?")

# phrase → (unit, offset): days from the publication date, or the week, month or year before/of it
_RELATIVE = {
    "hom nay": ("day", 0), "sang nay": ("day", 0), "chieu nay": ("day", 0), "trua nay": ("day", 0),
    "toi nay": ("day", 0), "dem nay": ("day", 0), "ngay hom nay": ("day", 0),
    "hom qua": ("day", -1), "ngay hom qua": ("day", -1), "sang qua": ("day", -1), "chieu qua": ("day", -1),
    "toi qua": ("day", -1), "dem qua": ("day", -1), "trua qua": ("day", -1),
    "hom kia": ("day", -2), "ngay mai": ("day", 1), "sang mai": ("day", 1),
    "tuan nay": ("week", 0), "tuan truoc": ("week", -1), "tuan qua": ("week", -1),
    "thang nay": ("month", 0), "thang truoc": ("month", -1), "thang qua": ("month", -1),
    "nam nay": ("year", 0), "nam ngoai": ("year", -1), "nam truoc": ("year", -1), "nam qua": ("year", -1),
}


def parse_span(text: str, published: date | None = None) -> Span:
    """Read one date expression into the days it covers.

    `2025` → the year, `2025-09` or `9/2025` → the month, `quý 1/2023` → the
    quarter, `16/5/2023`, `2025-05-16`, `27 tháng 11 năm 2025` → one day;
    "hôm qua", "tuần trước" → against `published` (DateError without it).
    """
    cleaned = fold(text).strip()
    if (relative := read_relative(cleaned, published)) is not None:
        if relative.span is None:
            raise DateError(f"{text!r} is relative and there is no publication date to count from")
        return relative.span
    cleaned = _LEADING_WORDS.sub("", cleaned).strip()
    if not cleaned:
        raise DateError("empty date")
    if m := _YEAR.fullmatch(cleaned):
        return Span(_make_date(int(m[1]), 1, 1, text), _make_date(int(m[1]), 12, 31, text))
    if m := _YEAR_MONTH.fullmatch(cleaned):
        return _month_span(int(m[1]), int(m[2]), text)
    if m := _MONTH_YEAR.fullmatch(cleaned):
        return _month_span(int(m[2]), int(m[1]), text)
    if m := _QUARTER.fullmatch(cleaned):
        quarter, year = int(m[1]), int(m[2])
        first = _month_span(year, quarter * 3 - 2, text)
        return Span(first.start, _month_span(year, quarter * 3, text).end)
    day = parse_day(cleaned)
    return Span(day, day)


def parse_day(text: str) -> date:
    """One calendar day with its year: ISO (year first), or day first as Vietnamese writes it."""
    cleaned = _LEADING_WORDS.sub("", fold(text)).strip()
    if m := _WORDY_DAY.fullmatch(cleaned):
        return _make_date(int(m[3]), int(m[2]), int(m[1]), text)
    if m := _DAY_FIRST.fullmatch(cleaned):
        return _shaped(int(m[4]), int(m[3]), int(m[1]), "", text)
    if m := _YEAR_FIRST.fullmatch(cleaned):
        return _shaped(int(m[1]), int(m[3]), int(m[4]), (m[5] or "").upper(), text)
    if re.search(r"\d", cleaned) and not re.search(r"\d{4}", cleaned):  # `1/7`, `tháng 7`: a date but its year
        raise NotADate(f"{text!r} has no year")
    raise NotADate(f"{text!r} is not a date (write 16/5/2023 or 2023-05-16)")  # `abc` has no year either: no date


def parse_yearly(text: str) -> Yearly | None:
    """A day or month without its year (`22/10`, `22-10`, `22.10`, `22 tháng 10`, `tháng 10`) as those days in
    every year; None for text of another shape. Day first, as every date: `5/16` has no month 16."""
    cleaned = _LEADING_WORDS.sub("", fold(text)).strip()
    if m := _MONTH_ONLY.fullmatch(cleaned):
        first = _month_span(_LEAP, int(m[1]), text)
        return Yearly(first.start.isoformat()[5:], first.end.isoformat()[5:])
    m = _DAY_MONTH.fullmatch(cleaned)
    if m is None:
        return None
    day, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12:
        hint = f"; dates are written day first: did you mean {month}/{day}?" if 1 <= day <= 12 else ""
        raise DateError(f"{text!r}: there is no month {month}{hint}")
    found = _make_date(_LEAP, month, day, text).isoformat()[5:]
    return Yearly(found, found)


def parse_range(text: str) -> Span | Yearly:
    """A date-range filter: `2025`, `2025-07..2025-09`, `since 1/7/2025`, `until 2023`; without a year
    (`22/10`, `since 1/9`, `1/9..30/9`) days of the year in every year (`Yearly`).

    Vietnamese `từ`/`đến` work as `since`/`until`.
    """
    cleaned = fold(text).strip()
    for word in ("since ", "from ", "tu "):
        if cleaned.startswith(word):
            if (yearly := parse_yearly(cleaned[len(word):])) is not None:
                return Yearly(yearly.start, "12-31")
            return Span(parse_span(cleaned[len(word):]).start, date.max)
    for word in ("until ", "to ", "den "):
        if cleaned.startswith(word):
            if (yearly := parse_yearly(cleaned[len(word):])) is not None:
                return Yearly("01-01", yearly.end)
            return Span(date.min, parse_span(cleaned[len(word):]).end)
    if ".." not in cleaned and (period := dashed_period(text)) is not None:
        return parse_range(period)
    if ".." in cleaned:
        low, _, high = cleaned.partition("..")
        low_yearly = parse_yearly(low) if low.strip() else None
        high_yearly = parse_yearly(high) if high.strip() else None
        if low_yearly is not None and high.strip() and high_yearly is None:
            return _year_from_end(text, low_yearly, parse_span(high))
        if low_yearly is not None or high_yearly is not None:
            if high_yearly is not None and low.strip() and low_yearly is None:
                start = parse_span(low).start
                end = _in_year(high_yearly.end, start.year, text)
                end = end if end >= start else _in_year(high_yearly.end, start.year + 1, text)  # over New Year
                said = f"{low.strip()}..{_written(end)}"
                raise DateError(f"{text!r} has a year at one end only: did you mean {said}?")
            return Yearly(low_yearly.start if low_yearly else "01-01", high_yearly.end if high_yearly else "12-31")
        start = parse_span(low).start if low.strip() else date.min
        end = parse_span(high).end if high.strip() else date.max
        if start > end:
            raise DateError(f"{text!r} ends before it starts")
        return Span(start, end)
    if (yearly := parse_yearly(cleaned)) is not None:
        return yearly
    return parse_span(text.strip())  # folds it too; a refusal quotes it as typed ('tuần này', not 'tuan nay')


_PERIOD_DASH = re.compile(rf"\s*[{DASHES.replace('-', '')}]\s*|\s+-\s*|\s*-\s+")
"""A dash no date holds: an en or em dash (any but the hyphen), or a hyphen with a space on either side."""
_BARE = re.compile(r"\d{1,2}")
_END_MONTH = re.compile(r"\d{1,2}([-/.])(\d{4})")
_END_DAY = re.compile(r"\d{1,2}([-/.])(\d{1,2})\1(\d{4})")


def dashed_period(text: str) -> str | None:
    """A period written with a dash, as the program (`store.periods`) and pages write one, in the filter's form
    `low..high`: "1/7–6/9/2025", "1/7 - 6/9/2025", "1/7-6/9/2025" → "1/7..6/9/2025"; "7–8/2025" → "7/2025..8/2025"
    and "1–6/9/2025" → "1/9/2025..6/9/2025" (a bare start takes what it lacks from the end). None for text of
    another shape, for two such dashes, and where a hyphen could split the text in two ways (or is a date's own:
    "2025-07-01", "22-10")."""
    typed = " ".join(text.split())
    if ".." in typed:
        return None
    spaced = list(_PERIOD_DASH.finditer(typed))
    if spaced:
        return _period(typed[:spaced[0].start()], typed[spaced[0].end():]) if len(spaced) == 1 else None
    if "-" not in typed or _reads(typed):
        return None
    periods = [found for at, char in enumerate(typed) if char == "-"
               if (found := _period(typed[:at], typed[at + 1:])) is not None]
    return periods[0] if len(periods) == 1 else None


def _period(low: str, high: str) -> str | None:
    low, high = low.strip(), high.strip()
    if not low or not _reads(high):
        return None
    if _BARE.fullmatch(low) and (m := _END_DAY.fullmatch(high)):
        low = f"{low}{m[1]}{m[2]}{m[1]}{m[3]}"
    elif _BARE.fullmatch(low) and (m := _END_MONTH.fullmatch(high)):
        low = f"{low}{m[1]}{m[2]}"
    return f"{low}..{high}" if _reads(low) else None


def _reads(text: str) -> bool:
    """Whether `text` is one end of a range: a date, a month, a year, a quarter, a day without its year."""
    try:
        return parse_yearly(text) is not None or bool(parse_span(text))
    except DateError:
        return False


def _year_from_end(text: str, low: Yearly, high: Span) -> Span:
    """`1/9..31/10/2025`: the start takes the end's year, as the program writes a period ("1/9–31/10/2025"). A start
    that would then come after the end (`1/11..31/1/2026`) is refused with both years written out: over New Year
    the reader's year is not certain."""
    start = _in_year(low.start, high.end.year, text)
    if start > high.end:
        said = f"{_written(_in_year(low.start, high.end.year - 1, text))}..{_written(high.end)}"
        raise DateError(f"{text!r} has a year at one end only: did you mean {said}?")
    return Span(start, high.end)


def _in_year(month_day: str, year: int, text: str) -> date:
    """A `Yearly` bound ("09-01") in `year`; 29/2 of a common year is refused as the date it is."""
    return _make_date(year, int(month_day[:2]), int(month_day[3:]), text)


def _written(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def read_relative(text: str, published: date | None = None) -> Relative | None:
    """"hôm qua", "sáng nay", "tuần trước"... as days counted from `published`; None if `text` is not relative.

    Without `published` the phrase is recognized but its days are unknown
    (`Relative.span` is None): a report's "hôm qua" is not the reader's.
    A week runs Monday to Sunday.
    """
    phrase = re.sub(r"^(?:vao |trong )", "", fold(text).strip(" .,"))
    found = _RELATIVE.get(phrase)
    if found is None:
        return None
    if published is None:
        return Relative(text.strip(), None)
    unit, offset = found
    if unit == "day":
        day = published + timedelta(days=offset)
        return Relative(text.strip(), Span(day, day))
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=offset)
        return Relative(text.strip(), Span(monday, monday + timedelta(days=6)))
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + offset, 12)
        return Relative(text.strip(), _month_span(year, month + 1, text))
    year = published.year + offset
    return Relative(text.strip(), Span(_make_date(year, 1, 1, text), _make_date(year, 12, 31, text)))


def iso(day: date) -> str:
    return day.isoformat()


def safe_day(year: int, month: int, day: int) -> date | None:
    """The day, or None where the numbers name none (31/2): for the extractor, which reads days from any text."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shaped(year: int, month: int, day: int, time: str, text: str) -> date:
    """The rules have fixed year, month and day; dateutil reads the ISO text they make (and any time of day)."""
    if not 1 <= month <= 12:
        hint = f"; dates are written day first: did you mean {month}/{day}/{year}?" if 1 <= day <= 12 else ""
        raise DateError(f"{text!r}: there is no month {month}{hint}")
    _make_date(year, month, day, text)
    if not time:  # a plain day: _make_date has checked it, dateutil (a costly import at start-up) is not needed
        return date(year, month, day)
    from dateutil import parser as dateutil_parser  # noqa: PLC0415 - only for a time of day

    try:
        return dateutil_parser.isoparse(f"{year:04d}-{month:02d}-{day:02d}{time}").date()
    except (ValueError, OverflowError) as error:
        raise DateError(f"{text!r} is not a real date ({error})") from None


def _month_span(year: int, month: int, text: str) -> Span:
    if not 1 <= month <= 12:
        raise DateError(f"{text!r}: there is no month {month}")
    first = _make_date(year, month, 1, text)
    return Span(first, _make_date(year, month, calendar.monthrange(year, month)[1], text))


def _make_date(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as error:
        raise DateError(f"{text!r} is not a real date ({error})") from None
