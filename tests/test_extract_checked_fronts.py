"""A lower Front or council checked by the team: "kiểm tra ... đối với UBND và Ủy ban MTTQ các phường: A, B".

Session 36, places21 (fresh77's v08): a district Front checking its wards' funds "đối với UBND và Ủy ban MTTQ Việt
Nam các phường: A, B, C, D" gave the district: the wards came right after a Front, read as the checking body's own
units (`place_cues._BODY_BEFORE`). The body after "đối với"/"tại" under a checking verb is what was checked
(`place_checked_fronts`). So are the communes whose Fronts the team hears report (v12: "Hội nghị đã nghe Ủy ban MTTQ
huyện và Ủy ban MTTQ xã A, B báo cáo"), as the People's Committees heard reporting are.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_checked_fronts import front_checked, front_heard


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


_CHECKED = [
    ("Mặt trận quận Hoàn Kiếm kiểm tra quỹ\n\nNgày 12/9/2023, Ủy ban MTTQ Việt Nam quận Hoàn Kiếm đã kiểm tra việc "
     "quản lý quỹ cứu trợ đối với UBND và Ủy ban MTTQ các phường: Tràng Tiền, Cửa Nam.",
     ["phường Tràng Tiền", "phường Cửa Nam"]),
    ("Mặt trận huyện Trảng Bom giám sát\n\nNgày 3/4/2024, Ủy ban MTTQ Việt Nam huyện Trảng Bom (Đồng Nai) đã giám "
     "sát việc làm nhà Đại đoàn kết tại Ủy ban MTTQ xã Cây Gáo.", ["xã Cây Gáo"]),
    ("Mặt trận huyện Tân Phú kiểm tra quỹ\n\nNgày 8/5/2022, Ủy ban MTTQ Việt Nam huyện Tân Phú (Đồng Nai) đã kiểm "
     "tra các quỹ tại UBND, Ủy ban MTTQ Việt Nam hai xã Phú Lâm và Phú Thịnh.", ["xã Phú Lâm", "xã Phú Thịnh"]),
]


@pytest.mark.parametrize(("text", "places"), _CHECKED)
def test_the_checked_fronts_units_are_visited(text: str, places: list[str]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize("before", [
    "đã kiểm tra việc quản lý quỹ đối với UBND và Ủy ban MTTQ Việt Nam các ",
    "đã giám sát tại Ban Thường trực Ủy ban MTTQ ",
    "khảo sát tại Thường trực HĐND ",
    "kiểm tra các quỹ tại UBND, Ủy ban MTTQ Việt Nam hai ",
    "kiểm tra đối với Đảng ủy, UBND và MTTQ ",
])
def test_a_front_after_the_checks_place_is_checked(before: str) -> None:
    assert front_checked(before)


@pytest.mark.parametrize("before", [
    "Ngày 3/4/2024, Ủy ban MTTQ ",  # the Front that checks
    "đã kiểm tra tại UBND xã Cây Gáo. Cùng đi có đại diện Ủy ban MTTQ ",  # a Front joining, in another sentence
    "đã kiểm tra tại UBND xã Cây Gáo, cùng đại diện Ủy ban MTTQ ",  # a Front joining, after a comma
    "kiểm tra quỹ theo đề nghị của Ủy ban MTTQ ",  # the Front that asked
    "ông Lê Văn Hòa, Chủ tịch Ủy ban MTTQ ",  # an official's office
    "đã làm việc tại Ủy ban MTTQ ",  # no checking verb: not this rule
])
def test_a_front_not_checked_keeps_the_old_reading(before: str) -> None:
    assert not front_checked(before)


def test_a_communes_front_joining_the_team_is_no_place() -> None:
    text = ("Kiểm tra quỹ ở xã Cây Gáo\n\nNgày 22/8/2024, Ủy ban MTTQ Việt Nam huyện Trảng Bom (Đồng Nai) đã kiểm tra "
            "quỹ cứu trợ tại UBND xã Cây Gáo. Cùng đi với đoàn có đại diện Ủy ban MTTQ xã Sông Trầu.")
    assert _places(text) == ["xã Cây Gáo"]


_HEARD = [
    ("Kiểm tra quỹ tại huyện Phú Xuyên\n\nNgày 2/8/2023, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã kiểm tra quỹ cứu "
     "trợ tại huyện Phú Xuyên.\n\nĐoàn đã nghe Ủy ban MTTQ huyện và Ủy ban MTTQ xã Chuyên Mỹ, Phú Túc báo cáo.",
     ["huyện Phú Xuyên", "xã Chuyên Mỹ", "xã Phú Túc"]),
    ("Kiểm tra quỹ tại huyện Thanh Oai\n\nNgày 2/8/2023, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã kiểm tra quỹ cứu "
     "trợ tại huyện Thanh Oai.\n\nĐoàn nghe Ban Thường trực Ủy ban MTTQ hai xã Bích Hòa và Hồng Dương trình bày.",
     ["huyện Thanh Oai", "xã Bích Hòa", "xã Hồng Dương"]),
]


@pytest.mark.parametrize(("text", "places"), _HEARD)
def test_the_fronts_heard_reporting_host_the_team(text: str, places: list[str]) -> None:
    assert _places(text) == places


@pytest.mark.parametrize(("before", "heard"), [
    ("Đoàn đã nghe Ủy ban MTTQ huyện và Ủy ban MTTQ ", True),
    ("đoàn nghe Ban Thường trực Ủy ban MTTQ Việt Nam hai ", True),
    ("Dự buổi kiểm tra có Chủ tịch Ủy ban MTTQ ", False),  # a chair who attends
    ("Đoàn đã nghe UBND huyện báo cáo. Ủy ban MTTQ ", False),  # heard in another sentence
])
def test_a_front_heard(before: str, heard: bool) -> None:
    assert front_heard(before) == heard


@pytest.mark.parametrize("text", [
    # chairs who attend, reporting nothing
    "Kiểm tra quỹ tại huyện Ứng Hòa\n\nNgày 11/7/2023, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã kiểm tra quỹ tại huyện "
    "Ứng Hòa. Dự buổi kiểm tra có Chủ tịch Ủy ban MTTQ xã Trầm Lộng và xã Đại Hùng.",
    # a commune's Front heard, reporting nothing after the list
    "Kiểm tra quỹ tại huyện Ứng Hòa\n\nNgày 11/7/2023, Ủy ban MTTQ Việt Nam thành phố Hà Nội đã kiểm tra quỹ tại huyện "
    "Ứng Hòa. Đoàn lắng nghe ý kiến của Ủy ban MTTQ xã Trầm Lộng về cách làm hay.",
])
def test_a_front_named_but_not_reporting_is_no_place(text: str) -> None:
    assert _places(text) == ["huyện Ứng Hòa"]
