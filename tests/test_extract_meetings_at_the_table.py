"""A leader's session at the leader's own table is no visit: a provincial chairman or party secretary working with the
departments told without "chủ trì" (store/extract/visit_policy_meetings.py), and a province's board or leaders received
at the centre's own seat (store/extract/visit_desk_work.py). Look-alikes that stay visits: an outside leader at a named
province's departments, a team at the province's own seat, a leader at a commune."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.draft import Draft
from store.reasons import Reason

AT_THE_TABLE = [
    pytest.param("Sáng 6/11/2025, ông Vũ Đình Nam, Phó Chủ tịch UBND tỉnh Hà Tĩnh, làm việc với lãnh đạo các sở ngành "
                 "triển khai phần mềm quản lý văn bản mới.", id="vice-chair-departments-no-comma"),
    pytest.param("Chiều 14/10/2025, đồng chí Lò Thị Mai, Bí thư Tỉnh ủy Sơn La, làm việc với các sở, ban, ngành về "
                 "kết nối dữ liệu dân cư.", id="party-secretary-departments"),
    pytest.param("Ngày 2/9/2025, ông Đỗ Văn Hải, Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình, làm việc với một số sở, "
                 "ngành để bàn giải pháp số hóa hồ sơ địa chính.", id="chairman-some-departments"),
    pytest.param("Sáng 20/8/2025, tại Trụ sở Trung ương Đảng, đồng chí Nông Văn Lộc chủ trì buổi làm việc với Ban "
                 "Thường vụ Tỉnh ủy Hà Giang về dự thảo văn kiện đại hội.", id="province-board-at-the-party-seat"),
    pytest.param("Chiều 5/9/2025, tại trụ sở Chính phủ, Phó Thủ tướng Trần Văn Kiên làm việc với lãnh đạo tỉnh Lai "
                 "Châu về cơ sở dữ liệu đất đai.", id="province-leaders-at-the-government-seat"),
]

VISITS = [
    pytest.param("Ngày 9/10/2025, Bộ trưởng Bộ Nội vụ Hồ Văn Tâm làm việc với lãnh đạo các sở, ngành tỉnh Hà Nam về "
                 "chính quyền hai cấp.", id="outside-leader-at-a-named-province"),
    pytest.param("Ngày 11/9/2025, tại trụ sở Tỉnh ủy Sơn La, Đoàn kiểm tra của Bộ Chính trị do đồng chí Lê Văn Phú làm "
                 "Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy về chuyển đổi số.", id="team-at-the-province-seat"),
    pytest.param("Sáng 6/11/2025, ông Vũ Đình Nam, Phó Chủ tịch UBND tỉnh Hà Tĩnh, làm việc với UBND xã Cẩm Xuyên về "
                 "hoạt động của Trung tâm Phục vụ hành chính công xã.", id="vice-chair-at-a-commune"),
]


def _draft(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract_file(path, today=date(2026, 12, 1))


@pytest.mark.parametrize("text", AT_THE_TABLE)
def test_a_session_at_the_leaders_table_is_no_visit(tmp_path: Path, text: str) -> None:
    draft = _draft(tmp_path, text)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.own_meeting"


@pytest.mark.parametrize("text", VISITS)
def test_an_outside_leader_a_team_or_a_commune_stays_a_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is None
