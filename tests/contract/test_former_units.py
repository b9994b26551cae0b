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
from store.query import Filter, QueryError, facet_clause
from store.repository import Repository
from tests.factories import make_record
from tests.synthetic import generate
from tui.former import former_choices, former_wards
from tui.i18n import Translator
from tui.model import Catalog
from tui.searcher import Searcher

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


LAI_CHAU = {"name": "Tỉnh Lai Châu", "code": 12}
HO_CHI_MINH = {"name": "Thành phố Hồ Chí Minh", "code": 79}
HA_TINH = {"name": "Tỉnh Hà Tĩnh", "code": 42}


def _visit(record_id: str, name: str, province: dict[str, Any], ward: tuple[str, int] | None = None,
           former: str | None = None) -> dict[str, Any]:
    level = name.rsplit(" ", 2)[0] if name.startswith("thị xã") else name.split()[0]
    locality = {"name": name, "level": level.lower(), "province": province,
                "ward": {"name": ward[0], "code": ward[1]} if ward else None}
    return {**make_record(id=record_id, date=record_id[:10], localities=[
        {**locality, **({"former_province": former} if former else {})}]), "figures": []}


def namesakes() -> list[dict[str, Any]]:
    """Districts of one name, before and after the merge: huyện Tân Uyên of Lai Châu (a 2024 report naming it, a 2026
    one naming xã Pắc Ta, made from its communes) and thị xã Tân Uyên of Bình Dương, a city from 2023 (a 2022 report
    naming it, one of 2025 naming phường Tân Khánh); huyện and thị xã Kỳ Anh, both of Hà Tĩnh (one report each)."""
    return [
        _visit("2024-03-05-lc-tan-uyen", "huyện Tân Uyên", LAI_CHAU),
        _visit("2026-01-06-lc-pac-ta", "xã Pắc Ta", LAI_CHAU, ("Xã Pắc Ta", 3616)),
        _visit("2022-04-07-bd-tan-uyen", "thị xã Tân Uyên", HO_CHI_MINH, former="Bình Dương"),
        _visit("2025-11-08-hcm-tan-khanh", "phường Tân Khánh", HO_CHI_MINH, ("Phường Tân Khánh", 25891)),
        _visit("2023-05-09-ht-ky-anh-huyen", "huyện Kỳ Anh", HA_TINH),
        _visit("2023-05-10-ht-ky-anh-thi-xa", "thị xã Kỳ Anh", HA_TINH),
    ]


QUANG_NGAI = {"name": "Tỉnh Quảng Ngãi", "code": 51}


def tinh_hoa() -> list[dict[str, Any]]:
    """A 2024 visit to xã Tịnh Hòa (merged into xã Đông Sơn in 2025; the record places it there) and a 2026 one to
    xã Đông Sơn: the ward picker names today's ward only, yet `xa:"tinh hoa"` finds both."""
    return [_visit("2024-10-20-qng-tinh-hoa", "xã Tịnh Hòa", QUANG_NGAI, ("Xã Đông Sơn", 21109)),
            _visit("2026-02-11-qng-dong-son", "xã Đông Sơn", QUANG_NGAI, ("Xã Đông Sơn", 21109))]


def every_record() -> list[dict[str, Any]]:
    return _sample_records() + quang_binh() + namesakes() + tinh_hoa() + generate(60, seed=18)


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
    assert chosen["Bố Trạch"].detail == "former district (huyện), Quảng Bình"
    ids = {record["id"] for record in repository.search(Filter.parse(chosen["Bố Trạch"].value), limit=50).records}
    assert {"2025-10-01-qt-hoan-lao", "2024-05-04-qb-bo-trach"} <= ids
    typed = {record["id"] for record in repository.search(Filter.parse('tinh:"quang binh"'), limit=50).records}
    assert {record["id"] for record in quang_binh()} <= typed
    assert chosen["Quảng Bình"].count == len(typed)


def _ids(repository: Repository, text: str) -> set[str]:
    return {record["id"] for record in repository.search(Filter.parse(text), limit=100).records}


