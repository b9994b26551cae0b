"""A former commune whose name others bore is picked with its district and province, on every backend.

Thirteen communes were called xã Tân Phú before 2025; Đồng Tháp alone had two that took other names (huyện Châu
Thành's, now xã Tân Phú Trung; huyện Thanh Bình's, now xã Thanh Bình), and Cai Lậy's is still xã Tân Phú. The ward
picker offered each former one (session 36, polish12) but picked it as `ward="xã Tân Phú"`, which found the other's
reports and the visits to every ward of the name. Now the pick names the district and province
(`store.former_communes`), finds its own old report and the visits to the ward it became, and nothing of the
namesakes; a name no other place bears is still picked alone (`ward="xã Tịnh Hòa"`, the look-alike).
"""

from __future__ import annotations

import pytest

from store.query import Filter
from store.repository import Repository
from tests.contract.test_former_units import _catalog, _found, _ids, _visit, tinh_hoa
from tui.former import former_wards
from tui.i18n import Translator

DONG_THAP = {"name": "Tỉnh Đồng Tháp", "code": 82}
CHAU_THANH = 'ward="xã Tân Phú, huyện Châu Thành, Đồng Tháp"'
THANH_BINH = 'ward="xã Tân Phú, huyện Thanh Bình, Đồng Tháp"'


def tan_phu() -> list[dict[str, object]]:
    """Two 2024 reports on the former communes, a 2026 visit to each ward they became, one to Cai Lậy's xã Tân Phú."""
    return [_visit("2024-06-03-dt-tan-phu-ct", "xã Tân Phú", DONG_THAP, ("Xã Tân Phú Trung", 30259)),
            _visit("2024-08-14-dt-tan-phu-tb", "xã Tân Phú", DONG_THAP, ("Xã Thanh Bình", 30130)),
            _visit("2026-03-02-dt-tan-phu-trung", "xã Tân Phú Trung", DONG_THAP, ("Xã Tân Phú Trung", 30259)),
            _visit("2026-03-09-dt-thanh-binh", "xã Thanh Bình", DONG_THAP, ("Xã Thanh Bình", 30130)),
            _visit("2026-04-01-dt-tan-phu-cai-lay", "xã Tân Phú", DONG_THAP, ("Xã Tân Phú", 28468))]


WANTED = {CHAU_THANH: {"2024-06-03-dt-tan-phu-ct", "2026-03-02-dt-tan-phu-trung"},
          THANH_BINH: {"2024-08-14-dt-tan-phu-tb", "2026-03-09-dt-thanh-binh"}}


@pytest.mark.parametrize("kept", [True, False], ids=["index", "pass"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_former_communes_of_one_name_are_picked_apart(repository: Repository, kept: bool, lang: str) -> None:
    repository.upsert_many(tan_phu() + tinh_hoa())
    offered = former_wards(_catalog(repository, kept), Filter(), Translator(lang))
    tan_phus = {choice.value: choice for choice in offered if choice.label == "Tân Phú"}
    assert sorted(tan_phus) == [CHAU_THANH, THANH_BINH]
    where = "xã cũ, huyện Châu Thành, Đồng Tháp" if lang == "vi" else "former commune (xã), huyện Châu Thành, Đồng Tháp"
    assert tan_phus[CHAU_THANH].detail == where
    for value, ids in WANTED.items():
        assert _ids(repository, value) == ids, value
        assert tan_phus[value].count == _found(repository, Filter.parse(value)) == 2, value
    [alone] = [choice for choice in offered if choice.label == "Tịnh Hòa"]
    assert alone.value == 'ward="xã Tịnh Hòa"'  # no other commune or ward of the name: the name alone, as before


def test_the_form_is_read_as_typed_and_the_bare_name_keeps_every_namesake(repository: Repository) -> None:
    repository.upsert_many(tan_phu())
    for typed in ('xa:"xa tan phu, chau thanh, dong thap"', 'ward="Xã Tân Phú, Huyện Châu Thành, Tỉnh Đồng Tháp"'):
        assert _ids(repository, typed) == WANTED[CHAU_THANH], typed
    every = {record["id"] for record in tan_phu()} - {"2026-03-09-dt-thanh-binh"}
    assert every <= _ids(repository, 'ward="xã Tân Phú"')  # the name alone: every place written so, as before
    assert _ids(repository, 'ward="Xã Tân Phú, Đồng Tháp"') == {"2026-04-01-dt-tan-phu-cai-lay"}  # today's ward
    assert _ids(repository, 'ward="xã Tân Phú, huyện Châu Thành, Bến Tre"') == set()  # Bến Tre's, not visited
