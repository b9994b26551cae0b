"""Names as reports write them resolve to today's units, old ones included."""

from __future__ import annotations

import pytest

from store.earlier_wards import earlier_wards
from store.former_wards import describe
from store.gazetteer import gazetteer, split_level
from tests.present import present


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
    assert (found := places.resolve("phường Tân Định")) is None or found.province.code == 79
    assert present(places.resolve("xã Tân Định", province_hint="Khánh Hòa")).province.code == 56


@pytest.mark.parametrize("typed", ["tphcm", "TP.HCM", "ho chi minh", "Sài Gòn", "Thành phố Hồ Chí Minh"])
def test_province_aliases(typed: str) -> None:
    assert present(gazetteer().find_province(typed)).code == 79


def test_counts_match_the_2025_list() -> None:
    places = gazetteer()
    assert len(places.provinces()) == 34


# -- the level written chooses; it never crosses -----------------------------------
@pytest.mark.parametrize(
    ("written", "hint", "province_code", "ward_name"),
    [
        ("phường Hòa Khánh", None, 48, "Phường Hòa Khánh"),
        ("phường Hoà Khánh", None, 48, "Phường Hòa Khánh"),  # new tone placement, same name
        ("xã Hòa Khánh", None, 80, "Xã Hoà Khánh"),  # and the other way round
        ("phường Tân Định", None, 79, "Phường Tân Định"),
        ("xã Tân Định", None, 56, "Xã Tân Định"),
        ("phường Sơn Tây", None, 1, "Phường Sơn Tây"),
        ("xã Sơn Tây", "Quảng Ngãi", 51, "Xã Sơn Tây"),
        ("P. Tân Định", None, 79, "Phường Tân Định"),
        ("P.Tân Định", None, 79, "Phường Tân Định"),
        ("Tân Dĩnh", None, 24, "Xã Tân Dĩnh"),  # accents as written pick it; folded it would be ambiguous
    ],
)
def test_level_and_province_choose_among_same_named_units(written, hint, province_code, ward_name) -> None:
    resolution = gazetteer().resolve(written, province_hint=hint)
    assert resolution is not None and resolution.ward is not None
    assert (resolution.province.code, resolution.ward.name) == (province_code, ward_name)


@pytest.mark.parametrize("written", ["phường 1", "P.1", "phường 12", "xã Quận 1", "phường Củ Chi", "tan dinh"])
def test_a_level_is_never_crossed_and_ambiguity_is_none(written: str) -> None:
    resolution = gazetteer().resolve(written)
    assert resolution is None or resolution.level in ("phường", "xã")
    if resolution is not None:  # a ward level written: a ward or nothing
        assert resolution.ward is not None


def test_phuong_1_is_not_quan_1() -> None:
    places = gazetteer()
    assert places.resolve("phường 1") is None
    assert present(places.resolve("quận 1")).level == "quận"
    assert present(places.resolve("Q.1")).level == "quận"


@pytest.mark.parametrize(
    ("written", "level", "base"),
    [
        ("P. Bến Nghé", "phường", "Bến Nghé"),
        ("P.Bến Nghé", "phường", "Bến Nghé"),
        ("Q.1", "quận", "1"),
        ("Q. 3", "quận", "3"),
        ("Q1", "quận", "1"),
        ("P12", "phường", "12"),
        ("TX. Hòa Thành", "thị xã", "Hòa Thành"),
        ("TX Hòa Thành", "thị xã", "Hòa Thành"),
        ("TT. Củ Chi", "thị trấn", "Củ Chi"),
        ("thị trấn Củ Chi", "thị trấn", "Củ Chi"),
        ("H. Củ Chi", "huyện", "Củ Chi"),
        ("TP. Thủ Đức", "thành phố", "Thủ Đức"),
        ("Tp Thủ Đức", "thành phố", "Thủ Đức"),
        ("Phú Quốc", None, "Phú Quốc"),
        ("Hòa Thành", None, "Hòa Thành"),
        ("Quảng Ngãi", None, "Quảng Ngãi"),
    ],
)
def test_abbreviated_levels_are_split(written: str, level: str | None, base: str) -> None:
    assert split_level(written) == (level, base)


def test_abbreviated_levels_resolve() -> None:
    places = gazetteer()
    assert present(places.resolve("TX. Hòa Thành")).province.code == 80
    assert present(places.resolve("H. Củ Chi")).level == "huyện"
    assert present(places.resolve("TP. Thủ Đức")).level == "thành phố"


