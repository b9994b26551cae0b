"""The sidebar's tree names a ward's provinces as the province facet does (`tui.model.facet_provinces`)."""

from __future__ import annotations

from tui.model import facet_provinces


def test_written_province_names_become_the_facets_names_once() -> None:
    found = {"Tân Định": ("Tỉnh Khánh Hòa", "Khánh Hòa", "Thành phố Hồ Chí Minh"), "Nơi khác": ("Xứ Lạ",)}
    assert facet_provinces(found) == {"Tân Định": ("Khánh Hòa", "Thành phố Hồ Chí Minh"), "Nơi khác": ("Xứ Lạ",)}


def test_unaccented_and_abbreviated_names_are_found_as_today_s_province() -> None:
    assert facet_provinces({"Dĩ An": ("tp hcm",), "Tân Phú": ("tinh dong nai",)}) == {
        "Dĩ An": ("Thành phố Hồ Chí Minh",), "Tân Phú": ("Đồng Nai",)}


def test_the_facets_own_names_need_no_gazetteer(monkeypatch) -> None:
    """The names the province facet has (nearly every store's: records write today's names) are kept as they are,
    without loading the gazetteer, which the launch's first counts would wait for."""
    import store.gazetteer  # noqa: PLC0415

    def unloaded() -> None:
        raise AssertionError("the gazetteer was loaded")

    monkeypatch.setattr(store.gazetteer, "gazetteer", unloaded)
    assert facet_provinces({"Tân Định": ("Khánh Hòa", "Thành phố Hồ Chí Minh")},
                           {"Khánh Hòa", "Thành phố Hồ Chí Minh"}) == {
        "Tân Định": ("Khánh Hòa", "Thành phố Hồ Chí Minh")}
