"""Session 32, places11: an island district named only as where the checked work lies ("tuyến đường phía Bắc đảo Cô
Tô" after a site check) is the visit's locality when nothing lower than a province was chosen. Sentences written
for these tests, with invented people; look-alikes (an island in a sentence with no check, an island of another
province, a page where a commune was chosen) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)
_HEAD = "Quảng Ninh: Chủ tịch tỉnh đi cơ sở\n\n"


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(_HEAD + text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 14/4/2023, qua kiểm tra hiện trường, Chủ tịch UBND tỉnh Quảng Ninh Tạ Văn Cừ đã chỉ đạo hoàn thành tuyến "
     "đường phía Bắc đảo Cô Tô.", ["huyện Cô Tô"]),
    ("Ngày 14/4/2023, Chủ tịch UBND tỉnh Quảng Ninh Tạ Văn Cừ đã khảo sát dự án cấp điện cho đảo Cô Tô.",
     ["huyện Cô Tô"]),
])
def test_an_island_district_named_as_where_the_work_lies(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the island in a sentence with no check: the province, as before
    ("Ngày 14/4/2023, Chủ tịch UBND tỉnh Quảng Ninh Tạ Văn Cừ đã làm việc với Sở Giao thông vận tải. Hiện tàu ra đảo "
     "Cô Tô chạy hai chuyến mỗi ngày.", ["tỉnh Quảng Ninh"]),
    # an island district of another province: not the chosen province's
    ("Ngày 14/4/2023, qua kiểm tra hiện trường, Chủ tịch UBND tỉnh Quảng Ninh Tạ Văn Cừ so sánh với tuyến đường "
     "phía Đông đảo Lý Sơn.", ["tỉnh Quảng Ninh"]),
    # a commune chosen already: the island is only where it lies
    ("Ngày 14/4/2023, Chủ tịch UBND tỉnh Quảng Ninh Tạ Văn Cừ đã kiểm tra tại xã Đồng Tiến, nơi có tuyến đường "
     "phía Bắc đảo Cô Tô.", ["xã Đồng Tiến"]),
])
def test_look_alikes_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
