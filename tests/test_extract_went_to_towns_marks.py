"""Session 34, places16: three locality classes, on sentences written for these tests with invented people.

a. A place named bare after "về" with a visit verb after it ("đã về Quảng Xương làm việc"), or after "ở" right after
   a visit verb ("giám sát ở Sầm Sơn"): the place (`place_went_to_cues`, fed to `place_mentions._bare_mentions` and
   `place_former_districts`). Look-alikes: the way back ("trở về"), a handing over ("gửi về"), "về" as "about", a
   person's home or post ("quê ở", "công tác ở"), "ở" with no visit verb before it.
b. A township written "TT" with no stop ("và TT Đô Lương", ", TT Cẩm Khê") or "Tt." (`place_unit_words.LEVEL`):
   the town. Look-alikes: "TT HĐND" (Thường trực), "TT Phục Vụ Hành Chính Công", "TT Y tế" (Trung tâm).
c. A commune, its former district marked as gone by other words than "cũ" ("(trước sắp xếp)", "trước khi sáp
   nhập", "(trước ngày 1/7/2025)", "(nay thuộc tỉnh ...)"), then "và" and the next commune: both communes
   (`place_former_marks`). Look-alikes: another note in the bracket, a clause after the mark, a request after it,
   "nay thuộc" with no brackets.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


_NGA_SON = "Ngày 16/5/2024, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát tại huyện Nga Sơn"


@pytest.mark.parametrize("text, expected", [
    ("Ngày 16/5/2024, Đoàn giám sát HĐND tỉnh Thanh Hóa đã về Quảng Xương làm việc về cải cách hành chính.",
     ["huyện Quảng Xương"]),
    ("Ngày 16/5/2024, Ban Pháp chế HĐND tỉnh Nghệ An đã về Nghi Lộc và Quỳnh Lưu để kiểm tra việc giải quyết thủ "
     "tục.", ["huyện Nghi Lộc", "huyện Quỳnh Lưu"]),
    ("Ngày 9/10/2025, Tổ công tác của UBND tỉnh Hà Tĩnh đã về Can Lộc và Gia Hanh kiểm tra chính quyền hai cấp.",
     ["xã Can Lộc", "xã Gia Hanh"]),
    ("Ngày 16/5/2024, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát ở Sầm Sơn về dịch vụ công trực tuyến.",
     ["thành phố Sầm Sơn"]),
    ("Ngày 9/10/2025, Đoàn giám sát HĐND tỉnh Hà Tĩnh đã khảo sát thực tế ở Tùng Lộc về chuyển đổi số.",
     ["xã Tùng Lộc"]),
])
def test_a_place_gone_to_after_ve_or_o(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    _NGA_SON + ", sau đó trở về Sầm Sơn làm việc với lãnh đạo tỉnh.",
    _NGA_SON + ". Ông Lê Văn Tâm, quê ở Quảng Xương, cho biết đã nộp hồ sơ trực tuyến.",
    _NGA_SON + "; tỷ lệ hồ sơ trực tuyến ở Sầm Sơn còn thấp.",
    _NGA_SON + " về Đề án 06 và về Chương trình chuyển đổi số.",
    _NGA_SON + ". Hồ sơ được gửi về Quảng Xương kiểm tra lại.",
    _NGA_SON + ". Ông Lê Văn Tâm công tác ở Sầm Sơn nhiều năm.",
])
def test_ve_and_o_look_alikes_add_nothing(text: str) -> None:
    assert _places(text) == ["huyện Nga Sơn"]


def test_a_province_after_ve_is_left_to_the_older_cues() -> None:
    assert _places("Ngày 16/5/2024, Đoàn giám sát HĐND tỉnh Nghệ An đã về Thanh Hóa làm việc về cải cách hành "
                   "chính.") == []


@pytest.mark.parametrize("text, expected", [
    ("Ngày 19/8/2022, Đoàn giám sát HĐND tỉnh Phú Thọ đã giám sát tại xã Tiên Lương, TT Cẩm Khê.",
     ["xã Tiên Lương", "thị trấn Cẩm Khê"]),
    ("Ngày 19/8/2024, Đoàn giám sát HĐND tỉnh Nghệ An đã giám sát tại các xã Giang Sơn Đông, Lạc Sơn và TT Đô Lương.",
     ["xã Giang Sơn Đông", "xã Lạc Sơn", "thị trấn Đô Lương"]),
    ("Ngày 19/8/2022, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát tại Tt. Bút Sơn.", ["thị trấn Bút Sơn"]),
])
def test_a_township_written_tt_without_its_stop(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ngày 19/8/2024, TT HĐND huyện Đô Lương đã giám sát tại xã Bồi Sơn.", ["xã Bồi Sơn"]),
    ("Ngày 19/8/2024, Đoàn giám sát HĐND tỉnh Nghệ An đã giám sát tại TT Phục Vụ Hành Chính Công huyện Đô Lương.",
     ["huyện Đô Lương"]),
    ("Ngày 19/8/2024, Đoàn giám sát HĐND tỉnh Nghệ An đã giám sát tại TT Y tế huyện Đô Lương.", ["huyện Đô Lương"]),
])
def test_tt_as_a_board_or_a_centre_stays(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


_TUNG_LOC = "Ngày 9/10/2025, Đoàn giám sát HĐND tỉnh Hà Tĩnh đã khảo sát tại xã Tùng Lộc, huyện Can Lộc"


@pytest.mark.parametrize("text, expected", [
    (_TUNG_LOC + " (trước sắp xếp) và xã Gia Hanh.", ["xã Tùng Lộc", "xã Gia Hanh"]),
    ("Ngày 9/10/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa đã khảo sát tại xã Hoằng Tiến, huyện Hoằng Hóa trước khi "
     "sáp nhập và xã Hoằng Thanh.", ["xã Hoằng Tiến", "xã Hoằng Thanh"]),
    ("Ngày 9/10/2025, Đoàn giám sát HĐND tỉnh Quảng Trị đã khảo sát tại xã Kim Ngân, huyện Lệ Thủy (nay thuộc tỉnh "
     "Quảng Trị) và xã Lệ Thủy.", ["xã Kim Ngân", "xã Lệ Thủy"]),
    ("Ngày 9/10/2025, Đoàn giám sát HĐND tỉnh Đắk Lắk đã khảo sát tại xã Ea Na, huyện Krông Ana (trước ngày "
     "1/7/2025) và xã Dray Bhăng.", ["xã Ea Na", "xã Dray Bhăng"]),
])
def test_the_commune_after_a_district_marked_before_the_reform(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    (_TUNG_LOC + " (đã giải thể) và xã Gia Hanh.", ["xã Tùng Lộc"]),
    (_TUNG_LOC + " trước khi sắp xếp lại có nhiều thủ tục và xã Gia Hanh cũng vậy.", ["xã Tùng Lộc"]),
    (_TUNG_LOC + " (trước sắp xếp) và đề nghị xã Gia Hanh học tập.", ["xã Tùng Lộc"]),
    ("Ngày 9/10/2025, Đoàn giám sát HĐND tỉnh Quảng Trị đã khảo sát tại xã Kim Ngân, huyện Lệ Thủy, nay thuộc tỉnh "
     "Quảng Trị và xã Lệ Thủy.", ["xã Kim Ngân"]),
])
def test_other_words_after_the_district_stay(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
