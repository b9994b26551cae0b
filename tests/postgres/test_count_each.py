"""PostgreSQL counts several clauses under one filter in one or two passes (`PostgresRepository.count_each`), each
what a search of the filter with that clause finds: the ward picker's shared names alone ("every place of this
name") had been a search each, 212 searches for 2,000 generated records."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from store.backends import _sample_records
from store.query import Clause, Filter
from tests.contract.test_today_wards import namesakes
from tests.contract.test_ward_namesakes import unplaced
from tests.synthetic import generate

if TYPE_CHECKING:
    from store.postgres import PostgresRepository

CLAUSES = [
    Clause("ward", "Tân Định", exact=True),  # a shared name whole: its name's key and its places'
    Clause("ward", "Phường Tân Định, Hồ Chí Minh", exact=True),  # one place of it
    Clause("ward", "Lái Thiêu", exact=True),
    Clause("ward", "tân"),  # a word prefix: no key, counted with the others
    Clause("province", "Khánh Hòa"),
    Clause("topic", "cchc"),
    Clause("text", "dịch vụ công"),
    Clause("year", "2025"),  # a date: searched on its own
    Clause("kind", "giamsat"),
]


@pytest.mark.parametrize("base", ["", "year:2024", "topic:cchc", '"tân định"', 'province:"Hồ Chí Minh"'])
def test_each_count_is_what_a_search_with_the_clause_finds(archive: PostgresRepository, base: str) -> None:
    archive.upsert_many([*_sample_records(), *namesakes(), unplaced(), *generate(200, seed=4)])
    query = Filter.parse(base) if base else Filter()
    counted = archive.count_each(query, CLAUSES)
    expected = [archive.search(query.with_clause(clause), limit=0, facets=False).total for clause in CLAUSES]
    assert counted == expected
    assert any(expected)
    assert archive.count_each(query, []) == []
