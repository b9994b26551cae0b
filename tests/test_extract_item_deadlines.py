"""A deadline inside an ask sets the item's `deadline` and stays in its text (`item_deadlines`). Texts written for
these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_deadlines import deadline_of

_OPENING = ("Ngày 10/11/2024, Đoàn giám sát của Thường trực HĐND huyện Hương Sơn do ông Trần Văn Lực, Phó Chủ tịch "
            "HĐND huyện làm trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Sơn Kim 1, huyện "
            "Hương Sơn, tỉnh Hà Tĩnh.\n\n")


@pytest.mark.parametrize("text, due", [
    ("Báo cáo kết quả về Thường trực HĐND huyện trước ngày 15/12/2025.", "2025-12-15"),
    ("Gửi báo cáo khắc phục trước ngày 20/12.", "2024-12-20"),  # the visit's year
    ("Hoàn thành số hóa hồ sơ hộ tịch chậm nhất ngày 20/1.", "2025-01-20"),  # before the visit's day: the next year
    ("Nộp danh sách cán bộ tập huấn trước 5-12-2024.", "2024-12-05"),
])
def test_a_day_an_ask_is_due_by_is_its_deadline(text: str, due: str) -> None:
    assert deadline_of(text, "2024-11-10") == due


@pytest.mark.parametrize("text", [
    "Rà soát hồ sơ tồn đọng từ trước ngày 1/7/2024.",  # the files' age, not the task's end
    "Giải quyết dứt điểm các hồ sơ nộp trước ngày 1/10.",
    "Báo cáo kết quả trước ngày 31/2.",  # no such day
    "Tiếp tục rà soát thủ tục hành chính.",
])
def test_a_day_that_qualifies_a_thing_is_no_deadline(text: str) -> None:
    assert deadline_of(text, "2024-11-10") is None


def test_a_bare_day_without_a_visit_day_is_no_deadline() -> None:
    assert deadline_of("Báo cáo trước ngày 15/12.", None) is None


def test_the_extracted_direction_gets_the_deadline_and_leaves_it_out_of_its_text() -> None:
    record = extract_article(_OPENING + "Ông Trần Văn Lực đề nghị xã báo cáo kết quả rà soát thủ tục về Thường trực "
                                        "HĐND huyện trước ngày 15/12.").record
    direction = record["directions"][0]
    assert direction["text"] == "Báo cáo kết quả rà soát thủ tục về Thường trực HĐND huyện."  # session 42: the tail out
    assert direction["deadline"] == "2024-12-15"
    assert record["date"] == "2024-11-10"
