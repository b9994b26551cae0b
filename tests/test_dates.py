from datetime import date

import pytest

from store.dates import DateError, parse_day, parse_range, parse_span


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("2025-09", date(2025, 9, 1), date(2025, 9, 30)),
        ("9/2025", date(2025, 9, 1), date(2025, 9, 30)),
        ("2/2024", date(2024, 2, 1), date(2024, 2, 29)),
        ("tháng 9/2025", date(2025, 9, 1), date(2025, 9, 30)),
        ("16/5/2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("ngày 16/5/2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("Sáng ngày 16/5/2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("16.5.2023", date(2023, 5, 16), date(2023, 5, 16)),
        ("2025-09-09", date(2025, 9, 9), date(2025, 9, 9)),
        ("27 tháng 11 năm 2025", date(2025, 11, 27), date(2025, 11, 27)),
        ("quý 1/2023", date(2023, 1, 1), date(2023, 3, 31)),
    ],
)
def test_span(text: str, start: date, end: date) -> None:
    span = parse_span(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025-07..2025-09", date(2025, 7, 1), date(2025, 9, 30)),
        ("since 1/7/2025", date(2025, 7, 1), date.max),
        ("từ 1/7/2025", date(2025, 7, 1), date.max),
        ("until 2023", date.min, date(2023, 12, 31)),
        ("đến 2023", date.min, date(2023, 12, 31)),
        ("2023..", date(2023, 1, 1), date.max),
    ],
)
def test_range(text: str, start: date, end: date) -> None:
    span = parse_range(text)
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["31/2/2024", "4-9", "13/2025", "hello", "", "2025-09..2024"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_range(text)


def test_day_needs_a_year() -> None:
    with pytest.raises(DateError, match="no year"):
        parse_day("24/5")
