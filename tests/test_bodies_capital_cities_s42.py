"""A province's capital city bearing the province's name is a city inside a province (tryout s42-tryout14).

A journalist's `B` picker counted "HĐND thành phố Quảng Ngãi" (the council of the provincial capital, 2024) as a
"Provincial council": "thành phố" followed by a province's name had been read as a centrally-run city's council. Only
the six centrally-run cities are; "thành phố Thanh Hóa", "thành phố Hải Dương" (its province now in Hải Phòng) are
district-level cities, abolished in 2025. And the level word is read whole: "HĐND Quảng Ngãi" had read "quan" (quận)
in "Quảng", a district's council.
"""

from __future__ import annotations

import pytest

from store.bodies import body_type


@pytest.mark.parametrize("name", [
    "HĐND thành phố Quảng Ngãi",
    "Thường trực HĐND thành phố Thanh Hóa",
    "Đoàn giám sát HĐND TP Hải Dương",  # the province merged into Hải Phòng: its own capital, not Hải Phòng
    "HĐND TP. Thái Nguyên",
])
def test_a_capital_city_named_as_its_province_is_district_level(name: str) -> None:
    assert body_type(name) == "hdnd-huyen"


@pytest.mark.parametrize("name", [  # the look-alikes: the centrally-run cities, however written
    "HĐND thành phố Hà Nội",
    "HĐND TP Hồ Chí Minh",
    "HĐND TP.HCM",
    "HĐND TPHCM",
    "Hội đồng nhân dân thành phố Hải Phòng",
    "Đoàn giám sát của HĐND TP Đà Nẵng",
    "HĐND thành phố Cần Thơ",
    "HĐND TP Huế",
    "HĐND thành phố Hà Nội khóa XVI",
    "Thường trực HĐND thành phố",  # bare: a centrally-run city's
])
def test_a_centrally_run_city_is_provincial(name: str) -> None:
    assert body_type(name) == "hdnd-tinh"


@pytest.mark.parametrize(("name", "kind"), [
    ("HĐND Quảng Ngãi", "hdnd-tinh"),
    ("HĐND Quảng Trị", "hdnd-tinh"),
    ("HĐND Quảng Ninh", "hdnd-tinh"),
    ("HĐND quận Ba Đình", "hdnd-huyen"),  # the look-alike: the word itself
    ("HĐND Quận 1", "hdnd-huyen"),
])
def test_a_level_word_is_read_whole(name: str, kind: str) -> None:
    assert body_type(name) == kind
