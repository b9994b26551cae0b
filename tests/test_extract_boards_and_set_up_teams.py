"""A unit's own meeting for its people's inspection board is no visit (store/extract/visit_inspection_boards.py); a
team set up with only its head named is none either, while one set up and then told at a unit on a day is a visit
(visit_evidence._SETS_UP, visit_told_later._WENT_ON_ITS_DAY)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.draft import Draft
from store.reasons import Reason

OWN_BOARD_MEETINGS = [
    pytest.param("Dự hội nghị có ông Lò Văn Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng các thành viên Ban "
                 "Thanh tra nhân dân phường Tân Phong.\n\nTại hội nghị, các thành viên Ban Thanh tra nhân dân thống "
                 "nhất tập trung giám sát việc trả hồ sơ cho người dân.", id="told-by-who-attends"),
    pytest.param("Thực hiện kế hoạch của Ủy ban MTTQ Việt Nam xã, từ ngày 2 đến ngày 6/10/2025, các thôn của xã Tả Van "
                 "tiến hành bầu thành viên Ban Thanh tra nhân dân.\n\nCác hội nghị nghe báo cáo; thành viên Ban Thanh "
                 "tra nhân dân đã tham gia giám sát việc công khai thủ tục tại bộ phận một cửa.", id="villages-elect"),
    pytest.param("Hội nghị sơ kết 6 tháng của Ban TTND phường Đông Hà diễn ra chiều 8/7/2025.\n\nBáo cáo nêu rõ, các "
                 "thành viên Ban TTND đã chủ động giám sát việc niêm yết thủ tục hành chính của phường.",
                 id="the-boards-review-as-subject"),
]

BOARD_VISITS = [
    pytest.param("Ngày 9/12/2025, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh do bà Hà Thị Lan, Phó Chủ tịch, làm trưởng "
                 "đoàn đã giám sát hoạt động của Ban Thanh tra nhân dân phường Tân Phong.",
                 id="a-team-oversees-the-board"),
    pytest.param("Ngày 12/11/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã kiểm tra việc tổ chức hội nghị bầu Ban "
                 "Thanh tra nhân dân tại xã Tả Van.", id="a-check-of-the-boards-election"),
    pytest.param("Chiều 4/12/2025, Ban Pháp chế HĐND tỉnh đã làm việc với UBND phường Đông Hà về quy chế dân chủ; đoàn "
                 "nghe báo cáo phối hợp với Ban Thanh tra nhân dân phường.", id="a-council-team-hears-the-ward"),
]

TEAMS_SET_UP = [
    pytest.param("Ngày 10/9/2025, UBND tỉnh Cao Bằng thành lập đoàn kiểm tra liên ngành về Đề án 06 tại các xã.\n\n"
                 "Đoàn do ông Nông Văn Hùng, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn.", id="head-named-after"),
    pytest.param("Theo kế hoạch, ngày 16/9/2025, UBND tỉnh Cao Bằng thành lập đoàn kiểm tra liên ngành tại 9 xã.\n\n"
                 "Đoàn do ông Nông Văn Hùng, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn.", id="as-planned-on-a-past-day"),
    pytest.param("Ngày 2/10/2025, Ban Chỉ đạo chuyển đổi số tỉnh thống nhất thành lập đoàn kiểm tra dịch vụ công "
                 "trực tuyến tại các xã.\n\nĐoàn do bà Đàm Thị Vân, Giám đốc Sở Khoa học và Công nghệ, dẫn đầu.",
                 id="steering-committee-head-leads"),
]

TEAMS_AT_WORK = [
    pytest.param("Ngày 6/10/2025, Chủ tịch UBND tỉnh Cao Bằng ký quyết định thành lập đoàn kiểm tra công vụ, do ông "
                 "Nông Văn Hùng, Giám đốc Sở Nội vụ, làm trưởng đoàn.\n\nSáng 14/10/2025, đoàn đã làm việc tại UBND xã "
                 "Hòa An, kiểm tra việc trả kết quả hồ sơ.", id="set-up-then-at-a-commune-on-its-day"),
    pytest.param("UBND tỉnh Cao Bằng đã thành lập đoàn kiểm tra cải cách hành chính.\n\nSáng 29/9/2025, Đoàn kiểm tra "
                 "do ông Nông Văn Hùng, Phó Chủ tịch UBND tỉnh, làm Trưởng đoàn đã làm việc với UBND xã Hòa An.",
                 id="head-named-in-the-visits-sentence"),
]


def _draft(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract_file(path, today=date(2026, 12, 1))


@pytest.mark.parametrize("text", OWN_BOARD_MEETINGS)
def test_a_units_own_board_meeting_is_no_visit(tmp_path: Path, text: str) -> None:
    draft = _draft(tmp_path, text)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.own_meeting"


@pytest.mark.parametrize("text", BOARD_VISITS)
def test_a_team_at_the_unit_on_its_board_stays_a_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is None


@pytest.mark.parametrize("text", TEAMS_SET_UP)
def test_a_team_set_up_with_its_head_named_is_no_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is not None


@pytest.mark.parametrize("text", TEAMS_AT_WORK)
def test_a_team_set_up_then_told_at_a_unit_is_a_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is None
