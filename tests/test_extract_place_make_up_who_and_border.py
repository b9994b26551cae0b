"""A place's households and people split by who they are, and a border place's border length, are its make-up (#12).

Session 38, fresh81's real set (v02): "Toàn xã có 2.200 hộ với 8.686 nhân khẩu, trong đó đồng bào dân tộc thiểu số có
691 hộ với 3.072 nhân khẩu" gave four figures and two wholes, and "đây là xã biên giới ..., có 16,2 km đường biên" a
fifth. Sentences of my own (`figure_place_size`, `figure_borders`); parts a status or a deed names, and kilometres the
work covered, stay counted.
"""

from __future__ import annotations

import re

import pytest

from store.extract.figure_borders import border_length
from store.extract.figure_context import number_is_context
from store.extract.figure_place_size import place_size

WHO = ("Xã Ea Súp sau sắp xếp có 6.240 hộ với 25.310 nhân khẩu, trong đó đồng bào dân tộc thiểu số có 2.115 hộ với "
       "9.870 nhân khẩu.")
SEMICOLON = "Toàn phường hiện có 4.870 hộ, 18.960 khẩu; trong đó người dân tộc Chăm có 1.530 hộ, 6.020 khẩu."
NUMBER_OF = ("Xã có 2.980 hộ với 11.450 người, trong đó số hộ đồng bào dân tộc thiểu số là 1.310 hộ với 5.260 người.")
GROUP = "Thôn có 420 hộ, 1.730 nhân khẩu, trong đó đồng bào Gia Rai có 265 hộ, 1.102 nhân khẩu sinh sống."

MAKE_UP = [
    pytest.param(WHO, "6.240", "hộ", id="total-households"),
    pytest.param(WHO, "25.310", "nhân khẩu", id="total-people"),
    pytest.param(WHO, "2.115", "hộ", id="minority-households"),
    pytest.param(WHO, "9.870", "nhân khẩu", id="minority-people"),
    pytest.param(SEMICOLON, "4.870", "hộ", id="semicolon-total"),
    pytest.param(SEMICOLON, "1.530", "hộ", id="semicolon-one-group-households"),
    pytest.param(SEMICOLON, "6.020", "khẩu", id="semicolon-one-group-people"),
    pytest.param(NUMBER_OF, "1.310", "hộ", id="number-of-minority-households"),
    pytest.param(NUMBER_OF, "5.260", "người", id="number-of-minority-people"),
    pytest.param(GROUP, "265", "hộ", id="named-group-households"),
    pytest.param(GROUP, "1.102", "nhân khẩu", id="named-group-people-living-there"),
]

COUNTED = [
    pytest.param("Toàn xã có 3.400 hộ, trong đó có 212 hộ nghèo là đồng bào dân tộc thiểu số.", "212", "hộ",
                 id="poor-households-of-the-total"),
    pytest.param("Xã có 4.120 hộ, trong đó đồng bào dân tộc thiểu số có 385 hộ được hỗ trợ xây mới nhà ở.", "385", "hộ",
                 id="households-the-work-reached"),
    pytest.param("Xã có 4.120 hộ, trong đó đồng bào dân tộc thiểu số có 385 hộ nghèo.", "385", "hộ",
                 id="minority-households-that-are-poor"),
    pytest.param("Năm 2025, xã đã hỗ trợ 145 hộ đồng bào dân tộc thiểu số vay vốn, trong đó người dân tộc Chăm có "
                 "60 hộ.", "60", "hộ", id="a-part-of-households-helped-no-place-size"),
]

TOTAL_STAYS_WHOLE = [
    pytest.param("Toàn xã có 3.400 hộ, trong đó có 212 hộ nghèo là đồng bào dân tộc thiểu số.", "3.400", "hộ",
                 id="whole-of-the-poor"),
    pytest.param("Xã có 4.120 hộ, trong đó đồng bào dân tộc thiểu số có 385 hộ được hỗ trợ xây mới nhà ở.", "4.120",
                 "hộ", id="whole-of-households-helped"),
]


def _found(text: str, number: str, unit: str) -> re.Match[str]:
    match = re.search(re.escape(number) + r"\s+" + unit, text)
    assert match is not None
    return match


@pytest.mark.parametrize(("text", "number", "unit"), MAKE_UP)
def test_who_the_people_are_is_the_places_make_up(text: str, number: str, unit: str) -> None:
    match = _found(text, number, unit)
    assert place_size(text, match.start(), match.end(), unit)


@pytest.mark.parametrize(("text", "number", "unit"), COUNTED + TOTAL_STAYS_WHOLE)
def test_a_part_a_status_or_deed_names_stays_counted(text: str, number: str, unit: str) -> None:
    match = _found(text, number, unit)
    assert not place_size(text, match.start(), match.end(), unit)


BORDERS = [
    pytest.param("Bát Xát là xã biên giới, có 21,5 km đường biên giới giáp Trung Quốc.", "21,5", id="has-border"),
    pytest.param("Địa bàn xã có hơn 18 km đường biên giới với nước bạn Lào.", "18", id="ground-has-more-than"),
    pytest.param("Là xã biên giới với gần 30 km đường biên, Trà Lĩnh đã tiếp nhận 276 hồ sơ.", "30", id="with-nearly"),
    pytest.param("Huyện cũ có tổng cộng 56 km biên giới tiếp giáp Campuchia.", "56", id="in-all-bare-border"),
]

BORDER_WORK = [
    pytest.param("Lực lượng chức năng tổ chức tuần tra, kiểm soát 120 km đường biên giới.", "120", id="patrolled"),
    pytest.param("Đồn Biên phòng phối hợp với xã tuần tra trên tuyến có 45 km đường biên giới.", "45",
                 id="patrol-on-a-stretch"),
    pytest.param("Xã đã phát quang 15 km đường biên, cắm 12 biển báo.", "15", id="cleared"),
    pytest.param("Xã có 21 km đường giao thông nông thôn được bê tông hóa.", "21", id="roads-not-a-border"),
]


def _km(text: str, number: str) -> tuple[int, int]:
    match = re.search(re.escape(number) + r"\s*km", text)
    assert match is not None
    return match.start(), match.end()


@pytest.mark.parametrize(("text", "number"), BORDERS)
def test_a_places_border_length_is_no_figure(text: str, number: str) -> None:
    start, end = _km(text, number)
    assert border_length(text, start, end, "km")
    assert number_is_context(text, start, end, "km")


@pytest.mark.parametrize(("text", "number"), BORDER_WORK)
def test_kilometres_the_work_covered_stay(text: str, number: str) -> None:
    start, end = _km(text, number)
    assert not border_length(text, start, end, "km")


def test_only_kilometres_are_a_border_length() -> None:
    text = "Xã có 21 hộ sống sát đường biên giới."
    match = _found(text, "21", "hộ")
    assert not border_length(text, match.start(), match.end(), "hộ")