@pytest.mark.parametrize("kept", [True, False], ids=["index", "pass"])
def test_districts_of_one_name_are_offered_apart_and_each_finds_its_own(repository: Repository, kept: bool) -> None:
    """The picker had offered huyện Tân Uyên of Lai Châu and Bình Dương's Tân Uyên under one clause,
    `ward="huyện Tân Uyên"`, which found the visits of both: each is now its own choice, its province shown, and
    finds its own old report and the new one naming a ward made from it, and nothing of the other."""
    repository.upsert_many(every_record())
    offered = [choice for choice in former_choices(_catalog(repository, kept), None, Filter(), Translator("vi"))
               if choice.label in ("Tân Uyên", "Kỳ Anh")]
    by_value = {choice.value: choice for choice in offered}
    assert sorted(by_value) == ['ward="huyện Kỳ Anh, Hà Tĩnh"', 'ward="huyện Tân Uyên, Lai Châu"',
                                'ward="thành phố Tân Uyên, Bình Dương"', 'ward="thị xã Kỳ Anh, Hà Tĩnh"']
    assert by_value['ward="huyện Tân Uyên, Lai Châu"'].detail == "huyện cũ, Lai Châu"
    assert by_value['ward="thành phố Tân Uyên, Bình Dương"'].detail == "thành phố cũ, Bình Dương"
    wanted = {'ward="huyện Tân Uyên, Lai Châu"': {"2024-03-05-lc-tan-uyen", "2026-01-06-lc-pac-ta"},
              'ward="thành phố Tân Uyên, Bình Dương"': {"2022-04-07-bd-tan-uyen", "2025-11-08-hcm-tan-khanh"},
              'ward="huyện Kỳ Anh, Hà Tĩnh"': {"2023-05-09-ht-ky-anh-huyen"},
              'ward="thị xã Kỳ Anh, Hà Tĩnh"': {"2023-05-10-ht-ky-anh-thi-xa"}}
    namesakes_ids = set().union(*wanted.values())
    for value, ids in wanted.items():
        found = _ids(repository, value)  # and other visits to wards made from it (the sample's Tân Đông Hiệp)
        assert found & namesakes_ids == ids, value
        assert by_value[value].count == len(found), value


def test_a_district_clause_is_read_as_typed_and_a_bare_one_keeps_every_namesake(repository: Repository) -> None:
    repository.upsert_many(every_record())
    lai_chau = {"2024-03-05-lc-tan-uyen", "2026-01-06-lc-pac-ta"}
    binh_duong = {"2022-04-07-bd-tan-uyen", "2025-11-08-hcm-tan-khanh"}
    for typed in ('xa:"huyen tan uyen, lai chau"', 'ward="H. Tân Uyên, tỉnh Lai Châu"'):
        assert _ids(repository, typed) == lai_chau, typed
    for typed in ('ward="TX. Tân Uyên, Bình Dương"', 'ward:"thi xa tan uyen, binh duong"'):
        # one district: a town, then a city from 2023
        assert _ids(repository, typed) & (lai_chau | binh_duong) == binh_duong, typed
    assert _ids(repository, 'ward="huyện Tân Uyên, Lai Châu"') == lai_chau
    assert _ids(repository, 'ward="thành phố Tân Uyên, Bình Dương"') & lai_chau == set()
    assert lai_chau | binh_duong <= _ids(repository, 'ward="huyện Tân Uyên"')  # every district of the name, as before
    assert lai_chau | binh_duong <= _ids(repository, 'ward="thị xã Tân Uyên"')
    for refused in ('ward="huyện Tân Uyên, Bình Phước"', 'ward="thành phố Kỳ Anh, Hà Tĩnh"',
                    'ward="huyện Quokka, Lai Châu"'):
        with pytest.raises(QueryError):
            Filter.parse(refused)


@pytest.mark.parametrize("kept", [True, False], ids=["index", "pass"])
@pytest.mark.parametrize("base", ["", "year:2024", 'tinh:"quang ngai"', 'xa:"dong son"'])
def test_the_ward_picker_offers_a_commune_merged_away_as_written(repository: Repository, kept: bool,
                                                                  base: str) -> None:
    """`w tinh hoa` found nothing: the ward facet names today's wards only (Đông Sơn). The commune as written is
    offered, marked as former, its pick the clause that finds the old report and the new one, as typed
    `xa:"tinh hoa"` does; each count what the pick then finds; never offered by the province picker."""
    repository.upsert_many(every_record())
    query = Filter.parse(base) if base else Filter()
    catalog = _catalog(repository, kept)
    offered = {choice.label: choice for choice in former_wards(catalog, query, Translator("vi"))}
    assert offered["Tịnh Hòa"].value == 'ward="xã Tịnh Hòa"'
    assert offered["Tịnh Hòa"].detail == "xã cũ, Quảng Ngãi"
    assert "Đông Sơn" not in offered  # a commune of today is the facet's
    for choice in offered.values():
        assert choice.count == _found(repository, query.with_clause(Filter.parse(choice.value).clauses[0])), \
            (choice.value, base)
    both = {"2024-10-20-qng-tinh-hoa", "2026-02-11-qng-dong-son"}
    assert _ids(repository, offered["Tịnh Hòa"].value) & both == both == _ids(repository, 'xa:"tinh hoa"') & both
    assert "Tịnh Hòa" not in {choice.label for choice in former_choices(catalog, None, query, Translator("vi"))}
    english = former_wards(catalog, query, Translator("en"))
    assert {choice.detail for choice in english if choice.label == "Tịnh Hòa"} == {"former commune (xã), Quảng Ngãi"}
