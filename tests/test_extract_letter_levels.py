"""Session 34, places17: a level word cut to its letters, on sentences written for these tests with invented people.

a. "H." (huyện) and "X." (xã) with a stop, as captions, tables and lists write them ("UBND H. Phú Ninh", "X. Tân
   Hiệp, H. Phú Giáo"): the unit, kept only where the gazetteer has a unit of that level by the name after
   (`place_letter_levels`, found by `place_unit_words.LEVEL`); never a unit named "H" or "X". Look-alikes: a
   person's initial ("ông Nguyễn H. Nam"), "P. Chủ tịch" (Phó), "Q. Giám đốc" (quyền), "TS.", "ThS.", a letter
   ending a sentence, "X quang".
b. "TT" with no stop before a one-word name the gazetteer knows as a former township ("TT Nghèn", "TT Vôi") and
   the farm townships ("TT Nông trường Việt Trung", "thị trấn Nông trường Liên Sơn"): the town. Look-alikes: "TT
   Y tế", "TT Huấn luyện" (Trung tâm), a farm town no list knows (nothing rather than "thị trấn Nông trường").
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


def _team(province: str, rest: str) -> str:
    return f"Ngày 14/3/2024, Đoàn giám sát HĐND tỉnh {province} do ông Lý Văn Cường làm trưởng đoàn đã {rest}"


@pytest.mark.parametrize("text, expected", [
    (_team("Quảng Nam", "làm việc với UBND H. Phú Ninh về cải cách hành chính."), ["huyện Phú Ninh"]),
    (_team("Quảng Nam", "giám sát tại H.Núi Thành về dịch vụ công."), ["huyện Núi Thành"]),
    (_team("Bình Dương", "khảo sát tại X. Tân Hiệp, H. Phú Giáo."), ["xã Tân Hiệp"]),
    (_team("Bắc Giang", "giám sát tại X. Tân Dĩnh, X. Hương Sơn, H. Lạng Giang."), ["xã Tân Dĩnh", "xã Hương Sơn"]),
    (_team("Khánh Hòa", "giám sát tại P. Phước Hải và X. Vĩnh Lương."), ["phường Phước Hải", "xã Vĩnh Lương"]),
    (_team("Hà Tĩnh", "làm việc với Đảng ủy, UBND TT Nghèn về chuyển đổi số."), ["thị trấn Nghèn"]),
    (_team("Hà Tĩnh", "giám sát tại TT Nghèn."), ["thị trấn Nghèn"]),
    (_team("Bắc Giang", "giám sát tại các địa phương: TT Vôi, xã Tân Dĩnh và xã Tiên Lục."),
     ["thị trấn Vôi", "xã Tân Dĩnh", "xã Tiên Lục"]),
    (_team("Thừa Thiên Huế", "giám sát tại xã Quảng Vinh, TT Sịa."), ["xã Quảng Vinh", "thị trấn Sịa"]),
    (_team("Quảng Bình", "giám sát tại TT Nông trường Việt Trung."), ["thị trấn Nông trường Việt Trung"]),
    (_team("Yên Bái", "làm việc với UBND thị trấn Nông trường Liên Sơn."), ["thị trấn Nông trường Liên Sơn"]),
    (_team("Yên Bái", "làm việc với UBND TT Nông trường Liên Sơn và xã Thanh Lương."),
     ["thị trấn Nông trường Liên Sơn", "xã Thanh Lương"]),
])
def test_a_level_cut_to_its_letters_is_the_unit(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a person's initial, a deputy or acting holder: no unit
    (_team("Quảng Nam", "giám sát tại huyện Núi Thành. Ông Nguyễn H. Nam, Phó Chủ tịch huyện, báo cáo."),
     ["huyện Núi Thành"]),
    (_team("Khánh Hòa", "giám sát tại phường Phước Hải. P. Chủ tịch UBND phường báo cáo kết quả."),
     ["phường Phước Hải"]),
    (_team("Khánh Hòa", "giám sát tại phường Phước Hải; Q. Giám đốc Sở Nội vụ cùng dự."), ["phường Phước Hải"]),
    (_team("Bình Phước", "kiểm tra tại huyện Bù Đăng, bà Lê T. Hạnh giải trình."), ["huyện Bù Đăng"]),
    # "H."/"X." before a name no district or commune bears, a sentence's last letter, a label
    (_team("Quảng Nam", "làm việc với UBND H. Sở Nội vụ."), []),
    (_team("Quảng Nam", "giám sát tại huyện Phú Ninh, hồ sơ được xếp loại X. Tân Hiệp chưa làm."), ["huyện Phú Ninh"]),
    (_team("Quảng Nam", "giám sát tại huyện Phú Ninh, nơi có phòng chụp X quang."), ["huyện Phú Ninh"]),
    (_team("Quảng Nam", "giám sát tại huyện Phú Ninh cùng TS. Nguyễn Văn Bình và ThS. Lê Hà."), ["huyện Phú Ninh"]),
    # "TT" as a centre, and a farm town no list knows
    (_team("Hà Tĩnh", "giám sát tại TT Thạch Hà và TT Huấn luyện quân sự."), ["thị trấn Thạch Hà"]),
    (_team("Hà Tĩnh", "giám sát tại xã Thiên Lộc; đại diện TT Y tế huyện cùng dự."), ["xã Thiên Lộc"]),
    (_team("Sơn La", "giám sát tại TT Nông trường Mộc Châu."), []),
])
def test_letters_that_are_no_level_stay_out(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
