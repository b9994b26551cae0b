"""A provincial leader chairing a working session with the departments is a meeting, no visit (session 29, f57).

Sentences written for the tests. The four meetings read as visits on the base code (cab1f166); the look-alikes, a
leader with one unit, a council team with the departments, a session held at a ward or one that checks, stay visits.
"""

from __future__ import annotations

import pytest

from store.extract.text import read_article
from store.extract.visit_kind import non_visit_reason


def reason_code(text: str) -> str | None:
    found = non_visit_reason(read_article(text))
    return found.code if found else None


@pytest.mark.parametrize("text", [
    "Ngày 4/8/2025, ông Hoàng Minh Tâm, Chủ tịch UBND tỉnh Phú Thọ, chủ trì buổi làm việc với các sở, ngành để "
    "thống nhất lộ trình số hóa hồ sơ đất đai.\n\nCác sở đề xuất thuê dịch vụ số hóa.",
    "Chiều 19/9/2025, bà Đinh Thị Hảo, Phó Chủ tịch UBND tỉnh Quảng Trị, chủ trì cuộc làm việc với một số sở, ban, "
    "ngành nhằm bàn phương án kết nối dữ liệu bảo hiểm y tế.\n\nCác đại biểu thống nhất giao Sở Y tế chủ trì.",
    "Ngày 2/10/2025, ông Vũ Đức Sơn, Bí thư Tỉnh ủy Lào Cai, chủ trì buổi làm việc với lãnh đạo các sở, ngành, đơn vị "
    "tư vấn về chủ trương đầu tư hệ thống camera giám sát giao thông.\n\nĐơn vị tư vấn trình bày ba phương án.",
    "Sáng 7/11/2025, ông Lê Quốc Bảo, Phó Chủ tịch UBND tỉnh Nghệ An, chủ trì buổi làm việc với những sở, ngành liên "
    "quan để cho ý kiến về dự thảo quy chế vận hành Trung tâm dữ liệu tỉnh.\n\nSở Tài chính góp ý về kinh phí.",
])
def test_a_leader_chairing_the_departments_is_a_meeting(text: str) -> None:
    assert reason_code(text) == "nonvisit.own_meeting"


@pytest.mark.parametrize("text", [
    # one unit worked with: a leader's working session at the provincial police, as the project reads it
    "Chiều 14/5/2025, ông Hoàng Minh Tâm, Chủ tịch UBND tỉnh Phú Thọ, có buổi làm việc với Công an tỉnh về việc "
    "thực hiện Đề án 06.\n\nGiám đốc Công an tỉnh báo cáo kết quả cấp tài khoản định danh điện tử.",
    # an overseeing body's team with the departments: oversight
    "Ngày 16/10/2025, Đoàn giám sát của HĐND tỉnh Lào Cai do ông Vũ Văn Hải, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn, "
    "chủ trì buổi làm việc với các sở, ngành về việc thực hiện Đề án 06.\n\nCác sở báo cáo kết quả.",
    # a ward among those worked with, at the ward, and a check
    "Sáng 9/5/2025, bà Đinh Thị Hảo, Phó Chủ tịch UBND tỉnh Quảng Trị, chủ trì buổi làm việc với các sở, ngành và "
    "UBND phường Nam Đông Hà tại phường Nam Đông Hà để kiểm tra bộ phận một cửa.\n\nPhường báo cáo số hồ sơ.",
    # the departments, but the session checks the progress of a works: a check
    "Ngày 21/8/2025, ông Lê Quốc Bảo, Phó Chủ tịch UBND tỉnh Nghệ An, chủ trì buổi làm việc với các sở, ngành để kiểm "
    "tra tiến độ dự án trung tâm dữ liệu.\n\nNhà thầu cam kết hoàn thành đúng hạn.",
])
def test_a_leader_with_one_unit_a_team_or_a_site_stays_a_visit(text: str) -> None:
    assert reason_code(text) is None
