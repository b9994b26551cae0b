"""Numbered wards merged before 2025 ("phường 13, quận 3") and those still on the 2025 list ("phường 3, quận Tân Bình").

Session 37, places23 (places22's "left open"): the older GSO lists behind `data/earlier_wards.json` pad numbered units
("Phường 03"), so "phường 3" never found its entry, and the builder's check against the 2025 list compared "03" with
"3", listing wards still on that list as merged earlier. A number names a ward of its district only (Quận 3 and Tân
Bình each had a Phường 3), so the builder now drops the zero and checks numbered units district by district.
"""

from __future__ import annotations

import re

import pytest

from store.earlier_wards import earlier_wards
from store.extract import extract_article
from store.folding import fold_compact
from store.resources import load_json

_PADDED = re.compile(r"\s0\d")


def _district(name: str) -> str:
    return fold_compact(re.sub(r"^(?:Quận|Huyện|Thị xã|Thành phố)\s+", "", name))


def _ward(name: str) -> str:
    """ "Phường 03" and "Phường 3" alike: the check must hold whichever way a list writes the number."""
    return re.sub(r"^0+(?=\d)", "", fold_compact(re.sub(r"^(?:Phường|Xã|Thị trấn)\s+", "", name)))


@pytest.mark.parametrize("name", ["earlier_wards.json", "former_wards.json"])
def test_no_numbered_unit_is_written_with_a_leading_zero(name: str) -> None:
    raw = load_json(name)
    padded = [row[0] for key in ("districts", "wards", "moved") for row in raw.get(key, []) if _PADDED.search(row[0])]
    assert padded == []


def test_former_units_write_no_leading_zero() -> None:
    raw = load_json("former_units.json")
    assert not any(_PADDED.search(str(row)) for row in raw["districts"])


def test_no_unit_is_both_on_the_2025_list_and_merged_earlier_in_the_same_district() -> None:
    known = load_json("former_wards.json")
    on_list = {(known["provinces"][known["districts"][d][1]], _district(known["districts"][d][0]), _ward(name))
               for name, d, _ in known["wards"]}
    raw = load_json("earlier_wards.json")
    earlier = {(raw["provinces"][raw["districts"][d][1]], _district(raw["districts"][d][0]), _ward(name))
               for name, d in raw["wards"]}
    assert sorted(earlier & on_list) == []


def test_a_numbered_ward_merged_before_2025_is_found_with_its_district() -> None:
    districts = {(w.district, w.old_province) for w in earlier_wards("3", "phường")}
    assert ("Thành phố Mỹ Tho", "Tiền Giang") in districts
    assert ("Quận Tân Bình", "Hồ Chí Minh") not in districts  # still on the 2025 list
    assert ("Quận 3", "Hồ Chí Minh") in {(w.district, w.old_province) for w in earlier_wards("13", "phường")}


def _places(unit: str, year: int) -> list[tuple[str, int | None, int | None]]:
    text = (f"HĐND giám sát tại {unit}\n\nNgày 14/9/{year}, Đoàn giám sát của HĐND do ông Lê Văn Nam, Phó Chủ tịch "
            f"HĐND, làm trưởng đoàn đã giám sát công tác cải cách hành chính tại UBND {unit}.")
    record = extract_article(text).record
    return [(loc["name"], (loc.get("province") or {}).get("code"), (loc.get("ward") or {}).get("code"))
            for loc in record.get("localities", [])]


@pytest.mark.parametrize(("unit", "year", "place"), [
    # merged before 2025: the province of its earlier entry's district, no ward
    ("phường 3, thành phố Mỹ Tho", 2021, ("phường 3", 82, None)),
    ("phường 13, quận 3", 2022, ("phường 13", 79, None)),
    ("phường 8, quận 8", 2023, ("phường 8", 79, None)),
    # look-alikes still on the 2025 list: today's ward
    ("phường 3, quận Tân Bình", 2022, ("phường 3", 79, 26977)),
    ("phường 12, quận Tân Bình", 2022, ("phường 12", 79, 26983)),
    ("phường 10, quận Phú Nhuận", 2023, ("phường 10", 79, 27073)),
])
def test_a_numbered_ward_in_a_report_before_2025(unit: str, year: int, place: tuple) -> None:
    assert _places(unit, year) == [place]
