"""Session 32 (f70), from a real set on Project 06 and chip ID cards: districts listed after one level word with
commas only ("tại Công an huyện Cẩm Khê, Thanh Sơn, Yên Lập") are all visited, a district never lying in the next
("huyện Can Lộc, Đức Thọ, thị xã Hồng Lĩnh"); a pace or a count given as a quota ("giao chỉ tiêu cho các tổ phải đạt
tiến độ 350 hồ sơ mỗi ngày") is asked for, no figure; what each district, locality or unit has ("mỗi huyện có 3
máy") is a norm per place, no count. Sentences written for these tests, with invented people; look-alikes (a
province after a district, a commune after a district, a city list, a quota received with its progress, a pace
reached after an ask, a district's own machines) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_names import lies_in_next_district, unit_name

_TODAY = date(2026, 12, 1)
_LEAD = "Ngày 12/5/2023, bà Hà Thị Lụa, Trưởng Ban Pháp chế HĐND tỉnh Phú Thọ đã giám sát việc thực hiện Đề án 06 "
_CHECK = "Ngày 25/3/2021, Đại tá Lương Văn Hòa, Giám đốc Công an tỉnh Nghệ An đến kiểm tra việc cấp căn cước tại " \
         "Công an huyện Nghi Lộc. "


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


def _values(text: str) -> list[float]:
    return [figure["value"] for figure in extract_article(text, today=_TODAY).record.get("figures") or []]


@pytest.mark.parametrize("name, level, expected", [
    ("Thanh Sơn", "huyện", True),
    ("Hoàn Kiếm", "quận", True),
    ("Hồng Lĩnh", "thị xã", True),
    ("Long An", "huyện", False),  # a province
    ("Bắc Giang", "huyện", False),  # a former province (and a city of it)
    ("Hồng Lĩnh", "huyện", False),  # a district of another level
    ("Hội An", "thành phố", False),  # cities are left out
    ("Đại Hiệp", "huyện", False),  # a commune
    ("Trúc Bạch", "phường", True),  # a ward, as before
])
def test_a_unit_of_the_level_named_after_a_comma(name: str, level: str, expected: bool) -> None:
    assert unit_name(name, level) is expected


@pytest.mark.parametrize("text, expected", [
    ("của huyện Lệ Thủy và Tân Ninh, huyện Quảng Ninh", True),  # a commune lying in the next district
    ("tại huyện Can Lộc, Đức Thọ, thị xã Hồng Lĩnh", False),  # a district never lies in another
])
def test_a_name_lying_in_the_next_district(text: str, expected: bool) -> None:
    name = "Tân Ninh" if "Tân Ninh" in text else "Đức Thọ"
    end = text.index(name) + len(name)
    assert lies_in_next_district(text, end, name, "huyện") is expected


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "tại Công an huyện Cẩm Khê, Thanh Sơn, Yên Lập.",
     ["huyện Cẩm Khê", "huyện Thanh Sơn", "huyện Yên Lập"]),
    (_LEAD + "tại huyện Lâm Thao, Phù Ninh.", ["huyện Lâm Thao", "huyện Phù Ninh"]),
    (_LEAD + "tại UBND huyện Cẩm Khê, Yên Lập, thị xã Phú Thọ.", ["huyện Cẩm Khê", "huyện Yên Lập", "thị xã Phú Thọ"]),
    # look-alikes: no second district of the level after the comma
    (_LEAD + "tại huyện Châu Thành, Long An.", ["huyện Châu Thành"]),  # the province it lies in
    (_LEAD + "tại huyện Lâm Thao, Tiên Kiên.", ["huyện Lâm Thao"]),  # a commune's name, no level word
    (_LEAD + "tại huyện Lâm Thao, Nguyễn Văn Bình cho biết.", ["huyện Lâm Thao"]),  # a person
])
def test_districts_listed_with_commas_only(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    (_CHECK + "Giám đốc đã giao chỉ tiêu cho các tổ phải đạt tiến độ 350 hồ sơ mỗi ngày. "
              "Huyện đã thu nhận 21.480 hồ sơ.", [21480]),
    (_CHECK + "Giám đốc giao chỉ tiêu cho xã phải kích hoạt 1.200 tài khoản trong tháng 10. "
              "Xã đã kích hoạt 4.115 tài khoản.", [4115]),
    (_CHECK + "Giám đốc yêu cầu các tổ phải đạt tiến độ 300 hồ sơ mỗi ngày. "
              "Huyện đã thu nhận 21.480 hồ sơ.", [21480]),
    (_CHECK + "Hiện mỗi huyện có 3 máy thu nhận. Huyện đã thu nhận 30.260 hồ sơ.", [30260]),
    (_CHECK + "Mỗi địa phương có 2 tổ lưu động. Huyện đã thu nhận 30.260 hồ sơ.", [30260]),
    (_CHECK + "Hiện mỗi đơn vị có 2 tổ công nghệ số. Huyện đã kích hoạt 23.900 tài khoản.", [23900]),
    # look-alikes: results, and counts that are no norm per place
    (_CHECK + "Sau khi Giám đốc yêu cầu tăng ca, các tổ đã đạt tiến độ 420 hồ sơ mỗi ngày.", [420]),
    (_CHECK + "Đến nay các tổ đã đạt tiến độ 300 hồ sơ mỗi ngày.", [300]),
    (_CHECK + "Huyện được giao chỉ tiêu 45.000 tài khoản, đến nay đã thu nhận 47.350 tài khoản.", [47350]),
    (_CHECK + "Công an huyện có 4 máy thu nhận.", [4]),
    (_CHECK + "Giám đốc đề nghị huyện giải quyết dứt điểm 27 hồ sơ còn tồn.", [27]),
])
def test_quotas_and_norms_per_place_are_no_figures(text: str, expected: list[float]) -> None:
    assert _values(text) == expected
