"""`xa:"quận 1"`, a numbered district of before 2025 with its level word, finds the visits to the wards made from it
(session 31), on every backend, as `xa:"huyện Bố Trạch"` does for a named one: it had found nothing and said nothing
(a tryout of session 30). The bare number is still no district: `xa:"1"` is the many "Phường 1", and `xa:"quận 1"`
does not find a "phường 1" written elsewhere. No facet offers the clause (numbered districts are offered as records
write them: `sqlindex.units.mapped_units`), so no count has to follow it."""

from __future__ import annotations

from typing import Any

from store.backends import _sample_records
from store.query import Filter
from store.repository import Repository
from tests.contract.test_today_wards import namesakes
from tests.factories import make_record

VINH_LONG = {"name": "Tỉnh Vĩnh Long", "code": 86}


def phuong_1() -> dict[str, Any]:
    """A visit to a "phường 1" of another province, placed in no ward of today."""
    return {**make_record(id="2024-06-07-vl-phuong-1", date="2024-06-07", localities=[
        {"name": "phường 1", "level": "phường", "province": VINH_LONG, "ward": None}]), "figures": []}


def _ids(repository: Repository, text: str) -> set[str]:
    return {record["id"] for record in repository.search(Filter.parse(text), limit=200).records}


TAN_DINH_HCM = {"2025-09-01-hcm-tan-dinh", "2024-03-02-q1-tan-dinh"}  # phường Tân Định, made from Quận 1's


def test_a_numbered_district_with_its_level_word_finds_the_wards_made_from_it(repository: Repository) -> None:
    repository.upsert_many([*_sample_records(), *namesakes(), phuong_1()])
    for typed in ('xa:"quận 1"', 'ward:"quan 1"', 'ward:"Q.1"', 'xa="Quận 1"'):
        assert _ids(repository, typed) == TAN_DINH_HCM, typed
    assert _ids(repository, 'xa="Quận 1, Hồ Chí Minh"') == TAN_DINH_HCM  # with its province, as before
    assert _ids(repository, 'xa:"quận 3"') == set()  # no visit in a ward made from Quận 3
    bare = _ids(repository, 'xa:"1"')  # the bare number: names written "phường 1" (or starting so), as before
    assert "2024-06-07-vl-phuong-1" in bare and not bare & TAN_DINH_HCM
    assert "2024-06-07-vl-phuong-1" not in _ids(repository, 'xa:"quận 1"')