# -- wards merged away in 2025 -------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "district", "hint", "today"),
    [
        ("phường Bến Nghé", None, None, "Phường Sài Gòn"),
        ("P. Bến Nghé", "Q.1", "TP.HCM", "Phường Sài Gòn"),
        ("phường Đa Kao", None, None, "Phường Sài Gòn"),
        ("phường 1", "quận 3", "TP.HCM", "Phường Bàn Cờ"),
        ("thị trấn Củ Chi", None, "TP HCM", "Xã Tân An Hội"),
    ],
)
def test_former_wards_resolve_to_what_they_became(written, district, hint, today) -> None:
    resolution = gazetteer().resolve(written, province_hint=hint, district_hint=district)
    assert resolution is not None and resolution.ward is not None and resolution.former_ward is not None
    assert resolution.ward.name == today and resolution.province.code == 79


def test_a_ward_split_in_two_lists_both_and_says_so() -> None:
    (former,) = gazetteer().former_wards("phường Đa Kao")
    assert [name for name, _, _ in former.became] == ["Phường Sài Gòn", "Phường Tân Định"]
    assert former.district == "Quận 1" and former.old_province == "Hồ Chí Minh"

    assert "Phường Tân Định" in describe(former, "en") and "became" in describe(former, "en")
    assert "nay là" in describe(former, "vi")


def test_ward_origins_name_the_old_provinces() -> None:
    places = gazetteer()
    lai_thieu = present(present(places.resolve("phường Lái Thiêu")).ward)
    assert places.ward_origins(lai_thieu.code) == {"Bình Dương"}
    assert places.ward_origins(present(present(places.resolve("phường Bến Nghé")).ward).code) == {"Hồ Chí Minh"}


# -- one-line localities ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "province_code", "ward_name", "level"),
    [
        ("phường Tân Định, TP.HCM", 79, "Phường Tân Định", "phường"),
        ("P. Bến Nghé, Q.1, TP.HCM", 79, "Phường Sài Gòn", "phường"),
        ("thị xã Hòa Thành, Tây Ninh", 80, None, "thị xã"),
        ("phường 1, quận 3, TP.HCM", 79, "Phường Bàn Cờ", "phường"),
        ("xã Tân Định, Khánh Hòa", 56, "Xã Tân Định", "xã"),
        ("phường Lái Thiêu, TP. Thuận An, tỉnh Bình Dương", 79, "Phường Lái Thiêu", "phường"),
    ],
)
def test_one_line_localities_resolve(line, province_code, ward_name, level) -> None:
    resolution = gazetteer().resolve_line(line)
    assert resolution is not None
    assert resolution.province.code == province_code and resolution.level == level
    assert (resolution.ward.name if resolution.ward else None) == ward_name


def test_split_line_finds_the_province_whatever_its_place() -> None:
    places = gazetteer()
    assert places.split_line("P. Bến Nghé, Q.1, TP.HCM") == ("P. Bến Nghé", "Q.1", "TP.HCM")
    assert places.split_line("phường 1,quận 3 ,  TP HCM") == ("phường 1", "quận 3", "TP HCM")
    assert places.split_line("phường Rạch Dừa") == ("phường Rạch Dừa", None, None)
    assert places.resolve_line("Phường 1, Quận 1, TP.HCM") is None  # Quận 1 had no phường 1


@pytest.mark.parametrize(
    ("written", "level", "code"), [("Bình Dương", "tỉnh", 79), ("Sơn Tây", None, None), ("Tân Định", None, None)]
)
def test_a_name_alone_shared_by_wards_is_a_province_or_nothing(
    written: str, level: str | None, code: int | None
) -> None:
    resolution = gazetteer().resolve(written)
    assert resolution is not None and (resolution.level, resolution.province.code) == (level, code) if code \
        else resolution is None


def test_units_merged_before_the_2025_list_keep_their_district_and_province() -> None:
    (ward,) = earlier_wards("Đống Mác", "phường")
    assert (ward.district, ward.old_province) == ("Quận Hai Bà Trưng", "Hà Nội")
    assert earlier_wards("Đống Mác", "xã") == []
    assert not earlier_wards("Bến Nghé")  # still on the 2025 list: not an earlier unit
