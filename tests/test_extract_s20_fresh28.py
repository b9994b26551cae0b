"""Session 20 (fresh28) non-visit classes, on short texts written for these tests (no real article is copied).

- one oversight team set up by a decision, told after a purpose line, with the plan's list of whom it will survey
  ("Theo kế hoạch, các đối tượng khảo sát gồm ...") and "thông qua khảo sát" as its means: a team set up, no visit
  (`visit_plans._SUBJECTS_PLANNED`, `visit_plans._told_done`);
- an official signing a letter in the lead ("đã ký văn bản hỏa tốc", "ký công văn"): the letter, no visit
  (`visit_kind._LETTER_SIGNED`).
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_kind import non_visit_reason
from store.extract.visit_plans import _told_done

TODAY = date(2026, 12, 1)
PURPOSE = "Đoàn khảo sát sẽ làm rõ các vướng mắc; thông qua khảo sát thực tế, kiến nghị giải pháp với UBND tỉnh."
DECISION = ("Ngày 4/5/2023, Trưởng đoàn ĐBQH tỉnh Quảng Trị đã ban hành Quyết định thành lập Đoàn khảo sát việc giải "
            "quyết thủ tục hành chính trực tuyến.")
HEAD = "Đoàn khảo sát do ông Hoàng Đức Thắng, Phó Trưởng đoàn ĐBQH tỉnh, làm Trưởng đoàn."


def reason_of(*lines: str) -> str | None:
    found = non_visit_reason(read_article("\n".join(lines) + "\n"))
    return None if found is None else found.code


def flagged(*lines: str) -> bool:
    return bool(extract_article("\n".join(lines) + "\n", today=TODAY).non_visit)


# -- one team set up, its subjects listed ---------------------------------------------------------------------------


@pytest.mark.parametrize("subjects", [
    "Theo kế hoạch, các đối tượng khảo sát gồm: Sở Nội vụ; UBND huyện Gio Linh.",
    "Theo kế hoạch, các đơn vị được khảo sát gồm Sở Nội vụ và UBND huyện Gio Linh.",
    "Theo kế hoạch, đối tượng giám sát bao gồm Sở Tư pháp và UBND thị xã Quảng Trị.",
    "Theo kế hoạch, các cơ quan được kiểm tra là Sở Nội vụ và Sở Tư pháp.",
])
def test_a_team_set_up_after_a_purpose_line_with_its_subjects_is_no_visit(subjects: str) -> None:
    assert reason_of("Lập đoàn khảo sát thủ tục hành chính", PURPOSE, DECISION, HEAD, subjects) == \
        "nonvisit.team_set_up"


def test_a_plans_timetable_is_still_read_as_a_timetable() -> None:
    timetable = "Theo kế hoạch, ngày 12/6/2023, Đoàn sẽ khảo sát tại UBND huyện Gio Linh."
    assert reason_of("Lập đoàn khảo sát thủ tục hành chính", PURPOSE, DECISION, HEAD, timetable) is not None


def test_the_plans_subjects_before_a_visit_on_its_day_leave_a_visit() -> None:
    assert not flagged("Đoàn ĐBQH tỉnh khảo sát tại xã Cam Lộ", PURPOSE,
                       "Theo kế hoạch, các đơn vị được khảo sát gồm UBND xã Cam Lộ và UBND xã Hiếu Giang.",
                       "Sáng 12/9/2025, Đoàn khảo sát do ông Hoàng Đức Thắng làm Trưởng đoàn đã khảo sát tại UBND "
                       "xã Cam Lộ.")


@pytest.mark.parametrize(("text", "done"), [
    (PURPOSE, False),
    ("Tổ có nhiệm vụ xem xét báo cáo, qua giám sát trực tiếp tại một số phường để đánh giá.", False),
    ("Qua khảo sát thực tế tại UBND xã Cam Lộ, đoàn ghi nhận xã tiếp nhận 960 hồ sơ.", True),
    ("Thông qua khảo sát, đoàn ghi nhận nhiều hồ sơ nộp trực tuyến.", True),
    ("Đoàn sẽ tổng hợp ý kiến; trước đó, đoàn đã khảo sát tại xã Cam Lộ.", True),
    ("Đoàn sẽ tổng hợp kết quả và kết luận.", True),
])
def test_qua_khao_sat_after_what_the_team_will_do_is_its_means(text: str, done: bool) -> None:
    assert _told_done(text) is done


def test_a_remit_then_the_survey_told_done_is_a_visit() -> None:
    assert not flagged("Khảo sát dịch vụ công ở xã Cam Lộ",
                       "Thực hiện Quyết định thành lập Đoàn khảo sát, Đoàn do ông Hoàng Đức Thắng làm Trưởng đoàn sẽ "
                       "đánh giá việc giải quyết hồ sơ; thông qua khảo sát, đề xuất giải pháp.",
                       "Qua khảo sát thực tế tại UBND xã Cam Lộ, đoàn ghi nhận xã đã tiếp nhận 960 hồ sơ.")


# -- a letter signed in the lead ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Ngày 26-6, Chủ tịch UBND tỉnh Quảng Trị đã ký văn bản hỏa tốc, yêu cầu các sở chuẩn bị trụ sở cho các xã.",
    "Chiều 3/7, Phó Chủ tịch UBND tỉnh Quảng Trị vừa ký công văn hỏa tốc yêu cầu các xã số hóa hồ sơ.",
    "Ngày 9/7, Chủ tịch UBND tỉnh Quảng Trị ký ban hành văn bản chỉ đạo các xã bố trí công chức.",
])
def test_a_letter_signed_in_the_lead_is_no_visit(lead: str) -> None:
    background = "Trước đó, đoàn công tác của tỉnh đã khảo sát thực địa tại 40 xã, phường."
    assert reason_of("Chỉ đạo của tỉnh", lead, background) == "nonvisit.issued_in_lead"


def test_a_check_made_just_after_a_letter_signed_is_a_visit() -> None:
    assert not flagged("Kiểm tra Trung tâm Phục vụ hành chính công xã Cam Lộ",
                       "Sáng 14/8/2025, ngay sau khi ký văn bản gửi các sở, ông Hoàng Đức Thắng, Phó "
                       "Chủ tịch UBND tỉnh Quảng Trị, đã kiểm tra Trung tâm Phục vụ hành chính công xã Cam Lộ.")
