"""What an article is before any value is read from it: text hard-wrapped at a fixed width, reports that are
no visit (a programme adopted, what a team may do, a month's work), and a total that is no number's name.

Written in our own words with invented people and figures, each after a class of real reports kept outside
the project.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figures import numbers_in
from store.extract.formats import unwrap


def test_a_paragraph_hard_wrapped_mid_sentence_is_joined_again() -> None:
    lines = ["Kiểm tra công tác Mặt trận", "Sáng", "ngày 12/10, đoàn kiểm tra của Ủy", "ban MTTQ thành phố do ông Lê",
             "Văn Kha làm trưởng đoàn làm việc với Ủy ban MTTQ quận Tây Hồ.", "Đoàn ghi nhận kết quả."]
    assert unwrap(lines) == ["Kiểm tra công tác Mặt trận",
                             "Sáng ngày 12/10, đoàn kiểm tra của Ủy ban MTTQ thành phố do ông Lê Văn Kha làm trưởng "
                             "đoàn làm việc với Ủy ban MTTQ quận Tây Hồ.", "Đoàn ghi nhận kết quả."]


def test_a_title_without_a_full_stop_stays_apart_from_the_paragraph_under_it() -> None:
    assert unwrap(["Giám sát một cửa tại phường Tây Hồ", "Ngày 3/3/2024, đoàn giám sát làm việc."]) == \
        ["Giám sát một cửa tại phường Tây Hồ", "Ngày 3/3/2024, đoàn giám sát làm việc."]


def test_a_hard_wrapped_report_gives_its_day_leader_and_place() -> None:
    text = ("Chiều\nngày 12/10/2017, tại trụ sở Ủy ban MTTQ quận Tây Hồ, đoàn kiểm tra của Ủy\nban MTTQ thành phố "
            "Hà Nội do ông Lê Văn Kha – Phó Chủ tịch làm Trưởng đoàn đã\nlàm việc với Ủy ban MTTQ quận về công tác "
            "giám sát bộ phận một cửa.\n")
    record = extract_article(text).record
    assert record["date"] == "2017-10-12" and record["leader"]["name"] == "Lê Văn Kha"
    assert [loc["name"] for loc in record["localities"]] == ["quận Tây Hồ"]


@pytest.mark.parametrize("text, reason", [
    ("Ngày 26/8, HĐND phường Hương Thủy tổ chức kỳ họp, thông qua nghị quyết về chương trình giám sát năm 2026. "
     "Trong đó, Thường trực HĐND phường giám sát việc giải quyết thủ tục hành chính tại Trung tâm phục vụ hành "
     "chính công phường. Ban Pháp chế HĐND phường giám sát việc tiếp công dân.", "meeting"),
    ("Đoàn kiểm tra của UBND tỉnh sẽ làm việc với 10 xã trong tháng tới. Ngoài kiểm tra theo lịch, đoàn có thể "
     "kiểm tra đột xuất tại bộ phận một cửa hoặc phối hợp với UBND xã kiểm tra tại điểm tiếp công dân.",
     "still to come"),
    ("Trong tháng 3, Thường trực HĐND huyện đã đôn đốc trả lời kiến nghị cử tri. Dự giám sát UBND xã Vũ Lễ về "
     "thủ tục hành chính của Ban Pháp chế HĐND huyện.", "round-up"),
])
def test_reports_that_are_no_visit(text: str, reason: str) -> None:
    assert reason in (extract_article(text).non_visit or "")


def test_a_total_is_a_figure_and_a_decision_number_is_not() -> None:
    found = numbers_in("Trung tâm giải quyết tổng số 61 thủ tục; theo Quyết định số 48 còn giao thêm 9 thủ tục.")
    assert [(value, unit) for value, _, unit, _, _ in found] == [(61, "thủ tục"), (9, "thủ tục")]


def test_a_time_of_day_after_discipline_words_is_the_visit_day_not_a_laws_date() -> None:
    record = extract_article("Để giữ kỷ luật, kỷ cương hành chính, sáng ngày 9/3/2022, Ban Pháp chế HĐND huyện Tiên "
                             "Du giám sát tại UBND xã Phật Tích.").record
    assert record["date"] == "2022-03-09"
