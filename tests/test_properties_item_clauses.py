"""Property test of the follow-up clauses (`status:`, `overdue`) against an oracle written here, apart from the product.

The oracle knows the rule as the README states it: the follow-up clauses are
about one item, so a visit is found when ONE of its recommendations or
directions meets all of them (its status one of those asked for, ORed; past its
deadline and neither done nor refused, under `overdue`). It reads the item
dicts directly, with its own table of status names: no `Matcher`, no
`status_keys`, no index. The TinyDB-side scan (`Matcher.matches_record`), the
in-memory index, the persistent SQLite index and the follow-up list's item test
(`store.export.item_filter`, the `u` list's "N of M") must all agree with it,
and the year facet must count what is found.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.export import item_filter
from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Clause, Filter
from store.sqlindex import SqlIndex
from tests.item_properties import STATUSES, item_of, visits

STATUS_NAMES = {"open": "open", "in progress": "in progress", "done": "done", "not accepted": "not accepted",
                "chưa giải quyết": "open", "đang giải quyết": "in progress", "đã giải quyết": "done",
                "không tiếp thu": "not accepted"}
"""A `status:` value as typed → the stored status it names (the README's table, written out here)."""
CLOSED = {"done", "not accepted"}
TODAY = date.today().isoformat()
DEADLINES = [None, "2001-02-03", "2019-12-31", TODAY, "2999-01-01"]
"""No deadline, two past ones, today's (not yet late) and one to come."""
YEARS = ("2023", "2024", "2025")


ITEMS = st.builds(item_of, st.just("Một việc cần theo dõi."), status=st.sampled_from((None, *STATUSES)),
                  deadline=st.sampled_from(DEADLINES))
VISITS = visits(ITEMS, fewest=0, most=8, recommendations=4, directions=4, years=YEARS)
"""No visit to eight, in three years."""


@st.composite
def filters(draw: Any) -> Filter:
    statuses = draw(st.lists(st.sampled_from(sorted(STATUS_NAMES)), max_size=3, unique=True))
    clauses = [Clause("status", value) for value in statuses]
    if draw(st.booleans()):
        clauses.insert(draw(st.integers(0, len(clauses))), Clause("overdue", ""))
    return Filter(tuple(clauses))


def one_item_meets(item: dict[str, Any], statuses: set[str], overdue: bool) -> bool:
    status = item.get("status", "open")
    if statuses and status not in statuses:
        return False
    return not overdue or (bool(item.get("deadline")) and item["deadline"] < TODAY and status not in CLOSED)


def oracle(records: list[dict[str, Any]], query: Filter) -> list[str]:
    statuses = {STATUS_NAMES[clause.value] for clause in query.clauses if clause.field == "status"}
    overdue = any(clause.field == "overdue" for clause in query.clauses)
    if not statuses and not overdue:
        return sorted(record["id"] for record in records)
    return sorted(record["id"] for record in records
                  if any(one_item_meets(item, statuses, overdue)
                         for item in [*record["recommendations"], *record["directions"]]))


def assert_indexes_find(made: list[dict[str, Any]], query: Filter, expected: list[str]) -> None:
    """The in-memory and the SQLite index find `expected` for `query`, and their year facets count those visits."""
    said = query.render()
    memory = SurveyIndex(made)
    memory.wait_for_text()
    result = memory.search(query)
    assert sorted(memory.records[p]["id"] for p in result.positions) == expected, said
    years = dict(Counter(record["date"][:4] for record in made if record["id"] in expected))
    assert dict(result.facets["year"]) == years, said

    with tempfile.TemporaryDirectory() as folder:
        persistent = SqlIndex(Path(folder) / "i.sqlite3", lambda: "t1", lambda: made)
        persistent.build()
        try:
            page = persistent.search(query)
        finally:
            persistent.close()
    assert sorted(record["id"] for record in page.records) == expected, said
    assert page.total == len(expected) and dict(page.facets.get("year", [])) == years, said


@pytest.mark.slow  # 200 generated stores, each also built as an SQLite index
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VISITS, filters())
def test_every_engine_and_the_follow_up_list_equal_the_oracle(made: list[dict[str, Any]], query: Filter) -> None:
    expected = oracle(made, query)
    said = query.render()
    matcher = Matcher(query)
    assert sorted(r["id"] for r in made if matcher.matches_record(r)) == expected, said
    assert_indexes_find(made, query, expected)

    wanted = item_filter(query.values("status"), "overdue" in query.fields())
    if wanted is not None:  # the `u` list counts an item in every visit found, none in the others
        listed = sorted(r["id"] for r in made if any(map(wanted, [*r["recommendations"], *r["directions"]])))
        assert listed == expected, said
