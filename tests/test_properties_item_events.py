"""`answered:`, `changed:` and `closed:` with `to:`, `status:` and `overdue`, on every back end, equal a plain oracle.

Random records (items with responses on days around a month's edges, history entries stamped in UTC around the
hours where Vietnam's day turns, statuses set to each value, addressees written with and without marks) and random
clauses: a period or two for one or two event fields, maybe an addressee, statuses and `overdue`, plain or negated
(`not (…)`). The scan (`Matcher`), the in-memory index, the SQLite index and PostgreSQL (when a test server is set:
`tests.postgres.server`) find exactly the visits the oracle finds, and the `u` list's item test (`items_asked`)
counts an item in every visit found. The oracle reads the items itself: its own periods (a table of days written
here), its own reading of a stamp (parsed, moved to UTC+7), its own folding; no `store` code.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.export import items_asked
from store.query import Clause, Filter
from store.repository import Repository
from store.today import set_today
from tests.factories import make_record
from tests.index_answers import memory_ids, persistent_ids, scan_ids
from tests.item_properties import LATE, LATER, STATUSES, item_of, own_fold, postgres_archive, refill, visits

TODAY = date(2026, 12, 7)
"""The day `--today` sets for these tests: "this month" is December 2026, "last month" November."""
PERIODS: dict[str, tuple[date, date]] = {
    "2026-11": (date(2026, 11, 1), date(2026, 11, 30)),
    "11/2026": (date(2026, 11, 1), date(2026, 11, 30)),
    "tháng 11/2026": (date(2026, 11, 1), date(2026, 11, 30)),
    "2026-10": (date(2026, 10, 1), date(2026, 10, 31)),
    "quý 4/2026": (date(2026, 10, 1), date(2026, 12, 31)),
    "2026": (date(2026, 1, 1), date(2026, 12, 31)),
    "1/11/2026": (date(2026, 11, 1), date(2026, 11, 1)),
    "2026-10-31..2026-11-01": (date(2026, 10, 31), date(2026, 11, 1)),
    "2026-11..": (date(2026, 11, 1), date(9999, 12, 31)),
    "..2026-10": (date(1, 1, 1), date(2026, 10, 31)),
    "this month": (date(2026, 12, 1), date(2026, 12, 31)),
    "last month": (date(2026, 11, 1), date(2026, 11, 30)),
    "tháng trước": (date(2026, 11, 1), date(2026, 11, 30)),
    "thang nay": (date(2026, 12, 1), date(2026, 12, 31)),
}
"""A period as typed → its first and last day, written out by hand."""
DAYS = ("2026-10-31", "2026-11-01", "2026-11-15", "2026-11-30", "2026-12-01", "2025-11-20")
STAMPS = ("2026-10-31T16:59:59Z", "2026-10-31T17:00:00Z", "2026-11-15T02:30:00Z", "2026-11-30T16:59:59Z",
          "2026-11-30T17:00:00Z", "2026-12-03T08:00:00Z", "2026-09-30T20:00:00Z")
"""UTC stamps on both sides of the hour (17:00Z) at which a day begins in Vietnam."""
ADDRESSEES = ("Sở Tài chính", "SỞ TÀI CHÍNH tỉnh Đồng Nai", "Công an tỉnh", "Sở Y tế")
ASKED = ("so tai chinh", "Sở Tài", "công an", "y te", "đồng nai")
CLOSED = ("done", "not accepted")
VIETNAM = timezone(timedelta(hours=7))
FIELDS = ("answered", "changed", "closed")


def _entry(at: str, field: str, to: str | None) -> dict[str, Any]:
    entry: dict[str, Any] = {"at": at, "who": "thu", "field": field}
    if to is not None:
        entry["to"] = to
    return entry


ENTRIES = st.one_of(st.builds(_entry, st.sampled_from(STAMPS), st.just("status"), st.sampled_from(STATUSES)),
                    st.builds(_entry, st.sampled_from(STAMPS), st.just("deadline"), st.sampled_from((None, LATE))),
                    st.builds(_entry, st.sampled_from(STAMPS), st.just("to"), st.sampled_from(ADDRESSEES)))


@st.composite
def an_item(draw: Any) -> dict[str, Any]:
    item = item_of(to=draw(st.sampled_from((None, *ADDRESSEES))), status=draw(st.sampled_from((None, *STATUSES))),
                   deadline=draw(st.sampled_from((None, LATE, LATER))))
    responses = [{"date": day, "text": "Đã có văn bản."} for day in draw(st.lists(st.sampled_from(DAYS), max_size=2))]
    if responses:
        item["responses"] = sorted(responses, key=lambda response: response["date"])
    history = draw(st.lists(ENTRIES, max_size=3))
    if history:
        item["history"] = sorted(history, key=lambda entry: entry["at"])
    return item


@st.composite
def clauses(draw: Any) -> list[Clause]:
    fields = draw(st.lists(st.sampled_from(FIELDS), min_size=1, max_size=2))
    found = [Clause(field, draw(st.sampled_from(sorted(PERIODS)))) for field in fields]
    found += [Clause("to", value) for value in draw(st.lists(st.sampled_from(ASKED), max_size=1))]
    found += [Clause("status", value) for value in draw(st.lists(st.sampled_from(STATUSES), max_size=2))]
    if draw(st.booleans()):
        found.append(Clause("overdue", ""))
    return list(dict.fromkeys(draw(st.permutations(found))))


def vietnam_day(stamp: str) -> date:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(VIETNAM).date()


def in_period(day: date, value: str) -> bool:
    first, last = PERIODS[value]
    return first <= day <= last


def item_meets(item: dict[str, Any], asked: list[Clause]) -> bool:
    status, history = item.get("status", "open"), item.get("history", [])
    moments = {
        "answered": [date.fromisoformat(response["date"]) for response in item.get("responses", [])],
        "changed": [vietnam_day(entry["at"]) for entry in history],
        "closed": [vietnam_day(entry["at"]) for entry in history
                   if entry["field"] == "status" and entry.get("to") in CLOSED],
    }
    for field in FIELDS:
        periods = [clause.value for clause in asked if clause.field == field]
        if periods and not any(in_period(day, value) for day in moments[field] for value in periods):
            return False
    to = [clause.value for clause in asked if clause.field == "to"]
    if to and not any((" " + own_fold(item.get("to") or "")).find(" " + own_fold(one)) >= 0 for one in to):
        return False
    wanted = [clause.value for clause in asked if clause.field == "status"]
    if wanted and status not in wanted:
        return False
    late = bool(item.get("deadline")) and item["deadline"] < TODAY.isoformat() and status not in CLOSED
    return late or not any(clause.field == "overdue" for clause in asked)


def oracle(made: list[dict[str, Any]], asked: list[Clause], negated: bool) -> list[str]:
    return sorted(record["id"] for record in made
                  if negated != any(item_meets(item, asked) for item in [*record["recommendations"],
                                                                         *record["directions"]]))


def query_of(asked: list[Clause], negated: bool) -> Filter:
    plain = Filter(tuple(asked))
    return Filter.parse(f"not ({plain.render()})") if negated else Filter.parse(plain.render())


@pytest.fixture(autouse=True)
def today() -> Iterator[None]:
    set_today(TODAY)
    yield
    set_today(None)


@pytest.mark.slow  # 150 generated stores, each built three ways
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(visits(an_item()), clauses(), st.booleans())
def test_the_scan_both_indexes_and_the_item_list_equal_the_oracle(made: list[dict[str, Any]], asked: list[Clause],
                                                                   negated: bool) -> None:
    query = query_of(asked, negated)
    expected = oracle(made, asked, negated)
    said = query.render()
    assert scan_ids(made, query) == expected, said
    assert memory_ids(made, query) == expected, said
    assert persistent_ids(made, query) == expected, said
    wanted = items_asked(query)
    if negated:  # a negated clause picks visits, not items
        assert wanted is None, said
    else:  # the `u` list shows an item in every visit found, and only the items the oracle finds
        assert wanted is not None, said
        for record in made:
            items = [*record["recommendations"], *record["directions"]]
            assert [wanted(item) for item in items] == [item_meets(item, asked) for item in items], said


def test_a_stamp_is_the_day_it_was_in_vietnam() -> None:
    """Not random: 17:00Z on 31 October is 1 November in Hà Nội, a second before it is still October."""
    late_october = {"text": "x", "history": [_entry("2026-10-31T16:59:59Z", "status", "done")]}
    first_of_november = {"text": "y", "history": [_entry("2026-10-31T17:00:00Z", "status", "done")]}
    made = [make_record(id="2025-01-01-a", date="2025-01-01", recommendations=[late_october]),
            make_record(id="2025-01-02-b", date="2025-01-02", recommendations=[first_of_november])]
    for query, expected in (("changed:2026-11", ["2025-01-02-b"]), ("closed:2026-10", ["2025-01-01-a"]),
                            ("doi:\"tháng trước\"", ["2025-01-02-b"]), ("not dong:10/2026", ["2025-01-02-b"])):
        assert scan_ids(made, Filter.parse(query)) == expected, query
        assert persistent_ids(made, Filter.parse(query)) == expected, query


@pytest.fixture(scope="module")
def archive() -> Iterator[Repository]:
    yield from postgres_archive("events")


@pytest.mark.slow  # 60 generated stores written to PostgreSQL
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(visits(an_item()), clauses(), st.booleans())
def test_postgresql_equals_the_oracle(archive: Repository, made: list[dict[str, Any]], asked: list[Clause],
                                      negated: bool) -> None:
    refill(archive, made)
    query = query_of(asked, negated)
    found = archive.search(query, facets=False).records
    assert sorted(record["id"] for record in found) == oracle(made, asked, negated), query.render()


@pytest.mark.slow  # 40 generated stores written to PostgreSQL
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(visits(an_item()), clauses(), st.booleans(), st.data())
def test_postgresql_rows_not_worked_out_equal_the_oracle(archive: Repository, made: list[dict[str, Any]],
                                                         asked: list[Clause], negated: bool, data: Any) -> None:
    """Rows whose `item_events` column is NULL (an archive of version 10 before the fill reaches them, an older
    program's write) are answered from their documents, beside rows answered from the column, alike."""
    import psycopg  # noqa: PLC0415 - the optional driver, once a server is set

    archive.delete([record["id"] for record in archive.records()])
    archive.upsert_many(made)
    unset = data.draw(st.lists(st.sampled_from([record["id"] for record in made]), unique=True))
    with psycopg.connect(archive._db._url, autocommit=True) as connection:  # type: ignore[attr-defined]  # noqa: SLF001
        connection.execute("UPDATE surveys SET item_events = NULL WHERE id = ANY(%s)", (unset,))
    query = query_of(asked, negated)
    found = archive.search(query, facets=False).records
    assert sorted(record["id"] for record in found) == oracle(made, asked, negated), query.render()
