"""Days without their year (`ngay:22/10`, `tu:1/9`, `ngay:20/12..10/1`), by property against an oracle of its own.

The oracle reads the record dicts and the day and month drawn, with no `store.dates`, `Matcher` or index:
a clause on a day of the year admits a record whose date has that month and day, whatever its year; `since`
admits the days from it to 31/12, `until` those from 1/1 to it, a range `a..b` the days from a to b, over New
Year when b comes first. Within a field the clauses are ORed, across fields ANDed, as for every date. The TinyDB
scan (`Matcher`) and the in-memory index must equal it; the SQLite index and PostgreSQL are held to the same ids
by `tests/contract/test_yearless_dates.py`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from store.dates import Yearly, parse_range
from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Clause, Filter

SEPARATORS = ("/", "-", ".")


@st.composite
def month_days(draw: Any) -> tuple[int, int]:
    """A real (month, day) of some year: 29/2 included."""
    month = draw(st.integers(1, 12))
    last = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    return month, draw(st.integers(1, last))


def written(month_day: tuple[int, int], separator: str, padded: bool) -> str:
    month, day = month_day
    return f"{day:02d}{separator}{month:02d}" if padded else f"{day}{separator}{month}"


@st.composite
def stored_days(draw: Any) -> str:
    year = draw(st.sampled_from([2020, 2023, 2024, 2025]))
    month, day = draw(month_days())
    if (month, day) == (2, 29) and year % 4:
        day = 28
    return date(year, month, day).isoformat()


@st.composite
def yearless_clauses(draw: Any) -> Clause:
    field = draw(st.sampled_from(["date", "since", "until", "range"]))
    first = written(draw(month_days()), draw(st.sampled_from(SEPARATORS)), draw(st.booleans()))
    if field != "range":
        return Clause(field, first)
    return Clause("date", f"{first}..{written(draw(month_days()), draw(st.sampled_from(SEPARATORS)), False)}")


def _month_day(text: str) -> tuple[int, int]:
    for separator in SEPARATORS:
        if separator in text:
            day, month = text.split(separator)
            return int(month), int(day)
    raise AssertionError(text)


def admits(day: str, clause: Clause) -> bool:
    """The oracle: the record's (month, day) against the clause's, by numbers."""
    ours = (int(day[5:7]), int(day[8:10]))
    if clause.field == "since":
        return ours >= _month_day(clause.value)
    if clause.field == "until":
        return ours <= _month_day(clause.value)
    low_text, _, high_text = clause.value.partition("..")
    low = _month_day(low_text)
    high = _month_day(high_text) if high_text else low
    return low <= ours <= high if low <= high else (ours >= low or ours <= high)


@settings(max_examples=200, deadline=None)
@given(month_days(), st.sampled_from(SEPARATORS), st.booleans())
def test_a_day_without_its_year_reads_back_as_written(month_day: tuple[int, int], separator: str,
                                                     padded: bool) -> None:
    """Each shape the domain writes (22/10, 22-10, 22.10, 02/09) reads as one day of the year, and a filter
    holding it renders and parses back as itself, in either language's field names."""
    text = written(month_day, separator, padded)
    month, day = month_day
    assert parse_range(text) == Yearly(f"{month:02d}-{day:02d}", f"{month:02d}-{day:02d}")
    query = Filter((Clause("date", text),))
    for lang in ("en", "vi"):
        again = Filter.parse(query.render(lang))
        assert again == query
        assert again.date_groups() == query.date_groups()


@settings(max_examples=150, deadline=None)
@given(st.lists(stored_days(), max_size=12), st.lists(yearless_clauses(), min_size=1, max_size=4),
       st.sampled_from([None, "2024", "2023-06..2025-03"]))
def test_scan_and_index_equal_the_oracle(days: list[str], clauses: list[Clause], with_year: str | None) -> None:
    where = {"name": "phường Tân Định", "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79}}
    made: list[dict[str, Any]] = [{"schema_version": 1, "id": f"r{n}", "date": day, "kind": "khảo sát",
                                   "body": f"Đoàn {n}", "localities": [where], "topics": [], "summary": ""}
                                  for n, day in enumerate(days)]
    query = Filter(tuple(dict.fromkeys(clauses)))
    if with_year is not None:
        query = query.with_clause(Clause("year", with_year))
    fields: dict[str, list[Clause]] = {}
    for clause in query.clauses:
        fields.setdefault(clause.field, []).append(clause)

    def oracle_admits(day: str) -> bool:
        checks = []
        for field, group in fields.items():
            if field == "year":
                value = group[0].value
                checks.append(day[:4] == value if ".." not in value else "2023-06" <= day[:7] <= "2025-03")
            else:
                checks.append(any(admits(day, clause) for clause in group))
        return all(checks)

    expected = sorted(record["id"] for record in made if oracle_admits(record["date"]))
    matcher = Matcher(query)
    assert sorted(r["id"] for r in made if matcher.matches_record(r)) == expected, query.render()
    index = SurveyIndex(made)
    assert sorted(index.records[p]["id"] for p in index.search(query).positions) == expected, query.render()
