"""Each ward the sidebar lists is nested under the provinces its visits lie in, on every backend.

The browser's sidebar tree reads `Searcher.ward_provinces` (ward facet value → `province.name`s): the file store's
index makes it as it builds (`store.index.places`), PostgreSQL groups its `ward_places` column in one query. A
backend without it had shown every province with no ward under it. The in-memory index (`store.index`) is the
oracle (its order is that of the visits, newest first, so they are compared as sets); a store's own order is the
provinces' by code point on every backend (the sidebar puts a shared name's "every place" line under the first
province none of its places is in: the same line on a file store and an archive). Writes move it: an edit that
moves a visit, a deletion.
"""

from __future__ import annotations

from typing import Any

from store.index import SurveyIndex
from store.query import Filter
from store.repository import Repository
from tests.contract.test_today_wards import HO_CHI_MINH
from tests.contract.test_ward_namesakes import every_record
from tests.factories import make_record
from tui.model import Catalog, facet_provinces
from tui.searcher import Searcher

TWO_PLACES = "2025-12-01-two-provinces"


def _as_sets(found: dict[str, tuple[str, ...]]) -> dict[str, set[str]]:
    return {ward: set(provinces) for ward, provinces in found.items()}


def _read(repository: Repository) -> dict[str, tuple[str, ...]]:
    repository.search(Filter(), limit=0)  # a file store's index built, as the browser has it before its sidebar
    return Searcher(repository).ward_provinces()


def _two_provinces() -> dict[str, Any]:
    """A visit to two localities of two provinces: each ward under its own province, not under both."""
    record = make_record(id=TWO_PLACES, date=TWO_PLACES[:10])
    tan_dinh = {"name": "Phường Tân Định", "level": "phường", "province": HO_CHI_MINH,
                "ward": {"name": "Phường Tân Định", "code": 26737}}
    return {**record, "localities": [*record["localities"], tan_dinh]}


def test_the_wards_provinces_agree_with_the_in_memory_index(repository: Repository) -> None:
    records = [*every_record(), _two_provinces()]
    repository.upsert_many(records)
    expected = _as_sets(SurveyIndex(records).ward_provinces())
    assert expected["Tân Định"] >= {"Thành phố Hồ Chí Minh", "Tỉnh Khánh Hòa"}  # a shared name: both provinces
    found = _read(repository)
    assert _as_sets(found) == expected
    assert all(list(provinces) == sorted(set(provinces)) for provinces in found.values())  # each once, in order
    wards = [ward for ward, _ in repository.search(Filter(), limit=0).facets["ward"]]
    assert wards and all(found.get(ward) for ward in wards)  # every ward the sidebar lists has a province
    by_facet = Catalog(Searcher(repository)).ward_provinces  # as the province facet names them
    assert _as_sets(by_facet) == _as_sets(facet_provinces(SurveyIndex(records).ward_provinces()))
    assert {"Thành phố Hồ Chí Minh", "Khánh Hòa"} <= set(by_facet["Tân Định"])  # "Tỉnh" as the facet drops it


def test_an_edit_and_a_deletion_move_the_wards_provinces(repository: Repository) -> None:
    records = [*every_record(), _two_provinces()]
    repository.upsert_many(records)
    first = next(record for record in records if record["id"] == "2025-10-04-kh-tan-dinh")
    dong_nai = next(record for record in records if record["id"] == "2025-11-05-dn-tan-phu")
    moved = {**first, "localities": dong_nai["localities"]}  # Khánh Hòa's Tân Định visit was Đồng Nai's Tân Phú
    repository.update(first["id"], lambda _: moved)
    repository.delete([TWO_PLACES])
    now = [moved if record["id"] == first["id"] else record for record in records if record["id"] != TWO_PLACES]
    found = _as_sets(_read(repository))
    assert found == _as_sets(SurveyIndex(now).ward_provinces())
    assert "Tỉnh Khánh Hòa" not in found["Tân Định"]
