"""Issue 12, session 22 (s22/fresh30), sentences written for the tests: a check heard at an official's own meeting
("chủ trì cuộc họp ... nghe báo cáo kết quả, tiến độ kiểm tra ...") is what the report is about, not a visit made
(`visit_heard_reports.heard_at_a_meeting`, read in `visit_evidence`); a meeting held with a visiting team, or a
team's working session with a unit, is still a visit."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import Draft, extract_article
from store.extract.visit_heard_reports import heard_at_a_meeting
from store.reasons import Reason

TODAY = date(2026, 12, 1)
TAIL = "\n\nĐơn vị đã tiếp nhận 120 hồ sơ."


def draft(lead: str, title: str = "Cải cách hành chính") -> Draft:
    return extract_article(f"{title}\n\n{lead}{TAIL}", today=TODAY)


@pytest.mark.parametrize("lead", [
    "Chiều 18-4, Chủ tịch UBND tỉnh Lào Cai đã chủ trì cuộc họp của UBND tỉnh nghe báo cáo kết quả, tiến độ kiểm "
    "tra, xác minh đơn thư của công dân ở huyện Bảo Thắng.",
    "Sáng 11/7/2024, Giám đốc Sở Nội vụ chủ trì hội nghị nghe các phòng trình bày tình hình, tiến độ khảo sát mức độ "
    "hài lòng tại các xã.",
    "Chiều 20/11/2023, Phó Chủ tịch UBND huyện chủ trì phiên họp của UBND huyện, nghe các phòng báo cáo về tình "
    "hình, kết quả và tiến độ giám sát đầu tư của cộng đồng ở các xã.",
])
def test_a_check_heard_at_the_chairs_own_meeting_is_no_visit(lead: str) -> None:
    said = draft(lead).non_visit
    assert isinstance(said, Reason) and said.code == "nonvisit.own_meeting"


@pytest.mark.parametrize("lead", [
    "Sáng 22/8/2024, Chủ tịch UBND huyện Krông Pắc chủ trì cuộc họp với Đoàn kiểm tra của tỉnh Đắk Lắk, nghe báo "
    "cáo tình hình, tiến độ kiểm tra thủ tục hành chính của huyện.",
    "Sáng 7/5/2024, Chủ tịch UBND xã Cam Thành chủ trì buổi họp tiếp Đoàn giám sát của HĐND huyện Cam Lộ, nghe báo "
    "cáo tình hình, tiến độ giải quyết hồ sơ của xã.",
    "Ngày 5/9/2024, Đoàn giám sát của Ban Pháp chế HĐND tỉnh Quảng Bình đã làm việc với UBND thị xã Ba Đồn, nghe "
    "báo cáo tình hình, tiến độ kiểm tra hồ sơ đất đai.",
])
def test_a_meeting_with_a_visiting_team_or_a_working_session_stays_a_visit(lead: str) -> None:
    found = draft(lead)
    assert found.non_visit is None
    assert found.record["localities"]


@pytest.mark.parametrize(("verb", "before", "expected"), [
    ("kiểm tra", "Chủ tịch UBND tỉnh chủ trì cuộc họp của UBND tỉnh nghe báo cáo kết quả, tiến độ ", True),
    ("khảo sát", "Giám đốc Sở chủ trì hội nghị nghe các phòng trình bày tình hình, tiến độ ", True),
    ("giám sát", "Phó Chủ tịch chủ trì phiên họp, nghe báo cáo về tình hình, kết quả và tiến độ ", True),
    ("kiểm tra", "Chủ tịch UBND huyện chủ trì cuộc họp với Đoàn kiểm tra của tỉnh, nghe báo cáo tiến độ ", False),
    ("kiểm tra", "Chủ tịch UBND xã chủ trì buổi họp tiếp Đoàn giám sát, nghe báo cáo tiến độ ", False),
    ("kiểm tra", "Đoàn đã làm việc với UBND thị xã, nghe báo cáo tiến độ ", False),  # no meeting chaired
    ("kiểm tra", "Chủ tịch UBND tỉnh chủ trì cuộc họp; sau đó, Đoàn nghe báo cáo và ", False),  # another clause
    ("làm việc với", "Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo rồi ", False),  # not a check's verb
])
def test_heard_at_a_meeting(verb: str, before: str, expected: bool) -> None:
    assert heard_at_a_meeting(verb, before) is expected
