"""A range whose year is written at its end only (`1/9..31/10/2025`), by property against an oracle of its own.

The program writes a period of one year so ("1/9–31/10/2025", `store.periods`), and the `d` dialog refused it
(tryout9). The start takes the end's year; a start that would then fall after the end (over New Year) is refused
with both years written out, as is a year at the start only. The oracle reads the drawn day, month and year, with
no `store.dates`.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from store.dates import DateError, Span, Yearly, parse_range
from store.query import Filter
from tests.test_properties_yearless import SEPARATORS, month_days, written

YEARS = st.integers(1990, 2030)


def _real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 29/2 of a common year
        return None


@settings(max_examples=200, deadline=None)
@given(month_days(), month_days(), YEARS, st.sampled_from(SEPARATORS), st.booleans())
def test_the_start_takes_the_end_s_year(first: tuple[int, int], last: tuple[int, int], year: int, separator: str,
                                        padded: bool) -> None:
    end = _real(year, *last)
    assume(end is not None)
    assert end is not None
    typed = f"{written(first, separator, padded)}..{end.day}/{end.month}/{year}"
    start = _real(year, *first)
    if start is None:  # 29/2 in a common year: refused as no such day
        with pytest.raises(DateError, match="not a real date"):
            parse_range(typed)
    elif start <= end:
        assert parse_range(typed) == Span(start, end)
    else:  # over New Year: not guessed, both years suggested
        before = _real(year - 1, *first)
        assume(before is not None)
        assert before is not None
        with pytest.raises(DateError, match=rf"did you mean {before.day}/{before.month}/{year - 1}\.\."
                                            rf"{end.day}/{end.month}/{year}\?"):
            parse_range(typed)


@settings(max_examples=100, deadline=None)
@given(month_days(), month_days(), YEARS)
def test_a_year_at_the_start_only_is_refused_with_the_range_meant(first: tuple[int, int], last: tuple[int, int],
                                                                  year: int) -> None:
    start = _real(year, *first)
    assume(start is not None and _real(year, *last) is not None and _real(year + 1, *last) is not None)
    assert start is not None
    typed = f"{start.day}/{start.month}/{year}..{written(last, '/', False)}"
    end = _real(year, *last)
    assert end is not None
    meant_year = year if end >= start else year + 1
    with pytest.raises(DateError, match=rf"did you mean {start.day}/{start.month}/{year}\.\."
                                        rf"{last[1]}/{last[0]}/{meant_year}\?"):
        parse_range(typed)


@settings(max_examples=100, deadline=None)
@given(month_days(), month_days())
def test_without_any_year_it_is_still_days_of_every_year(first: tuple[int, int], last: tuple[int, int]) -> None:
    typed = f"{written(first, '/', False)}..{written(last, '/', False)}"
    assert parse_range(typed) == Yearly(f"{first[0]:02d}-{first[1]:02d}", f"{last[0]:02d}-{last[1]:02d}")


@pytest.mark.parametrize(("typed", "span"), [
    ("1/9..31/10/2025", Span(date(2025, 9, 1), date(2025, 10, 31))),
    ("tháng 9..31/10/2025", Span(date(2025, 9, 1), date(2025, 10, 31))),
    ("1/9..2025", Span(date(2025, 9, 1), date(2025, 12, 31))),
    ("22/10..10/2025", Span(date(2025, 10, 22), date(2025, 10, 31)))])
def test_examples(typed: str, span: Span) -> None:
    assert parse_range(typed) == span


def test_the_date_filter_and_the_d_dialog_take_it() -> None:
    """`d` writes its text into a `date` clause: the same reading."""
    assert Filter.parse("ngay:1/9..31/10/2025").clauses[0].span() == Span(date(2025, 9, 1), date(2025, 10, 31))
