"""The head of a team the lead set up, named where the team is told at work on a later day
(store/extract/leader_set_up_heads.py), and a name typed with no comma before a body or a province
(store/extract/person_name_run_ons.py): the head leads, and the name ends where the body or the place begins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.people import find_people
from store.extract.text import read_article

SET_UP_THEN_AT_WORK = [
    pytest.param("Ngày 4/9/2025, UBND tỉnh Gia Lai ban hành quyết định thành lập đoàn kiểm tra cải cách hành chính "
                 "năm 2025.\n\nSáng 16/9/2025, Đoàn kiểm tra do ông Nguyễn Quốc Trung, Phó Giám đốc Sở Nội vụ, làm "
                 "Trưởng đoàn đã làm việc với UBND xã Ia Dom.", "Nguyễn Quốc Trung", id="check-team-titled-head"),
    pytest.param("Ngày 1/10/2025, Thường trực HĐND tỉnh Quảng Ninh thành lập đoàn giám sát việc giải quyết thủ tục "
                 "hành chính.\n\nChiều 9/10/2025, Đoàn giám sát do bà Vũ Thị Hằng làm Trưởng đoàn đã đến giám sát tại "
                 "phường Hồng Gai.", "Vũ Thị Hằng", id="council-team-untitled-head"),
    pytest.param("Ngày 12/10/2025, Ban Kinh tế - Ngân sách HĐND thành phố Cần Thơ thành lập đoàn khảo sát việc cung "
                 "cấp dịch vụ công trực tuyến.\n\nNgày 20/10/2025, Đoàn khảo sát do ông Lâm Văn Tài, Phó Trưởng Ban, "
                 "làm Trưởng đoàn đã khảo sát tại phường Cái Răng. Ông Trần Minh Đức, Chủ tịch UBND phường, báo cáo "
                 "kết quả.", "Lâm Văn Tài", id="survey-team-then-a-reporting-host"),
    pytest.param("Ngày 5/11/2025, UBND tỉnh Lạng Sơn thành lập đoàn kiểm tra công vụ.\n\nSáng 13/11/2025, Đoàn kiểm "
                 "tra do ông Hoàng Văn Lợi, Chánh Văn phòng UBND tỉnh, làm Trưởng đoàn đã kiểm tra tại UBND xã Chi "
                 "Lăng. Tham gia đoàn có bà Lương Thị Dung, Phó Giám đốc Sở Nội vụ, ông Vi Văn Thắng, Phó Chánh "
                 "Thanh tra tỉnh.", "Hoàng Văn Lợi", id="members-listed-after-the-head"),
]

SET_UP_LOOK_ALIKES = [
    pytest.param("Sáng 3/10/2025, đoàn giám sát do bà Đỗ Thị Lan, Phó Chủ tịch HĐND tỉnh, làm Trưởng đoàn đã làm việc "
                 "với UBND xã Quốc Việt.\n\nNgày 7/10/2025, Đoàn kiểm tra do ông Bế Văn Hùng, Giám đốc Sở Nội vụ, làm "
                 "Trưởng đoàn đã kiểm tra tại UBND xã Chi Lăng.", "Đỗ Thị Lan", id="listing-of-two-dated-stories"),
    pytest.param("UBND tỉnh Nghệ An đã thành lập đoàn kiểm tra cải cách hành chính năm 2025.\n\nSáng 29/9/2025, Đoàn "
                 "kiểm tra do ông Phan Văn Hòa, Phó Chủ tịch UBND tỉnh, làm Trưởng đoàn đã làm việc với UBND xã Anh "
                 "Sơn.", "Phan Văn Hòa", id="set-up-with-no-day"),
]

RUN_ON = [
    pytest.param("Ngày 3/10/2025, đoàn giám sát do ông Bùi Văn Khánh Ban Kinh tế - Ngân sách HĐND tỉnh làm Trưởng đoàn "
                 "đã giám sát tại xã Tân Lập.", "Bùi Văn Khánh", id="council-committee"),
    pytest.param("Sáng 7/10/2025, đoàn khảo sát do bà Đào Thị Hồng Hưng Yên, Phó Chủ tịch HĐND tỉnh, làm Trưởng "
                 "đoàn đã khảo sát tại xã Tân Lập.", "Đào Thị Hồng", id="province-then-title"),
    pytest.param("Ngày 9/10/2025, đoàn kiểm tra do ông Lý Văn Quý Sở Nội vụ làm Trưởng đoàn đã kiểm tra tại xã Chi "
                 "Lăng.", "Lý Văn Quý", id="department"),
    pytest.param("Ngày 9/10/2025, đoàn khảo sát do bà Hà Thị Mai Đoàn ĐBQH tỉnh làm Trưởng đoàn đã khảo sát tại "
                 "xã Bạch Xa.", "Hà Thị Mai",
                 id="deputies-delegation"),
    pytest.param("Ngày 9/10/2025, đoàn giám sát do ông Nguyễn Thành Công Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã "
                 "giám sát tại xã Bạch Xa.",
                 "Nguyễn Thành Công", id="front-committee"),
]

NAME_LOOK_ALIKES = [
    pytest.param("Ngày 9/10/2025, bà Lê Thị Hà Giang, Chánh Văn phòng UBND tỉnh, đã kiểm tra tại phường Hồng Gai.",
                 "Lê Thị Hà Giang", id="four-syllables-ending-in-a-former-province"),
    pytest.param("Ngày 9/10/2025, bà Trần Thị Thái Bình Phó Chủ tịch HĐND tỉnh đã khảo sát tại xã Tân Lập.",
                 "Trần Thị Thái Bình", id="glued-title-after-a-place-word-name"),
    pytest.param("Ngày 9/10/2025, ông Phạm Thái Bình, Phó Chủ tịch UBND tỉnh, đã kiểm tra tại xã Tân Lập.",
                 "Phạm Thái Bình", id="three-syllables-a-province"),
    pytest.param("Ông Nguyễn Văn Đoàn, Chủ tịch UBND xã Tân Lập, báo cáo kết quả.", "Nguyễn Văn Đoàn",
                 id="given-name-doan-reporting-host"),
    pytest.param("Ông Nguyễn Văn Ban, Phó Chủ tịch UBND xã, báo cáo.", "Nguyễn Văn Ban", id="given-name-ban"),
]

MEMBERS = [
    pytest.param("Ngày 14/10/2025, đoàn kiểm tra do ông Đinh Văn Hải, Phó Chủ tịch UBND tỉnh, làm Trưởng đoàn đã "
                 "kiểm tra tại xã Chi Lăng. Thành viên đoàn gồm ông Lê Văn Tám Sở Tư pháp, bà Hoàng Thị Mến Sở Nội "
                 "vụ.", "Đinh Văn Hải", id="members-run-on-into-their-departments"),
]


def _leader(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return (extract_file(path, today=date(2026, 12, 1)).record.get("leader") or {}).get("name")


@pytest.mark.parametrize(("text", "leader"), SET_UP_THEN_AT_WORK)
def test_the_head_of_a_team_set_up_leads_on_its_own_day(tmp_path: Path, text: str, leader: str) -> None:
    assert _leader(tmp_path, text) == leader


@pytest.mark.parametrize(("text", "leader"), SET_UP_LOOK_ALIKES)
def test_a_listing_or_an_undated_set_up_stays(tmp_path: Path, text: str, leader: str) -> None:
    assert _leader(tmp_path, text) == leader


@pytest.mark.parametrize(("text", "name"), RUN_ON)
def test_a_name_ends_before_a_body_or_a_province(tmp_path: Path, text: str, name: str) -> None:
    assert find_people(read_article(text)).mentions[0].name == name
    assert _leader(tmp_path, text) == name


@pytest.mark.parametrize(("text", "name"), NAME_LOOK_ALIKES)
def test_a_name_ending_in_a_place_word_stays_whole(text: str, name: str) -> None:
    assert find_people(read_article(text)).mentions[0].name == name


@pytest.mark.parametrize(("text", "leader"), MEMBERS)
def test_members_run_on_lead_nothing(tmp_path: Path, text: str, leader: str) -> None:
    assert _leader(tmp_path, text) == leader
    names = [m.name for m in find_people(read_article(text)).mentions]
    assert "Lê Văn Tám" in names and "Hoàng Thị Mến" in names


CAPTION_DIRECTORS = [
    pytest.param("Kiểm tra chuyển đổi số tại xã Quốc Việt\n\nNgày 4/11/2025, đoàn công tác của tỉnh Lạng Sơn đã kiểm "
                 "tra việc thực hiện chuyển đổi số tại xã Quốc Việt.\n\nBà Hoàng Thị Thắm, Phó Chủ tịch UBND tỉnh, "
                 "phát biểu tại buổi làm việc. Ảnh: Văn Hà\n\nXã đã có 1.200 hồ sơ nộp trực tuyến.\n\nBà Thắm "
                 "yêu cầu xã rà soát hạ tầng mạng ở các thôn.", "Hoàng Thị Thắm", id="short-name-requires"),
    pytest.param("Kiểm tra cải cách hành chính tại xã Chi Lăng\n\nNgày 6/11/2025, đoàn kiểm tra của Sở Tư pháp tỉnh "
                 "Lạng Sơn đã kiểm tra tại xã Chi Lăng.\n\nÔng Lục Văn Toàn, Giám đốc Sở Tư pháp, kết luận buổi "
                 "kiểm tra\n\nÔng Lục Văn Toàn chỉ đạo xã số hóa sổ hộ tịch.", "Lục Văn Toàn",
                 id="uncredited-caption-full-name-directs"),
]

CAPTION_LOOK_ALIKES = [
    pytest.param("Kiểm tra chuyển đổi số tại xã Quốc Việt\n\nNgày 4/11/2025, đoàn công tác của tỉnh Lạng Sơn đã kiểm "
                 "tra việc thực hiện chuyển đổi số tại xã Quốc Việt.\n\nBà Hoàng Thị Thắm, Phó Chủ tịch UBND tỉnh, "
                 "phát biểu tại buổi làm việc. Ảnh: Văn Hà\n\nBà Thắm yêu cầu xã rà soát hạ tầng mạng.\n\nÔng Nông "
                 "Văn Khoa, Giám đốc Sở Khoa học và Công nghệ, đề nghị xã cử cán bộ đi tập huấn.", "Nông Văn Khoa",
                 id="two-visitors-direct"),
    pytest.param("Kiểm tra chuyển đổi số tại xã Quốc Việt\n\nNgày 4/11/2025, đoàn công tác của tỉnh Lạng Sơn đã kiểm "
                 "tra việc thực hiện chuyển đổi số tại xã Quốc Việt.\n\nÔng Vi Văn Tuấn, Chủ tịch UBND xã Quốc "
                 "Việt, phát biểu tại buổi làm việc. Ảnh: Văn Hà\n\nÔng Tuấn đề nghị tỉnh hỗ trợ thêm máy tính.", None,
                 id="captioned-reporting-host"),
]


@pytest.mark.parametrize(("text", "leader"), CAPTION_DIRECTORS + CAPTION_LOOK_ALIKES)
def test_a_captioned_visitor_who_alone_directs_leads(tmp_path: Path, text: str, leader: str | None) -> None:
    assert _leader(tmp_path, text) == leader
