"""The name lists (`store.place_names`) moved out of the gazetteer's look-ups unchanged (session 29).

Properties over the gazetteer: every list holds what its look-ups find, so the nearest names and the
unknown-name check compare with the same names as before the move.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from store.folding import fold
from store.gazetteer import Gazetteer, gazetteer
from store.levels import split_level
from store.place_names import former_province_keys, former_ward_names, place_name_keys, ward_names

PLACES = gazetteer()
WARDS = ward_names(PLACES)
FORMER = former_ward_names(PLACES)


def test_the_lists_are_the_place_names_and_no_longer_the_gazetteers() -> None:
    assert len(WARDS) == 3321 and "Phường Sài Gòn" in WARDS
    assert "Phường Bến Nghé" in FORMER
    keys = former_province_keys(PLACES)
    assert keys["binh duong"] == "Bình Dương" and keys["thua thien hue"] == "Huế"
    assert not any(hasattr(Gazetteer, name) for name in ("ward_names", "former_ward_names", "former_province_keys",
                                                         "place_name_keys"))
    assert place_name_keys(PLACES) is place_name_keys(PLACES)  # built once
    source = Path(__file__).parent.parent / "store" / "gazetteer.py"
    assert len(source.read_text(encoding="utf-8").splitlines()) < 400


@given(st.sampled_from(WARDS))
def test_each_ward_of_today_is_found_by_its_name_and_is_a_place_name(name: str) -> None:
    assert any(unit.name == name for unit, _ in PLACES.find_wards(name))
    assume(not set(name) & set("'’‘ʼ`"))  # "Cư M’gar": keyed with its apostrophe made one (`gazetteer`)
    assert fold(split_level(name)[1]) in place_name_keys(PLACES)


@given(st.sampled_from(FORMER))
def test_each_former_ward_is_found_by_its_name_and_is_a_place_name(name: str) -> None:
    assert PLACES.former_wards(name)
    assert fold(split_level(name)[1]) in place_name_keys(PLACES)


@given(st.sampled_from(sorted(former_province_keys(PLACES).items())))
def test_each_former_provinces_key_names_it(item: tuple[str, str]) -> None:
    key, name = item
    assert PLACES.former_province(key) is not None and PLACES.former_province(key)[0] == name  # type: ignore[index]
