"""Locality classes diagnosed on real sets (session 8, places-left): a district after a dash qualifies the list before
it, districts in photo captions ending " |", units as what is checked ("giám sát các phường: A", "trụ sở ... của
UBND quận A", "kiến nghị của cử tri xã A"), a district as the headline's subject."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_objects import checked_object
from tests.leads import TODAY


def _names(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text, today=TODAY).record["localities"]]


_LEAD = "Ngày 4/5/2024, Đoàn giám sát của HĐND tỉnh do bà Nguyễn Thị Lan, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn "


def test_district_after_a_dash_qualifies_the_listed_communes() -> None:
    text = _LEAD + "đã giám sát tại các xã: Cát Hanh, Cát Tài - huyện Phù Cát (Bình Định).\n"
    assert _names(text) == ["xã Cát Hanh", "xã Cát Tài"]


def test_district_after_a_dash_in_the_headline_is_no_visit() -> None:
    text = ("Ban Văn hóa - Xã hội khảo sát trạm y tế các xã: Cát Hanh, Cát Tài – huyện Phù Cát\n\n"
            + _LEAD + "đã khảo sát trạm y tế các xã: Cát Hanh, Cát Tài – huyện Phù Cát, tỉnh Bình Định.\n")
    assert _names(text) == ["xã Cát Hanh", "xã Cát Tài"]


def test_districts_in_captions_ending_with_a_bar() -> None:
    text = ("Ngày 8/6/2023, Đoàn kiểm tra của Bộ Y tế do ông Trần Văn Bình làm trưởng đoàn đã làm việc tại Cần Thơ.\n"
            "Ông Trần Văn Bình phát biểu tại buổi làm việc. |\n"
            "Đoàn kiểm tra làm việc tại huyện Cờ Đỏ (Cần Thơ). |\n"
            "Đoàn tiếp tục làm việc với các sở, ngành.\n")
    assert _names(text) == ["huyện Cờ Đỏ"]


def test_seats_of_councils_listed_after_cua() -> None:
    text = ("Sáng 6/3/2024, Đoàn kiểm tra do ông Trần Văn Nam, Phó Chủ tịch UBND thành phố Đà Nẵng làm trưởng đoàn "
            "đã kiểm tra đột xuất trụ sở làm việc của Sở Nội vụ, UBND quận Sơn Trà và UBND xã Hòa Bắc (huyện Hòa "
            "Vang).\n")
    assert _names(text) == ["quận Sơn Trà", "xã Hòa Bắc"]


def test_wards_as_the_direct_object_of_the_oversight() -> None:
    text = ("Ngày 29/10/2025, Tổ công tác do bà Trần Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam TPHCM làm tổ trưởng "
            "đã giám sát các phường: Xóm Chiếu, Khánh Hội, Vĩnh Hội về chuyển đổi số.\n")
    assert _names(text) == ["phường Xóm Chiếu", "phường Khánh Hội", "phường Vĩnh Hội"]


def test_voters_commune_when_complaints_are_seen_on_site() -> None:
    text = ("Ngày 14/8/2023, Tổ công tác của Thường trực HĐND tỉnh Nghệ An đã khảo sát trực tiếp tại cơ sở các kiến "
            "nghị: việc cấp nước của cử tri xã Nghĩa Lộc; việc sửa cầu của cử tri thị trấn Nghĩa Đàn.\n")
    assert "xã Nghĩa Lộc" in _names(text)


def test_district_as_the_headlines_subject() -> None:
    text = ("Nghi Xuân giám sát công tác cấp giấy chứng nhận quyền sử dụng đất\n\n"
            "Ngày 17/10/2022, Ban Kinh tế - Xã hội HĐND huyện do ông Lê Văn Hòa, Trưởng ban làm trưởng đoàn đã "
            "giám sát công tác cấp giấy chứng nhận trên địa bàn huyện.\n")
    assert _names(text) == ["huyện Nghi Xuân"]


@pytest.mark.parametrize(("before", "sentence", "expected"), [
    ("Ban Pháp chế đã giám sát ", "", True),
    ("Đoàn đã khảo sát thực tế ", "", True),
    ("Đoàn đã kiểm tra trực tiếp các ", "", True),  # "các xã A và B", no colon
    ("Ủy ban Kiểm tra ", "", False),  # a board's name
    ("thành viên Đoàn kiểm tra ", "", False),  # the unit's own team: "Đoàn kiểm tra huyện X"
    ("Tổ giám sát ", "", False),
    ("kiểm tra đột xuất trụ sở làm việc của Sở Tư pháp, UBND ", "", True),
    ("kiểm tra bộ phận một cửa của UBND ", "", True),
    ("ý kiến của cử tri ", "Đoàn khảo sát trực tiếp tại cơ sở kiến nghị của cử tri ", True),
    ("ý kiến của cử tri ", "Tại kỳ họp, đại biểu tiếp thu ý kiến của cử tri ", False),  # no check on site
    ("báo cáo của UBND ", "", False),
])
def test_checked_object(before: str, sentence: str, expected: bool) -> None:
    assert checked_object(before, sentence) is expected
