"""A deadline written as a month, a quarter or a year inside an ask sets the item's `deadline` (`item_periods`); the
text stays whole. Texts written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_deadlines import deadline_of
from store.extract.item_periods import period_deadline

_VISIT = "2025-11-10"
_OPENING = ("Ngày 10/11/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa do bà Lê Thị Nga, Phó Chủ tịch HĐND tỉnh làm trưởng "
            "đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Nga Sơn, tỉnh Thanh Hóa.\n\n")


@pytest.mark.parametrize("text, due", [
    ("Hoàn thành số hóa sổ hộ tịch trong tháng 12.", "2025-12-31"),  # the visit's year, the month's last day
    ("Giải quyết xong các hồ sơ quá hạn trong tháng này.", "2025-11-30"),
    ("Lắp thêm ki-ốt tra cứu trong tháng tới.", "2025-12-31"),
    ("Bố trí thêm hai công chức trước tháng 3/2026.", "2026-03-01"),  # before a month: its first day
    ("Bố trí thêm hai công chức trước tháng 2.", "2026-02-01"),  # a month before the visit's: next year
    ("Cập nhật dữ liệu đất đai trong tháng 1.", "2026-01-31"),
    ("Làm sạch dữ liệu dân cư trong quý IV.", "2025-12-31"),
    ("Kết nối phần mềm một cửa với cơ sở dữ liệu ngành chậm nhất là trong quý I/2026.", "2026-03-31"),
    ("Đưa hệ thống vào vận hành trong quý 2 năm 2026.", "2026-06-30"),
    ("Trang bị máy quét cho bộ phận một cửa trước quý II/2026.", "2026-04-01"),
    ("Chấm dứt hồ sơ trễ hạn trong năm nay.", "2025-12-31"),
    ("Đưa kho dữ liệu vào khai thác chậm nhất cuối năm 2025.", "2025-12-31"),
    ("Số hóa toàn bộ hồ sơ tồn đọng trước cuối năm.", "2025-12-31"),  # a period's end dates a task, not a thing
    ("Xây dựng kế hoạch đào tạo kỹ năng số trong năm tới.", "2026-12-31"),
    ("Cấp chữ ký số cho công chức chậm nhất là hết tháng 6/2026.", "2026-06-30"),
    ("Hoàn thành kết nối camera, hạn chót là tháng 2 năm 2026.", "2026-02-28"),
])
def test_a_period_an_ask_is_due_in_gives_its_day(text: str, due: str) -> None:
    assert period_deadline(text, _VISIT) == due
    assert deadline_of(text, _VISIT) == due


@pytest.mark.parametrize("text", [
    "Hoàn thành cập nhật dữ liệu người có công trước Tết Nguyên đán.",  # a holiday's day moves from year to year
    "Tổng hợp kết quả 6 tháng đầu năm để báo cáo Thường trực HĐND.",  # the report's own period
    "Tổng hợp số liệu 6 tháng cuối năm 2025 để báo cáo.",
    "Rà soát các hồ sơ tiếp nhận trong tháng 10 còn thiếu thành phần.",  # the files' month, not the task's end
    "Kiểm tra lại hồ sơ đăng ký trong quý III.",
    "Trong quý III đã giải quyết 1.200 hồ sơ, cần tiếp tục phát huy.",  # a period that is over
    "Phát huy kết quả trong tháng 10 vừa qua.",
    "Khắc phục tồn tại đã chỉ ra trong năm 2024.",  # a year before the visit's
    "Rà soát hồ sơ tiếp nhận từ đầu năm đến hết tháng 10.",  # a span measured
    "Báo cáo kết quả thực hiện trong quý IV hằng năm.",  # recurring
    "Tiếp tục đẩy mạnh tuyên truyền trong năm qua.",
    "Trước hết, cần rà soát lại quy trình tiếp nhận.",  # "trước hết": first of all
    "Tăng cường tuyên truyền về dịch vụ công trực tuyến.",
])
def test_a_period_that_is_no_task_end_gives_none(text: str) -> None:
    assert deadline_of(text, _VISIT) is None


def test_a_period_without_its_year_needs_the_record_year() -> None:
    assert period_deadline("Hoàn thành trong quý IV.", None) is None
    assert period_deadline("Hoàn thành trong quý IV/2025.", None) == "2025-12-31"
    assert period_deadline("Hoàn thành trong tháng 3.", "2025-09") == "2026-03-31"  # a record day held in part


def test_a_day_written_in_the_ask_comes_before_a_period() -> None:
    assert deadline_of("Báo cáo trước ngày 15/12 và hoàn thành trong quý I/2026.", _VISIT) == "2025-12-15"


def test_the_extracted_direction_gets_the_period_deadline_and_leaves_it_out_of_its_text() -> None:
    ask = "Bà Lê Thị Nga đề nghị xã hoàn thành làm sạch dữ liệu dân cư trong quý IV."
    record = extract_article(_OPENING + ask).record
    direction = record["directions"][0]
    assert direction["text"] == "Hoàn thành làm sạch dữ liệu dân cư."  # session 42: the period's tail out
    assert direction["deadline"] == "2025-12-31"
