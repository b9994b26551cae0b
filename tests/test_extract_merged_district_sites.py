"""A commune named bare on the site of a district merged whole before the 2025 list gets today's commune.

Session 37, places22 (fresh78 v02, v03): Nam Đông's portal (namdong.thuathienhue.gov.vn) writes "tại UBND xã Thượng
Quảng" with no district; Nam Đông was merged into Phú Lộc before the list of 1 July 2025, which has the commune under
Phú Lộc, so `place_sites.site_ward` took it for another district's namesake and placed the province with no ward. The
older lists record such communes as moved from the site's district (`earlier_wards.moved_from`): they are the site's
own, the one commune of the name in the old province (`place_moved_wards.moved_from_district`).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_moved_wards import moved_from_district
from store.gazetteer import gazetteer


def _wards(text: str, url: str) -> list[tuple[str, int | None]]:
    record = extract_article(text, url=url).record
    return [(loc["name"], (loc.get("ward") or {}).get("code")) for loc in record.get("localities", [])]


def _lead(unit: str, year: int = 2019) -> str:
    return (f"Đoàn giám sát làm việc tại {unit}\n\nNgày 12/5/{year}, Đoàn giám sát của HĐND huyện do ông Lê Văn Nam, "
            f"Phó Chủ tịch HĐND huyện, làm trưởng đoàn đã làm việc tại UBND {unit} về xây dựng nông thôn mới.")


_MOVED = [
    ("xã Hương Phú", "https://namdong.thuathienhue.gov.vn/?gd=27&tc=1", 20161),
    ("xã Thượng Nhật", "https://namdong.thuathienhue.gov.vn/?gd=27&tc=2", 20179),
    ("xã Ích Hậu", "https://locha.hatinh.gov.vn/tin-tuc/a.html", 18586),
    ("xã Đạ Kho", "https://dateh.lamdong.gov.vn/tin-tuc/b", 25138),
    ("xã Long Tân", "https://datdo.baria-vungtau.gov.vn/tin-tuc/c", 26680),
]


@pytest.mark.parametrize(("unit", "url", "ward"), _MOVED)
def test_a_commune_moved_with_its_merged_district_gets_todays_unit(unit: str, url: str, ward: int) -> None:
    assert _wards(_lead(unit), url) == [(unit, ward)]


def test_the_old_lists_name_a_province_by_its_short_name() -> None:
    # today's "Thành phố Huế" is the old lists' "Huế": the site's old province finds the one Thượng Lộ of it
    district = gazetteer().resolve("huyện Nam Đông", "huyện", "Huế")
    assert district is not None
    found = moved_from_district("Thượng Lộ", "xã", district, "Huế")
    assert found is not None and found.ward is not None and found.ward.code == 20161


@pytest.mark.parametrize(("unit", "url", "ward"), [
    # always Phú Lộc's: another district's namesake on Nam Đông's site, the province with no ward (as before)
    ("xã Lộc Trì", "https://namdong.thuathienhue.gov.vn/?gd=27&tc=3", None),
    # a district that lasted to the 2025 list: its commune as before
    ("xã Mai Đình", "https://hiephoa.bacgiang.gov.vn/tin-tuc/d.html", 7870),
])
def test_a_commune_that_did_not_move_keeps_the_old_reading(unit: str, url: str, ward: int | None) -> None:
    assert _wards(_lead(unit), url) == [(unit, ward)]


def test_a_commune_a_namesake_finds_in_another_province_is_not_the_sites() -> None:
    # Yên Dũng's Đồng Phúc, moved to Bắc Giang city before 2025, not Thái Nguyên's Đồng Phúc that the name alone finds
    assert _wards(_lead("xã Đồng Phúc"), "https://yendung.bacgiang.gov.vn/tin-tuc/e.html") == [("xã Đồng Phúc", 7735)]


def test_the_text_naming_another_district_is_not_the_sites() -> None:
    # the text's own district decides; the site's is not tried
    text = _lead("xã Lộc Trì, huyện Phú Lộc")
    assert _wards(text, "https://namdong.thuathienhue.gov.vn/?gd=27&tc=4")[0][1] is not None
