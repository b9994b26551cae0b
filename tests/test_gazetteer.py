"""Names as reports write them resolve to today's units, old ones included."""

from __future__ import annotations

import pytest

from store.gazetteer import gazetteer, split_level


@pytest.mark.parametrize(
    ("written", "level", "base"),
    [("phường  Lái Thiêu", "phường", "Lái Thiêu"), ("TP.Dĩ An", "thành phố", "Dĩ An"), ("TP TDM", "thành phố", "TDM"),
     ("huyện Thạch Thất", "huyện", "Thạch Thất"), ("Xã Thạch Thất", "xã", "Thạch Thất"),
     ("đặc khu Phú Quốc", "đặc khu", "Phú Quốc"), ("Rạch Dừa", None, "Rạch Dừa")],
)
def test_split_level(written: str, level: str | None, base: str) -> None:
    assert split_level(written) == (level, base)


@pytest.mark.parametrize(
    ("written", "province_code", "ward_code", "former"),
    [
        ("phường Lái Thiêu", 79, 25966, None),
        ("phường  Rạch Dừa", 79, 26536, None),
        ("phường Vũng Tàu", 79, 26506, None),
        ("TP.Dĩ An", 79, None, "Bình Dương"),
        ("TP. Dĩ An", 79, None, "Bình Dương"),
        ("TP TDM", 79, None, "Bình Dương"),
        ("thành phố Thủ Dầu Một", 79, None, "Bình Dương"),
        ("huyện Thạch Thất", 1, None, None),
        ("xã Thạch Thất", 1, 9955, None),
        ("tỉnh Bình Dương", 79, None, "Bình Dương"),
        ("Bà Rịa - Vũng Tàu", 79, None, "Bà Rịa - Vũng Tàu"),
        ("TP Hồ Chí Minh", 79, None, None),
    ],
)
def test_resolve_to_today(written: str, province_code: int, ward_code: int | None, former: str | None) -> None:
    resolution = gazetteer().resolve(written)
    assert resolution is not None
    assert resolution.province.code == province_code
    assert (resolution.ward.code if resolution.ward else None) == ward_code
    assert resolution.former_province == former


def test_ambiguous_ward_needs_a_province_hint() -> None:
    places = gazetteer()
    assert len(places.find_wards("Tân Định")) > 1
    assert places.resolve("phường Tân Định") is None or places.resolve("phường Tân Định").province.code == 79
    assert places.resolve("xã Tân Định", province_hint="Khánh Hòa").province.code == 56


@pytest.mark.parametrize("typed", ["tphcm", "TP.HCM", "ho chi minh", "Sài Gòn", "Thành phố Hồ Chí Minh"])
def test_province_aliases(typed: str) -> None:
    assert gazetteer().find_province(typed).code == 79


def test_counts_match_the_2025_list() -> None:
    places = gazetteer()
    assert len(places.provinces()) == 34
