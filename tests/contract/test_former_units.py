"""What the province picker offers, on every backend: each unit, former or current, with the count its clause finds.

The picker (`p`) offers today's provinces (the facet) and, marked as former,
the provinces and districts merged away in 2025 that the records name or lie
in (`tui.former`): a 2026 visit to xã Hoàn Lão names only today's ward, yet
`tinh:"quang binh"` and `xa:"bo trach"` find it, so Quảng Bình and Bố Trạch
are offered. Each count must be what the filter the pick writes then finds:
checked here against the repository's own search, with no filter and under
one, over the sample, records written for the case and generated ones, for
the index's kept units and for the pass over the records a store without one
makes. A first-user trial found Quảng Bình missing from the picker while the
filter found 4 visits.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.backends import _sample_records
from store.query import Filter, facet_clause
from store.repository import Repository
from tests.factories import make_record
from tests.synthetic import generate
from tui.former import former_choices
from tui.i18n import Translator
from tui.model import Catalog, Searcher

QUANG_TRI = {"name": "Quảng Trị", "code": 44}


def _ward(name: str, code: int) -> dict[str, Any]:
    level = name.split()[0].lower()
    return {"name": f"{level} {name.split(' ', 1)[1]}", "level": level, "province": QUANG_TRI,
            "ward": {"name": name, "code": code}}


def quang_binh() -> list[dict[str, Any]]:
    """Visits after the merge naming only today's wards that were Quảng Bình's, and one before it naming the
    district: the old and the new report alike are found by the old unit's clause."""
    return [{**record, "figures": []} for record in [
        make_record(id="2025-10-01-qt-hoan-lao", localities=[_ward("Xã Hoàn Lão", 19111)]),
        make_record(id="2025-10-02-qt-dong-hoi", localities=[_ward("Phường Đồng Hới", 18880)]),
        make_record(id="2025-10-03-qt-le-thuy", date="2025-10-03", localities=[_ward("Xã Lệ Thủy", 19249)]),
        make_record(id="2024-05-04-qb-bo-trach", date="2024-05-04", localities=[{
            "name": "huyện Bố Trạch", "level": "huyện", "former_province": "Quảng Bình", "province": QUANG_TRI,
            "ward": None}]),
    ]]


def every_record() -> list[dict[str, Any]]:
    return _sample_records() + quang_binh() + generate(60, seed=18)


def _catalog(repository: Repository, kept: bool) -> Catalog:
    repository.search(Filter(), limit=0)  # a file store's index built, as the browser has it before a picker
    searcher = Searcher(repository)
    if not kept:
        searcher.index = None  # the pass over the records and a search per unit (`tui.former`)
    return Catalog(searcher)


def _found(repository: Repository, query: Filter) -> int:
    return repository.search(query, limit=0, facets=False).total


@pytest.mark.parametrize("kept", [True, False], ids=["index", "pass"])
@pytest.mark.parametrize("base", ["", "year:2025", "topic:cchc"])
def test_each_unit_offered_counts_what_its_filter_finds(repository: Repository, kept: bool, base: str) -> None:
    repository.upsert_many(every_record())
    query = Filter.parse(base) if base else Filter()
    offered = former_choices(_catalog(repository, kept), None, query, Translator("vi"))
    assert offered
    for choice in offered:  # the value is the clause the pick writes (`tui.choices.picked`)
        assert choice.count == _found(repository, query.with_clause(Filter.parse(choice.value).clauses[0])), \
            (choice.value, base)
    names = {choice.label for choice in offered if choice.count}
    wanted = {"Quảng Bình", "Bố Trạch", "Đồng Hới", "Lệ Thủy"} if base != "topic:cchc" else {"Quảng Bình"}
    assert wanted <= names, sorted(names)
    today = repository.search(query, limit=0, facets=True).facets["province"]
    for province, count in today:  # today's provinces, as the facet offers them
        assert count == _found(repository, query.with_clause(facet_clause("province", province))), province


def test_a_former_unit_finds_old_and_new_reports(repository: Repository) -> None:
    repository.upsert_many(every_record())
    province = former_choices(_catalog(repository, True), None, Filter(), Translator("en"))
    chosen = {choice.label: choice for choice in province}
    assert chosen["Quảng Bình"].value == 'province:"Quảng Bình"'
    assert chosen["Quảng Bình"].detail == "former province, now in Quảng Trị"
    assert chosen["Bố Trạch"].detail == "former district, Quảng Bình"
    ids = {record["id"] for record in repository.search(Filter.parse(chosen["Bố Trạch"].value), limit=50).records}
    assert {"2025-10-01-qt-hoan-lao", "2024-05-04-qb-bo-trach"} <= ids
    typed = {record["id"] for record in repository.search(Filter.parse('tinh:"quang binh"'), limit=50).records}
    assert {record["id"] for record in quang_binh()} <= typed
    assert chosen["Quảng Bình"].count == len(typed)
