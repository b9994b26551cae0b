"""Classes of oversight and public-administration pages that real pages on the topic taught (session 13,
realcheck-s12-ontopic: look-alikes and visits whose places were lost), in sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, lead_draft


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
