"""A name glued to its titles with no comma (store/extract/leader_glued_titles.py) and a head who goes "cùng đoàn công
tác|giám sát|khảo sát" (`leaders._WITH_THE_TEAM`): both lead the visit; a host written either way does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.draft import Draft
from store.extract.people import find_people
from store.extract.text import read_article

GLUED = [
    pytest.param("Ngày 5/10/2025, đồng chí Mùa A Sơn Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã đi cơ sở tại xã Mường "
                 "Ảng để nắm tình hình người dân.", "Mùa A Sơn", "Phó Bí thư Tỉnh ủy", id="grassroots-trip"),
    pytest.param("Sáng 9/9/2025, bà Hà Thị Nga Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đã khảo sát "
                 "việc giải quyết thủ tục hành chính tại xã Con Cuông.", "Hà Thị Nga", "Ủy viên Ban Thường vụ Tỉnh ủy",
                 id="party-office-survey"),
    pytest.param("Ngày 21/10/2025, ông Lý Seo Chúng Phó Chủ tịch Thường trực HĐND tỉnh, Trưởng đoàn giám sát, cùng "
                 "các thành viên trong đoàn đã làm việc với UBND xã Bắc Hà.", "Lý Seo Chúng",
                 "Phó Chủ tịch Thường trực HĐND tỉnh", id="head-of-the-team"),
]

WITH_THE_TEAM = [
    pytest.param("Thực hiện Kế hoạch số 10/KH-HĐND của Thường trực HĐND tỉnh, ngày 22/8/2025 ông Đoàn Văn Lực, "
                 "Chủ tịch HĐND tỉnh, cùng đoàn công tác đã làm việc với UBND xã Lộc Bình.", "Đoàn Văn Lực",
                 id="surname-doan-work-team"),
    pytest.param("Trong chuyến công tác tại địa phương chiều 3/9/2025, bà Lê Thị Yến, Phó Chủ tịch UBND tỉnh, "
                 "cùng đoàn kiểm tra đã kiểm tra bộ phận một cửa xã Tiên Lữ.", "Lê Thị Yến",
                 id="check-team-after-a-journey"),
    pytest.param("Nhằm đánh giá việc thực hiện Đề án 06, ngày 2/10/2025 ông Triệu Văn Lâm, Trưởng Ban Pháp chế HĐND "
                 "tỉnh, cùng đoàn khảo sát đã khảo sát tại xã Bảo Lạc.", "Triệu Văn Lâm",
                 id="survey-team-after-a-purpose"),
]

LOOK_ALIKES = [
    pytest.param("Ngày 16/9/2025, đoàn giám sát do bà Hà Thị Loan, Trưởng Ban Pháp chế HĐND tỉnh dẫn đầu đã giám sát "
                 "tại xã Thanh Sơn. Ông Đinh Văn Khải Chủ tịch UBND xã Thanh Sơn báo cáo kết quả giải quyết hồ sơ.",
                 "Hà Thị Loan", id="glued-reporting-host"),
    pytest.param("Ngày 8/10/2025, đoàn giám sát do ông Lê Văn Hải, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã làm việc "
                 "với UBND xã Tiên Lữ. Tham gia đoàn có bà Trần Thị Mơ Ủy viên Thường trực HĐND tỉnh, ông Vũ Văn Tâm "
                 "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh.", "Lê Văn Hải", id="glued-member-among-many"),
    pytest.param("Ngày 6/11/2025, đoàn giám sát do ông Lê Quang Vinh, Phó Chủ tịch HĐND tỉnh dẫn đầu đã làm việc với "
                 "UBND xã Vũ Thư. Ông Đoàn Văn Sơn, Chủ tịch UBND xã, cùng đoàn công tác đã kiểm tra thực tế bộ phận "
                 "một cửa.", "Lê Quang Vinh", id="host-surnamed-doan-goes-with-the-team"),
    pytest.param("Ngày 6/11/2025, đoàn khảo sát do bà Lò Thị Vân, Phó Trưởng Ban Dân tộc HĐND tỉnh dẫn đầu đã làm việc "
                 "với xã Mường Ảng. Ông Đoàn Văn Sơn, Chủ tịch UBND xã, cùng đoàn thể xã báo cáo.", "Lò Thị Vân",
                 id="host-surnamed-doan-with-the-unions"),
]

UNTITLED = [
    pytest.param("Hôm qua, bà Phạm Thị Lụa Hưng Yên đã gửi đơn.", "Phạm Thị Lụa", id="name-then-a-place"),
    pytest.param("Ông Hoàng Văn Bình Ban Chỉ đạo tỉnh đã họp.", "Hoàng Văn Bình", id="name-then-a-body"),
]


def _draft(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract_file(path, today=date(2026, 12, 1))


def _leader(tmp_path: Path, text: str) -> str | None:
    return (_draft(tmp_path, text).record.get("leader") or {}).get("name")


@pytest.mark.parametrize(("text", "leader", "first_title"), GLUED)
def test_a_name_glued_to_its_titles_leads(tmp_path: Path, text: str, leader: str, first_title: str) -> None:
    people = find_people(read_article(text))
    assert people.mentions[0].name == leader
    assert people.mentions[0].titles[0] == first_title
    assert _leader(tmp_path, text) == leader


@pytest.mark.parametrize(("text", "leader"), WITH_THE_TEAM)
def test_one_who_goes_with_the_team_heads_it(tmp_path: Path, text: str, leader: str) -> None:
    assert _leader(tmp_path, text) == leader


@pytest.mark.parametrize(("text", "leader"), LOOK_ALIKES)
def test_a_host_or_a_member_written_so_leads_nothing(tmp_path: Path, text: str, leader: str) -> None:
    assert _leader(tmp_path, text) == leader


@pytest.mark.parametrize(("text", "name"), UNTITLED)
def test_a_place_or_a_body_after_a_name_is_no_title(text: str, name: str) -> None:
    mention = find_people(read_article(text)).mentions[0]
    # (the name runs on into the place or the body's first words, as on the base: no title is read either way)
    assert mention.name.startswith(name) and mention.titles == []
