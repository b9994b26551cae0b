"""`FindsPositions.position` on every backend: a record's place in a search's order is where the search's pages put
it (the browser keeps the selected record across a reload by it, past the first page too)."""

from __future__ import annotations

import pytest

from store.query import Filter
from store.repository import FindsPositions, Repository
from tests.factories import make_record

BODIES = ["Đoàn ĐBQH TPHCM", "HĐND tỉnh Bình Dương", "Ủy ban MTTQ phường", "Đoàn giám sát HĐND"]


def _records() -> list[dict]:
    """Twelve visits, two to a day (ties the order breaks by id), four bodies, some naming "hồ sơ"."""
    made = []
    for number in range(12):
        day = f"2024-{number // 2 + 1:02d}-1{number % 2 * 0}"
        made.append(make_record(id=f"{day}-doan-{number:02d}", date=day, body=BODIES[number % 4],
                                summary="Kiểm tra hồ sơ." if number % 3 else "Làm việc về đất đai."))
    return made


@pytest.mark.parametrize("sort", ["date", "locality", "body"])
@pytest.mark.parametrize("typed", ["", "year:2024", '"hồ sơ"', "hồ", 'body:"hđnd"', "year:2023"])
def test_a_records_position_is_where_the_search_puts_it(repository: Repository, typed: str, sort: str) -> None:
    assert isinstance(repository, FindsPositions)
    repository.upsert_many(_records())
    query = Filter.parse(typed)
    listed = [record["id"] for record in repository.search(query, sort=sort, facets=False).records]  # type: ignore[arg-type]
    for record in _records():
        expected = listed.index(record["id"]) if record["id"] in listed else None
        assert repository.position(query, record["id"], sort=sort) == expected, record["id"]  # type: ignore[arg-type]
    assert repository.position(query, "no-such-id", sort=sort) is None  # type: ignore[arg-type]
