"""The sidebar's tree names a ward's provinces as the province facet does (`tui.model.facet_provinces`)."""

from __future__ import annotations

from tui.model import facet_provinces


def test_written_province_names_become_the_facets_names_once() -> None:
    found = {"Tân Định": ("Tỉnh Khánh Hòa", "Khánh Hòa", "Thành phố Hồ Chí Minh"), "Nơi khác": ("Xứ Lạ",)}
    assert facet_provinces(found) == {"Tân Định": ("Khánh Hòa", "Thành phố Hồ Chí Minh"), "Nơi khác": ("Xứ Lạ",)}


def test_unaccented_and_abbreviated_names_are_found_as_today_s_province() -> None:
    assert facet_provinces({"Dĩ An": ("tp hcm",), "Tân Phú": ("tinh dong nai",)}) == {
        "Dĩ An": ("Thành phố Hồ Chí Minh",), "Tân Phú": ("Đồng Nai",)}
