"""Classes of oversight and public-administration pages that real pages on the topic taught (session 13,
realcheck-s12-ontopic: look-alikes and visits whose places were lost), in sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, lead_draft, leader_named, places_coded


def _non_visit(text: str) -> object:
    return extract_article(text, today=TODAY).non_visit


# -- look-alikes ----------------------------------------------------------------------------------------------


def test_a_session_previewed_with_a_team_report_on_its_agenda_is_no_visit() -> None:
    text = ("HĐND huyện sắp họp gì?\n\nKỳ họp thứ 12 HĐND huyện Yên Lập sẽ khai mạc từ ngày 18 đến 19-12 tới.\n\n"
            "Tại kỳ họp, HĐND huyện sẽ xem xét báo cáo kinh tế - xã hội năm 2024.\n\nĐáng chú ý, kỳ họp sẽ thảo luận "
            "báo cáo của Đoàn giám sát HĐND huyện về chợ nông thôn; giám sát việc chi trả trợ cấp ở các xã.")
    assert getattr(_non_visit(text), "code", "") == "nonvisit.to_come"


def test_a_team_that_surveys_before_the_session_on_its_own_day_is_a_visit() -> None:
    text = ("Khảo sát trước kỳ họp\n\nChuẩn bị cho kỳ họp thứ 12 HĐND huyện Yên Lập sẽ diễn ra vào tháng 12, sáng "
            "5/11, Ban Kinh tế - Xã hội HĐND huyện đã khảo sát tại xã Xuân Viên về chợ nông thôn.\n\nTại buổi khảo "
            "sát, Ban ghi nhận chợ đã được sửa chữa.")
    assert _non_visit(text) is None


@pytest.mark.parametrize("third", [
    "Ngoài ra, đoàn cũng kiểm tra việc niêm yết thủ tục tại các đơn vị nói trên.",
    "Bên cạnh đó, đoàn kiểm tra việc gửi thư xin lỗi người dân khi trễ hẹn.",
])
def test_a_plan_told_on_without_its_future_word_is_still_the_plan(third: str) -> None:
    text = ("Sẽ kiểm tra một cửa tại 3 xã\n\nCụ thể, trong tháng tới, Phó Chủ tịch UBND huyện Trần Văn Lực sẽ kiểm "
            "tra tại bộ phận một cửa của các xã A Lưới, Hồng Kim và Hồng Thủy.\n\nĐoàn sẽ kiểm tra đột xuất, không báo "
            f"trước.\n\n{third}")
    assert _non_visit(text) is not None


def test_an_item_told_as_done_after_the_plan_is_a_visit() -> None:
    text = ("Kiểm tra một cửa\n\nĐoàn sẽ kiểm tra tại 3 xã trong tuần này.\n\nNgoài ra, sáng 12/5, đoàn đã kiểm tra "
            "đột xuất tại UBND xã Hồng Kim và ghi nhận nhiều công chức đến muộn.")
    assert _non_visit(text) is None


@pytest.mark.parametrize("lead", [
    "Đoàn ĐBQH tỉnh Lào Cai vừa tổ chức họp để rút kinh nghiệm công tác tổ chức giám sát của Đoàn năm 2024.",
    "Thường trực HĐND tỉnh Lào Cai vừa tổ chức cuộc họp rút kinh nghiệm sau đợt giám sát về giáo dục.",
])
def test_a_meeting_to_draw_lessons_from_oversight_is_the_bodys_own(lead: str) -> None:
    draft = lead_draft(lead, "Chấn chỉnh việc cử thành phần làm việc với đoàn giám sát")
    assert getattr(draft.non_visit, "code", "") == "nonvisit.own_meeting"


def test_lessons_drawn_after_a_survey_at_a_place_is_a_visit() -> None:
    draft = lead_draft("Sáng 3/4/2024, sau khi khảo sát thực tế tại xã Bản Qua, Đoàn giám sát HĐND tỉnh Lào Cai họp "
                       "rút kinh nghiệm và làm việc với UBND xã.", "Giám sát tại Bản Qua")
    assert draft.non_visit is None


def test_inspection_work_named_as_a_field_in_a_letter_is_no_visit() -> None:
    text = ("UBND tỉnh yêu cầu tăng cường kiểm tra\n\nUBND tỉnh Cà Mau vừa có văn bản gửi các sở, ngành về việc tăng "
            "cường kiểm tra chuyên ngành.\n\nTheo đó, Chủ tịch UBND tỉnh giao thủ trưởng các sở, ngành; chủ tịch UBND "
            "các xã thực hiện nghiêm Chỉ thị 02/2025 về nâng cao hiệu quả công tác thanh tra, kiểm tra, tiếp công dân.")
    assert _non_visit(text) is not None


# -- visits that looked like something else -----------------------------------------------------------------


def test_a_team_formed_over_a_span_of_days_then_its_findings_is_a_visit() -> None:
    text = ("Hội Cựu chiến binh huyện kiểm tra cơ sở\n\nTừ ngày 5/9 – 7/9/2023, Hội Cựu chiến binh huyện Chợ Đồn thành "
            "lập đoàn kiểm tra công tác Hội tại 3 xã Bằng Lãng, Nam Cường, Đại Sảo.\n\nQua kiểm tra cho thấy, các "
            "chi hội sinh hoạt đều đặn.")
    draft = extract_article(text, today=TODAY)
    assert draft.non_visit is None and draft.record["date"] == "2023-09-05"


def test_a_team_formed_for_a_plan_without_findings_is_still_no_visit() -> None:
    text = ("Thành lập đoàn kiểm tra\n\nNgày 5/9/2023, UBND huyện Chợ Đồn thành lập đoàn kiểm tra công tác phòng cháy "
            "tại các xã.\n\nĐoàn có 7 thành viên, sẽ làm việc trong tháng 9.")
    assert _non_visit(text) is not None


# -- places -----------------------------------------------------------------------------------------------------


def _coded(text: str) -> list[tuple[int, int | None, str]]:
    return places_coded(extract_article(text, today=TODAY).record)


def test_bracketed_future_seats_neither_end_the_list_nor_are_visited() -> None:
    text = ("Khảo sát trụ sở\n\nSáng 9-6-2025, Chủ tịch UBND tỉnh Quảng Bình Lê Văn Tâm đã khảo sát tại xã Trọng Hóa, "
            "huyện Minh Hóa (dự kiến là trụ sở xã Minh Hóa sau sắp xếp); xã Kim Hóa, huyện Tuyên Hóa (dự kiến bố trí "
            "trụ sở Công an xã Tuyên Sơn).")
    assert [code for _, code, _ in _coded(text)] == [18904, 18949]


def test_offices_named_in_the_findings_at_the_time_of_the_check_are_visited() -> None:
    text = ("Kiểm tra công vụ tại 2 đơn vị\n\nQua kiểm tra, các đơn vị đều niêm yết thủ tục.\n\nTại thời điểm kiểm "
            "tra, UBND xã Nga Sơn vắng 2/30 người; UBND xã Triệu Sơn vắng 1/25 người.")
    assert [code for _, code, _ in _coded(text)] == [16093, 15664]


def test_offices_named_in_other_findings_are_not_taken_for_visits() -> None:
    text = ("Kiểm tra công vụ\n\nSáng 5/3/2024, đoàn kiểm tra công vụ của tỉnh Thanh Hóa đã kiểm tra đột xuất tại "
            "UBND xã Nga Sơn.\n\nKết quả cho thấy xã làm tốt hơn UBND xã Triệu Sơn năm trước.")
    assert [code for _, code, _ in _coded(text)] == [16093]


def test_each_party_committee_of_a_list_after_the_verb_is_visited() -> None:
    text = ("Làm việc với hai địa phương\n\nSáng 2/3/2025, Bí thư Tỉnh ủy Lâm Đồng Trần Văn Hiệp đã làm việc với Ban "
            "Thường vụ Thành ủy Bảo Lộc và Ban Thường vụ Huyện ủy Di Linh.")
    assert [name for _, _, name in _coded(text)] == ["thành phố Bảo Lộc", "huyện Di Linh"]


def test_a_provinces_city_committee_is_no_district() -> None:
    text = ("Làm việc\n\nSáng 2/3/2025, Đoàn công tác của Ban Thường vụ Thành ủy Hà Nội đã làm việc với Ban Thường vụ "
            "Huyện ủy Sóc Sơn.")
    assert [name for _, _, name in _coded(text)] == ["huyện Sóc Sơn"]


def test_a_headline_day_with_its_time_of_day_is_the_visits() -> None:
    text = ("Lãnh đạo tỉnh kiểm tra trụ sở xã Ayun sáng 12-6\n\nTheo đó, Chủ tịch UBND tỉnh Gia Lai đã đến kiểm tra "
            "trụ sở xã Ayun, bảo đảm xã đi vào hoạt động từ ngày 1-7-2025.")
    assert extract_article(text, today=TODAY).record["date"][5:] == "06-12"


def test_a_day_in_the_body_with_its_time_of_day_wins_over_the_headlines() -> None:
    text = ("Kiểm tra trụ sở xã Ayun sáng 12-6\n\nChiều 13-6-2025, Chủ tịch UBND tỉnh Gia Lai đã đến kiểm tra trụ sở "
            "xã Ayun.")
    assert extract_article(text, today=TODAY).record["date"] == "2025-06-13"


# -- leaders ----------------------------------------------------------------------------------------------------


def test_a_question_headline_copied_above_the_lead_with_a_range_of_counts_is_a_subtitle() -> None:
    headline = "Thị xã sẽ còn 2-3 phường sau sắp xếp?"
    text = (f"{headline}\n\n{headline}\n\nTheo Cổng thông tin tỉnh, sáng 4/3, Quyền Chủ tịch UBND tỉnh Lâm Đồng "
            "Đinh Văn Tuấn đã làm việc với Ban Thường vụ Thị ủy Buôn Hồ.")
    assert leader_named(text) == "Đinh Văn Tuấn"


def test_a_day_in_a_headline_above_the_lead_still_keeps_the_headline_as_the_lead() -> None:
    text = ("Sáng 4/3, Chủ tịch UBND tỉnh Đinh Văn Tuấn kiểm tra trụ sở xã Ea Kly\n\nSáng 4/3, Chủ tịch UBND tỉnh "
            "Đắk Lắk Đinh Văn Tuấn đã kiểm tra trụ sở xã Ea Kly.")
    assert leader_named(text) == "Đinh Văn Tuấn"
