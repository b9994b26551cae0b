"""Session 25 (s25/fresh41), sentences written for the tests: a council committee written "Ban ..., HĐND tỉnh" with a
comma is one name; "giám sát" named as one of a body's remits ("giám sát, phản biện xã hội", "tham gia xây dựng chính
quyền, giám sát ...") is a noun, no visit made; a team that names its remit and then works with a commune is still a
visit."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.body_commas import committee_commas
from store.extract.visit_remits import named_as_a_remit, oversees_a_committees_work

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("before, after, remit", [
    ("thực hiện Quyết định 217 về ", ", phản biện xã hội", True),
    ("sơ kết công tác ", " và phản biện xã hội", True),
    ("Mặt trận tham gia xây dựng chính quyền, ", " hoạt động của cơ quan nhà nước", True),
    ("tham gia góp ý xây dựng Đảng, chính quyền và ", " việc thực hiện pháp luật", True),
    ("Đoàn đã ", " tại UBND xã Hải Anh", False),
    ("Sở Xây dựng, ", " công trình", False),
])
def test_oversight_named_among_remits(before: str, after: str, remit: bool) -> None:
    assert named_as_a_remit(before, after) is remit


def non_visit(text: str) -> str | None:
    reason = extract_article(text, today=TODAY).non_visit
    return None if reason is None else getattr(reason, "code", str(reason))


def test_a_fronts_conference_on_oversight_and_criticism_is_its_own_meeting() -> None:
    text = ("Ngày 5/11/2023, Ban Thường trực Ủy ban MTTQ tỉnh Hà Nam tổ chức hội nghị tổng kết 5 năm thực hiện "
            "Quyết định 217 về giám sát, phản biện xã hội.\n\nTừ năm 2018 đến nay, Mặt trận tỉnh chủ trì 31 đoàn "
            "giám sát.")
    assert non_visit(text) == "nonvisit.own_meeting"


def test_a_fronts_notice_read_at_a_session_is_the_sessions_business() -> None:
    text = ("Tại Kỳ họp thứ 9, HĐND tỉnh Long An khóa X, nhiệm kỳ 2021-2026 diễn ra sáng 7/12/2022, bà Lê Thị Hoa, "
            "Phó Chủ tịch Ủy ban MTTQ tỉnh, đã trình bày thông báo kết quả Mặt trận tham gia xây dựng chính quyền, "
            "giám sát hoạt động của cơ quan nhà nước năm 2022.")
    assert non_visit(text) == "nonvisit.session"


def test_a_team_naming_its_remit_before_working_with_a_commune_is_a_visit() -> None:
    text = ("Sáng 12/10/2023, thực hiện chức năng giám sát, phản biện xã hội, Đoàn giám sát của Ủy ban MTTQ huyện "
            "Ý Yên do ông Phạm Văn Tuấn, Chủ tịch Ủy ban MTTQ huyện, làm trưởng đoàn đã làm việc với UBND xã Yên "
            "Tiến về giải quyết thủ tục hành chính.")
    draft = extract_article(text, today=TODAY)
    assert draft.non_visit is None
    assert draft.record["leader"]["name"] == "Phạm Văn Tuấn"


@pytest.mark.parametrize("text, expected", [
    ("Trưởng Ban Dân tộc, HĐND tỉnh X", "Trưởng Ban Dân tộc  HĐND tỉnh X"),
    ("Ban Kinh tế - Ngân sách, HĐND huyện giám sát", "Ban Kinh tế - Ngân sách  HĐND huyện giám sát"),
    ("Phó Ban Văn hoá - Xã hội, Hội đồng nhân dân tỉnh", "Phó Ban Văn hoá - Xã hội  Hội đồng nhân dân tỉnh"),
    ("lãnh đạo Ban Dân tộc, HĐND, UBND tỉnh", "lãnh đạo Ban Dân tộc, HĐND, UBND tỉnh"),
    ("Ban Chỉ đạo, HĐND tỉnh", "Ban Chỉ đạo, HĐND tỉnh"),
])
def test_a_committee_comma_before_its_council_is_read_as_a_space(text: str, expected: str) -> None:
    assert committee_commas(text) == expected


@pytest.mark.parametrize("name", ["Nguyễn Văn An", "Điểu Điều"])
def test_a_comma_written_committees_head_in_a_caption_is_the_leader(name: str) -> None:
    text = (f"Ngày 3/4/2024, Ban Dân tộc, HĐND tỉnh Bình Phước giám sát tại UBND huyện Bù Đốp.\n\n"
            f"Trưởng Ban Dân tộc, HĐND tỉnh {name} phát biểu tại buổi giám sát\n\nTheo báo cáo, huyện có 4 xã.")
    assert extract_article(text, today=TODAY).record["leader"]["name"] == name


@pytest.mark.parametrize("before, after, oversees", [
    ("HĐND phường tổ chức chuyên đề, với nội dung ", " công tác tiếp nhận hồ sơ 6 tháng của UBND phường.", True),
    ("Thường trực HĐND xã làm chuyên đề, có nội dung ", " việc cấp giấy chứng nhận của Ủy ban nhân dân xã", True),
    ("Hội nghị bàn về nội dung ", " công tác tiếp nhận hồ sơ của UBND phường", False),
    ("HĐND phường tổ chức chuyên đề, với nội dung ", " và phản biện xã hội của Mặt trận", False),
    ("với nội dung ", " công tác tiếp nhận hồ sơ. Sau đó UBND phường báo cáo", False),
])
def test_content_that_oversees_a_committees_work(before: str, after: str, oversees: bool) -> None:
    assert oversees_a_committees_work(before, after) is oversees


def test_a_ward_councils_session_on_its_committees_work_under_decree_217_is_a_visit() -> None:
    text = ("Ngày 3/9/2019, HĐND phường Kim Liên tổ chức buổi chuyên đề thực hiện Quyết định 217 về \"Quy chế giám "
            "sát và phản biện xã hội\", với nội dung giám sát công tác tiếp nhận hồ sơ 8 tháng năm 2019 của UBND "
            "phường.\n\nPhó Chủ tịch UBND phường báo cáo kết quả.")
    assert non_visit(text) is None
