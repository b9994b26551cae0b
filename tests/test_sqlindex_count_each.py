"""`SqlIndex.count_each`: how many records a filter finds with each of several clauses added, as many as a
search of each finds (the province picker's counts of the units merged away, #17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.query import Clause, Filter
from store.sqlindex import SqlIndex
from tests.synthetic import generate


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SqlIndex:
    records = generate(400, seed=3)
    built = SqlIndex(Path(tmp_path_factory.mktemp("each")) / "i.sqlite3", lambda: "t", lambda: records)
    built.build()
    return built


def _clauses(index: SqlIndex) -> list[Clause]:
    facets = index.search(Filter(), limit=0).facets
    wards = [Clause("ward", value, exact=True) for value, _ in facets["ward"][:6]]
    provinces = [Clause("province", value) for value, _ in facets["province"][:4]]
    return wards + provinces + [Clause("ward", "no such ward", exact=True)]


@pytest.mark.parametrize("base", ["", "topic:tthc", "year:2025 kind:giám", '"chuyen doi"'])
def test_each_count_is_what_a_search_finds(index: SqlIndex, base: str) -> None:
    query = Filter.parse(base) if base else Filter()
    clauses = [c for c in _clauses(index) if not query.clauses_of(c.field)]
    counts = index.count_each(query, clauses)
    assert counts == [index.search(query.with_clause(c), limit=0, facets=False).total for c in clauses]
    assert counts == index.count_each(query, clauses)  # again, from what was kept
    assert any(counts) and counts[-1] == 0


def test_a_clause_on_a_field_of_the_base_is_refused(index: SqlIndex) -> None:
    with pytest.raises(ValueError):
        index.count_each(Filter.parse("province:hue"), [Clause("province", "Hà Nội")])
