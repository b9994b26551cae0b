"""Session 38, places24: a numbered ward written with leading zeros ("Phường 03", "P.03") is the ward the lists
call "Phường 3" wherever the gazetteer is looked up (`store.folding.unpadded`). Properties: a number folds alike
with and without padding; every other name, "10" and "0" stay as written; over every numbered unit of the lists,
the padded name finds what the plain one finds. Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.earlier_wards import earlier_wards
from store.extract import extract_article
from store.folding import unpadded
from store.gazetteer import gazetteer, split_level

NUMBERS = sorted({int(base) for name in gazetteer()._former_wards.names()  # noqa: SLF001
                  for _, base in [split_level(name)] if base.isdigit()})
"""Every number a ward or commune of the 2025-eve list is named by."""


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=3))
def test_a_number_folds_alike_with_and_without_padding(number: int, zeros: int) -> None:
    assert unpadded("0" * zeros + str(number)) == unpadded(str(number)) == str(number)


@given(st.text(max_size=20).filter(lambda s: not (s.isascii() and s.isdigit())))
def test_every_other_name_stays_as_written(name: str) -> None:
    assert unpadded(name) == name


@pytest.mark.parametrize("name", ["10", "20", "0", "Phước Cát 2", "Phường 03", "03A", "P.03"])
def test_look_alikes_stay_as_written(name: str) -> None:
    assert unpadded(name) == name


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(NUMBERS), st.sampled_from(["Phường", "Xã", ""]))
def test_the_padded_name_finds_what_the_plain_one_finds(number: int, level: str) -> None:
    plain, padded = f"{level} {number}".strip(), f"{level} {number:02d}".strip()
    places = gazetteer()
    assert places.find_wards(padded) == places.find_wards(plain)
    assert places.former_wards(padded) == places.former_wards(plain)
    assert earlier_wards(f"{number:02d}") == earlier_wards(str(number))
    assert places.resolve(padded, province_hint="Hồ Chí Minh") == places.resolve(plain, province_hint="Hồ Chí Minh")


def _wards(text: str) -> list[int | None]:
    record = extract_article(text, today=date(2026, 12, 1)).record
    return [(unit.get("ward") or {}).get("code") for unit in record.get("localities") or []]


@pytest.mark.parametrize("written", ["Phường 03", "P.03", "phường 03"])
def test_a_report_writing_the_zero_finds_the_ward(written: str) -> None:
    text = "Ngày 14/6/2023, Ban Pháp chế HĐND Thành phố Hồ Chí Minh đã giám sát tại UBND {}, quận Tân Bình."
    assert _wards(text.format(written)) == _wards(text.format("Phường 3")) != [None]


def test_a_number_ending_in_zero_keeps_it() -> None:
    text = "Ngày 7/7/2023, Ban Pháp chế HĐND Thành phố Hồ Chí Minh đã giám sát tại UBND {}, quận Tân Bình."
    assert _wards(text.format("Phường 10")) != _wards(text.format("Phường 1"))
