"""A team set up in the lead, then shown at work at a named unit in a caption, is a visit
(store/extract/visit_set_up_captions.py); a standing team set up by decision, its kind after "đặc biệt về" or
"liên ngành về", is none (visit_plans._TEAM_SET_UP). Sentences of my own; the look-alikes must stay as they are."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.draft import Draft
from store.reasons import Reason

CAPTIONED = [
    pytest.param("Vừa qua, Thường trực HĐND tỉnh Cao Bằng đã thành lập 02 Đoàn giám sát để giám sát việc cấp giấy "
                 "chứng nhận quyền sử dụng đất tại một số xã.\n\nĐoàn GS số 1 làm việc với UBND xã Hòa An.\n\nTheo "
                 "lãnh đạo xã, năm nay xã đã trả kết quả 512 hồ sơ.", id="gs-numbered-with-the-commune"),
    pytest.param("Chủ tịch UBND tỉnh Cao Bằng vừa ký quyết định thành lập 03 tổ kiểm tra công vụ ở cấp xã.\n\n"
                 "Tổ KT số 2 kiểm tra tại xã Hòa An.\n\nTổ đề nghị xã rà soát 31 hồ sơ chưa ký số.",
                 id="kt-numbered-at-the-commune"),
    pytest.param("Thực hiện kế hoạch năm 2025, Thường trực HĐND tỉnh Cao Bằng đã thành lập đoàn khảo sát việc cung "
                 "cấp dịch vụ công trực tuyến.\n\nĐoàn khảo sát thực tế tại Trung tâm phục vụ hành chính công xã Hòa "
                 "An.\n\nXã đã tiếp nhận 640 hồ sơ trực tuyến.", id="survey-team-at-the-centre"),
    pytest.param("Thường trực HĐND tỉnh Cao Bằng đã thành lập đoàn giám sát liên ngành về chuyển đổi số.\n\n"
                 "Đoàn giám sát liên ngành số 2 làm việc tại Đảng ủy xã Hòa An.\n\nXã đã số hóa 2.140 hồ sơ.",
                 id="interagency-numbered-at-the-party-committee"),
]

STILL_A_PLAN = [
    pytest.param("Thường trực HĐND tỉnh Cao Bằng đã thành lập Đoàn giám sát việc thực hiện Đề án 06 tại một số xã, "
                 "do ông Nông Văn Hùng làm trưởng đoàn.\n\nTừ ngày 20 đến ngày 22/10/2025, đoàn sẽ giám sát tại "
                 "UBND các xã Hòa An, Nguyên Bình.\n\nĐoàn giám sát làm việc với UBND xã Hòa An.",
                 id="the-schedules-line-after-se"),
    pytest.param("Thường trực HĐND tỉnh Cao Bằng đã thành lập Đoàn giám sát việc thực hiện Đề án 06, do ông Nông "
                 "Văn Hùng làm trưởng đoàn.\n\nĐoàn dự kiến làm việc tại các xã trong tháng 11.\n\nĐoàn GS số 1 làm "
                 "việc với UBND xã Hòa An.", id="the-schedules-line-after-du-kien"),
    pytest.param("Thường trực HĐND tỉnh Cao Bằng đã thành lập Đoàn giám sát việc thực hiện Đề án 06, do ông Nông "
                 "Văn Hùng làm trưởng đoàn.\n\nĐoàn GS số 1 làm việc với UBND xã Hòa An, Đoàn GS số 2 làm việc với "
                 "UBND xã Nguyên Bình, mỗi đoàn hai ngày theo lịch của Thường trực.",
                 id="a-long-line-of-both-teams"),
    pytest.param("Thường trực HĐND tỉnh Cao Bằng đã thành lập 02 Đoàn giám sát việc thực hiện Đề án 06, do ông Nông "
                 "Văn Hùng làm trưởng đoàn.\n\n- Đoàn GS số 1 làm việc với UBND xã Hòa An.\n\n- Đoàn GS số 2 làm "
                 "việc với UBND xã Nguyên Bình.", id="a-list-of-both-teams-lines"),
    pytest.param("Trong năm 2025, Thường trực HĐND tỉnh Cao Bằng đã tổ chức 6 cuộc giám sát tại 18 xã, phường.\n\n"
                 "Đoàn GS số 2 làm việc với UBND xã Hòa An.", id="a-years-round-up-with-a-caption"),
]

STANDING_TEAMS_SET_UP = [
    pytest.param("Tổ công tác đặc biệt về kiểm tra công vụ của tỉnh Cao Bằng có 25 thành viên, do ông Nông Văn Hùng, "
                 "Phó Giám đốc Sở Nội vụ làm tổ trưởng.\n\nUBND tỉnh Cao Bằng vừa ban hành Quyết định thành lập Tổ "
                 "công tác đặc biệt về kiểm tra công vụ ở cấp xã.", id="dac-biet-ve-kiem-tra"),
    pytest.param("Tổ công tác liên ngành về giám sát dịch vụ công của tỉnh Cao Bằng gồm 12 thành viên, do bà Đàm Thị "
                 "Vân làm tổ trưởng.\n\nChủ tịch UBND tỉnh vừa ký Quyết định về việc thành lập Tổ công tác liên "
                 "ngành về giám sát dịch vụ công.", id="lien-nganh-ve-giam-sat"),
]

STANDING_TEAMS_AT_WORK = [
    pytest.param("Ngày 2/10/2025, Chủ tịch UBND tỉnh Cao Bằng ký quyết định thành lập Tổ công tác đặc biệt về kiểm "
                 "tra công vụ, do ông Nông Văn Hùng làm tổ trưởng.\n\nSáng 9/10/2025, tổ công tác đã làm việc tại "
                 "UBND xã Hòa An, kiểm tra đột xuất việc trả hồ sơ.", id="then-checked-on-its-day"),
    pytest.param("Tổ công tác đặc biệt về kiểm tra công vụ của tỉnh Cao Bằng vừa kiểm tra đột xuất tại UBND xã Hòa "
                 "An.\n\nQua kiểm tra, tổ ghi nhận 2 công chức vắng mặt không lý do.", id="at-work-no-set-up"),
]


def _draft(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract_file(path, today=date(2026, 12, 1))


@pytest.mark.parametrize("text", CAPTIONED)
def test_a_team_set_up_then_at_work_in_a_caption_is_a_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is None


@pytest.mark.parametrize("text", STILL_A_PLAN)
def test_a_line_under_a_timetable_or_a_round_up_is_no_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is not None


@pytest.mark.parametrize("text", STANDING_TEAMS_SET_UP)
def test_a_standing_team_set_up_by_decision_is_no_visit(tmp_path: Path, text: str) -> None:
    draft = _draft(tmp_path, text)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.team_set_up"


@pytest.mark.parametrize("text", STANDING_TEAMS_AT_WORK)
def test_a_standing_team_at_a_unit_stays_a_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is None
