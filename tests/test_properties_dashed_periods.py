"""A period written with a dash (`1/7–6/9/2025`, `1/7 - 6/9/2025`), by property against an oracle of its own.

The program writes a period with an en dash (`store.periods.period_label`: "1/7–6/9/2025", "7–8/2025",
"1–6/9/2025", "1/2021–7/2022", "2021–2022") and pages type a hyphen, an en or an em dash, spaced or not; the `d`
dialog and the `date:` filter took only `..` and refused them all (session 38). Every period the program writes,
with any of those dashes, reads back as the days it covers; the oracle is the drawn start and end. A date whose
own separator is a hyphen (`2025-07-01`, `22-10`, `7-2025`) stays that date, and text a dash could split in
two ways is not guessed.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store import dates
from store.dates import DateError, Span, Yearly, parse_range
from store.periods import period_label
from store.query import Filter
from tui.screens.dates import date_clause

DASHES = ("–", "—", "-", " – ", " - ", " — ", " -", "- ")
"""The dashes a period is typed with: en, em, hyphen, each bare or with spaces (a hyphen spaced on one side too)."""


@st.composite
def periods(draw: st.DrawFn) -> tuple[date, date]:
    """A start and an end no earlier, often whole months or years (the label's shorter forms)."""
    start = draw(st.dates(date(2015, 1, 1), date(2030, 12, 31)))
    if draw(st.booleans()):
        start = start.replace(day=1)
    end = start + timedelta(days=draw(st.integers(0, 900)))
    if draw(st.booleans()):  # to the month's end
        end = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return start, end


@settings(max_examples=300, deadline=None)
@given(periods(), st.sampled_from(DASHES))
def test_every_period_the_program_writes_reads_back_with_any_dash(period: tuple[date, date], dash: str) -> None:
    start, end = period
    typed = period_label({"from": start.isoformat(), "to": end.isoformat()}, lang="vi").replace("–", dash)
    assert parse_range(typed) == Span(start, end), typed
    clause = date_clause(typed)  # the `d` dialog: its clause, as the filter bar then shows it
    assert clause.span() == Span(start, end), typed
    assert Filter.parse(clause.render()).clauses == (clause,)


@settings(max_examples=200, deadline=None)
@given(st.dates(date(1990, 1, 1), date(2030, 12, 31)), st.booleans())
def test_a_date_written_with_hyphens_stays_one_date(day: date, padded: bool) -> None:
    form = "{:02d}" if padded else "{}"
    for typed, span in (
            (day.isoformat(), Span(day, day)),
            (f"{form.format(day.day)}-{form.format(day.month)}-{day.year}", Span(day, day)),
            (f"{form.format(day.month)}-{day.year}", parse_range(f"{day.month}/{day.year}"))):
        assert dates.dashed_period(typed) is None, typed
        assert parse_range(typed) == span, typed
    yearless = f"{day.day}-{day.month}"
    assert dates.dashed_period(yearless) is None
    assert parse_range(yearless) == Yearly(day.isoformat()[5:], day.isoformat()[5:])


@pytest.mark.parametrize(("typed", "written"), [
    ("1/7–6/9/2025", "1/7..6/9/2025"),
    ("1/7 - 6/9/2025", "1/7..6/9/2025"),
    ("1/7-6/9/2025", "1/7..6/9/2025"),
    ("7–8/2025", "7/2025..8/2025"),
    ("1 — 6/9/2025", "1/9/2025..6/9/2025"),
    ("2025-07-01 - 2025-09-30", "2025-07-01..2025-09-30"),
    ("2025-07-2025-09", "2025-07..2025-09"),
    ("tháng 7 - tháng 9/2025", "tháng 7..tháng 9/2025"),
    ("2021 – 2022", "2021..2022"),
])
def test_the_period_as_the_filter_writes_it(typed: str, written: str) -> None:
    assert dates.dashed_period(typed) == written


@pytest.mark.parametrize("typed", [
    "1/7–6/9/2025–1/10/2025",  # two dashes: which is the period's?
    "1/7–",  # an end missing
    "abc – 2025",
    "1/7..6/9/2025",  # already the filter's form
    "2025",
    "22-10",
])
def test_no_period_is_guessed(typed: str) -> None:
    assert dates.dashed_period(typed) is None


def test_two_dashes_are_refused_as_before() -> None:
    with pytest.raises(DateError):
        parse_range("1/7–6/9/2025–1/10/2025")
