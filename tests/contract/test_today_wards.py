"""A ward clause naming one ward of today with its province, on every backend (`store.today_wards`).

`ward="Phường Tân Định"` finds today's Tân Định (TP Hồ Chí Minh), the former Tân Định of Quận 1 it was made from,
and also what Bến Cát's former phường Tân Định became (Phường Hòa Lợi) and Khánh Hòa's xã Tân Định of today.
`ward="Phường Tân Định, Hồ Chí Minh"` finds the first two only, on each backend alike; a province with no ward of
that name today is refused, naming the ones meant.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.backends import _sample_records
from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Filter, QueryError
from store.repository import Repository
from tests.factories import make_record
from tests.synthetic import generate

HO_CHI_MINH = {"name": "Thành phố Hồ Chí Minh", "code": 79}
KHANH_HOA = {"name": "Tỉnh Khánh Hòa", "code": 56}
DONG_NAI = {"name": "Tỉnh Đồng Nai", "code": 75}
TAY_NINH = {"name": "Tỉnh Tây Ninh", "code": 80}


def _visit(record_id: str, name: str, province: dict[str, Any], ward: tuple[str, int],
           former: str | None = None) -> dict[str, Any]:
    locality = {"name": name, "level": name.split()[0].lower(), "province": province,
                "ward": {"name": ward[0], "code": ward[1]}, **({"former_province": former} if former else {})}
    return {**make_record(id=record_id, date=record_id[:10], localities=[locality]), "figures": []}


def namesakes() -> list[dict[str, Any]]:
    """Tân Định today (TP HCM) and before (Quận 1's, made into it), Bến Cát's former Tân Định (now Hòa Lợi) and
    Khánh Hòa's xã Tân Định of today; xã Tân Phú of Đồng Nai and of Tây Ninh."""
    return [
        _visit("2025-09-01-hcm-tan-dinh", "Phường Tân Định", HO_CHI_MINH, ("Phường Tân Định", 26737)),
        _visit("2024-03-02-q1-tan-dinh", "phường Tân Định", HO_CHI_MINH, ("Phường Tân Định", 26737)),
        _visit("2024-04-03-bc-tan-dinh", "phường Tân Định", HO_CHI_MINH, ("Phường Hòa Lợi", 25849), "Bình Dương"),
        _visit("2025-10-04-kh-tan-dinh", "Xã Tân Định", KHANH_HOA, ("Xã Tân Định", 22576)),
        _visit("2025-11-05-dn-tan-phu", "Xã Tân Phú", DONG_NAI, ("Xã Tân Phú", 26116)),
        _visit("2025-11-06-tn-tan-phu", "xã Tân Phú", TAY_NINH, ("Xã Tân Phú", 25549)),
    ]


def _ids(repository: Repository, text: str) -> set[str]:
    return {record["id"] for record in repository.search(Filter.parse(text), limit=200).records}


TAN_DINH_HCM = {"2025-09-01-hcm-tan-dinh", "2024-03-02-q1-tan-dinh"}
EVERY_TAN_DINH = {*TAN_DINH_HCM, "2024-04-03-bc-tan-dinh", "2025-10-04-kh-tan-dinh"}


def test_a_ward_with_its_province_finds_that_ward_only(repository: Repository) -> None:
    repository.upsert_many([*_sample_records(), *namesakes(), *generate(40, seed=20)])
    ours = {record["id"] for record in namesakes()}
    for typed in ('ward="Phường Tân Định, Hồ Chí Minh"', 'xa:"phuong tan dinh, tphcm"',
                  'ward="Tân Định, TP Hồ Chí Minh"'):
        assert _ids(repository, typed) & ours == TAN_DINH_HCM, typed
    assert _ids(repository, 'ward="Xã Tân Định, Khánh Hòa"') & ours == {"2025-10-04-kh-tan-dinh"}
    assert _ids(repository, 'ward="Xã Tân Phú, Đồng Nai"') & ours == {"2025-11-05-dn-tan-phu"}
    assert _ids(repository, 'ward="tan phu, tay ninh"') & ours == {"2025-11-06-tn-tan-phu"}
    assert _ids(repository, 'ward="Tân Định"') & ours == EVERY_TAN_DINH  # the name alone, as before
    assert _ids(repository, 'ward="Phường Tân Định"') & ours == EVERY_TAN_DINH - {"2025-10-04-kh-tan-dinh"}
    assert _ids(repository, 'ward="Tân Phú"') & ours == {"2025-11-05-dn-tan-phu", "2025-11-06-tn-tan-phu"}
    # OR within the field, AND with another field
    both = 'ward="Phường Tân Định, Hồ Chí Minh" ward="Xã Tân Phú, Đồng Nai"'
    assert _ids(repository, both) & ours == {*TAN_DINH_HCM, "2025-11-05-dn-tan-phu"}
    assert _ids(repository, 'ward="Phường Tân Định, Hồ Chí Minh" year:2024') & ours == {"2024-03-02-q1-tan-dinh"}


@pytest.mark.parametrize("refused", ['ward="Phường Tân Định, Hà Nội"', 'ward="Tân Định, Bình Dương"',
                                     'ward="Xã Tân Phú, Hồ Chí Minh"', 'ward="Tân Định, Quokka"'])
def test_a_province_with_no_ward_of_the_name_is_refused_with_the_ones_meant(refused: str) -> None:
    with pytest.raises(QueryError) as error:
        Filter.parse(refused)
    meant = "Phường Tân Định, Hồ Chí Minh" if "Định" in refused else "Xã Tân Phú, Đồng Nai"
    assert meant in str(error.value)


def test_the_in_memory_index_and_the_scan_find_the_same() -> None:
    """The browser's in-memory index (`store.index`) and the TinyDB-side scan (`Matcher`) agree on the namesakes."""
    records = [*_sample_records(), *namesakes()]
    index = SurveyIndex(records)
    for typed in ('ward="Phường Tân Định, Hồ Chí Minh"', 'ward="Xã Tân Định, Khánh Hòa"', 'ward="Tân Định"',
                  'ward="Lái Thiêu, Bình Dương"'):
        query = Filter.parse(typed)
        scanned = {record["id"] for record in records if Matcher(query).matches_record(record)}
        assert {index.records[p]["id"] for p in index.search(query).positions} == scanned, typed
    assert {record["id"] for record in namesakes()} & {
        index.records[p]["id"] for p in index.search(Filter.parse('ward="Phường Tân Định, Hồ Chí Minh"')).positions
    } == TAN_DINH_HCM
