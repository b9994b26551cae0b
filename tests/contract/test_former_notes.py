"""The note a former ward's name brings (`store.former_notes`), on every backend: said of the former wards whose
successors hold visits the filter finds, counted with the repository's own search (the browser's index, a plain
search, the command line's found records agree), nothing when none does, and short when many do."""

from __future__ import annotations

from typing import Any

import pytest

from store.former_notes import became_clause, former_ward_note, records_counter, renamed_former_wards
from store.gazetteer import gazetteer
from store.query import Clause, Filter
from store.repository import Repository
from tests.factories import make_record
from tui.searcher import Searcher


def _in_ward(code: int, number: int) -> dict[str, Any]:
    unit, province_code = gazetteer().ward(code) or (None, 0)
    assert unit is not None
    province = gazetteer().province(province_code)
    level = unit.name.split()[0].lower()
    return make_record(id=f"2025-10-{number:02d}-test-{code}", date=f"2025-10-{number:02d}", figures=[], localities=[{
        "name": f"{level} {unit.name.split(' ', 1)[1]}", "level": level,
        "province": {"name": province.name, "code": province.code}, "ward": {"name": unit.name, "code": code}}])


def _counters(repository: Repository) -> list[Any]:
    def by_search(base: Filter, clauses: list[Clause]) -> list[int]:
        return [repository.search(base.with_clause(clause), limit=0, facets=False).total for clause in clauses]
    repository.search(Filter(), limit=0)  # a file store's index built, as the browser has it
    return [by_search, Searcher(repository).count_each]


SAI_GON = 26740


def test_a_former_ward_with_visits_under_its_new_name_is_said(repository: Repository) -> None:
    repository.upsert_many([_in_ward(SAI_GON, 1), make_record()])
    query = Filter.parse('ward:"bến nghé"')
    found = repository.search(query, limit=50).records
    assert [record["id"] for record in found] == ["2025-10-01-test-26740"]
    for count_each in [*_counters(repository), records_counter(found)]:
        assert former_ward_note(query, "en", count_each) == \
            "Phường Bến Nghé (Quận 1, Hồ Chí Minh) became Phường Sài Gòn on 1 July 2025"
        assert former_ward_note(query, "vi", count_each) == \
            "Phường Bến Nghé (Quận 1, Hồ Chí Minh) nay là Phường Sài Gòn (từ 1/7/2025)"


def test_nothing_is_said_when_no_visit_comes_through_a_former_name(repository: Repository) -> None:
    """`ward:dong` found Tân Đông Hiệp by its own name; the note had named Xã Đông of KBang (Gia Lai), which
    became Kông Bơ La, where no visit was."""
    repository.upsert_many([make_record(), _in_ward(SAI_GON, 1)])
    for typed in ("ward:dong", 'ward:"tan dinh"', 'ward:"bến nghé" year:2024'):
        for count_each in _counters(repository):
            assert former_ward_note(Filter.parse(typed), "en", count_each) == "", typed


@pytest.mark.parametrize("lang, words", [("en", '3 former wards named "hoa binh" took other names'),
                                         ("vi", '3 xã, phường cũ tên "hoa binh" nay mang tên khác')])
def test_many_former_wards_are_said_as_a_count_and_two_examples(repository: Repository, lang: str,
                                                               words: str) -> None:
    query = Filter.parse('ward:"hoa binh"')
    formers = [former for former in renamed_former_wards(query) if len(former.became) == 1][:3]
    repository.upsert_many([_in_ward(former.became[0][1], number) for number, former in enumerate(formers, 1)])
    assert repository.search(query, limit=0).total == 3
    for count_each in _counters(repository):
        note = former_ward_note(query, lang, count_each)
        assert note.startswith(words), note
        assert "\n" not in note and note.count(" → " if lang == "en" else " nay là ") == 2  # two examples, one line
        assert sum(former.became[0][0] in note for former in formers) == 2


def test_the_clause_of_a_ward_by_its_code_finds_its_visits(repository: Repository) -> None:
    repository.upsert_many([_in_ward(SAI_GON, 1), make_record()])
    assert repository.search(Filter((became_clause(SAI_GON),)), limit=0).total == 1
