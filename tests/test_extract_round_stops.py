"""A round at "một số UBND xã" told stop by stop (s37-fresh79's class, `place_round_stops`): the lead names no unit, the
first stop is the first unit of the level the article names, and each later unit that opens its sentence as the
next stop is visited too; a unit named in passing is not."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_LEAD = ("Kiểm tra công vụ\n\nSáng 3/2/2021, đoàn kiểm tra công vụ của UBND tỉnh Hà Nam đã kiểm tra đột xuất tại một "
         "số UBND xã của huyện Kim Bảng.\n\nTrong đó, tại UBND xã Liên Sơn, bộ phận một cửa mở cửa đúng giờ.\n\n")


def _wards(said: str) -> list[int | None]:
    record = extract_article(_LEAD + said, today=TODAY).record
    return [(loc.get("ward") or {}).get("code") for loc in record["localities"]]


@pytest.mark.parametrize("said", [
    "Đối với UBND xã Thụy Lôi, khi đoàn đến, chỉ có 5 cán bộ có mặt.",
    "Tại UBND xã Thụy Lôi, đoàn ghi nhận bộ phận một cửa niêm yết đủ thủ tục.",
    "Riêng UBND xã Thụy Lôi, khi đoàn đến vẫn còn 3 công chức chưa có mặt.",
    "Còn tại UBND xã Thụy Lôi, công chức một cửa chưa đeo thẻ.",
])
def test_a_later_stop_of_the_round_is_visited(said: str) -> None:
    assert _wards(said) == [13435, 13420]


@pytest.mark.parametrize("said", [
    "Theo đoàn, cách làm này cần nhân rộng như mô hình của xã Thụy Lôi năm trước.",
    "Đoàn đề nghị huyện học tập kinh nghiệm của xã Thụy Lôi trong cải cách hành chính.",
    "Ông Nguyễn Văn A, người xã Thụy Lôi, phản ánh thủ tục còn chậm.",
])
def test_a_unit_named_in_passing_is_no_stop(said: str) -> None:
    assert _wards(said) == [13435]


def test_a_lead_that_names_its_units_is_read_as_before() -> None:
    text = ("Kiểm tra công vụ\n\nSáng 3/2/2021, đoàn kiểm tra công vụ của UBND tỉnh Hà Nam đã kiểm tra đột xuất "
            "tại UBND xã Liên Sơn, huyện Kim Bảng.\n\nĐối với UBND xã Thụy Lôi, khi đoàn đến, chỉ có 5 cán bộ có mặt.")
    record = extract_article(text, today=TODAY).record
    assert [(loc.get("ward") or {}).get("code") for loc in record["localities"]] == [13435, 13420]
