"""Classes of false figures that the session-13 untouched sets (realcheck-s13-fresh15, -fresh16) showed once measured,
in sentences written for these tests: criteria levels heading groups of communes, and targets owed on a roadmap."""

from __future__ import annotations

import pytest

from tests.leads import figure_triples, numbers_read


@pytest.mark.parametrize("text, read", [
    ("Huyện có 2 xã đạt 19 tiêu chí (Bình Hòa, Tân Lợi); 1 xã đạt 17 tiêu chí và 4 xã đạt 15 tiêu chí.", []),
    ("Toàn huyện có 3 xã đã đạt 18/19 tiêu chí.", []),
    ("Đến nay, xã đã đạt 16 tiêu chí, còn 3 tiêu chí chưa đạt.", [(16, None, "tiêu chí"), (3, None, "tiêu chí")]),
    ("Xã đạt 17/19 tiêu chí nông thôn mới nâng cao.", [(17, 19, "tiêu chí")]),
])
def test_a_criteria_level_heading_a_group_of_communes_is_no_figure(text: str, read: list) -> None:
    assert numbers_read(text) == read


_LEAD = ("Ngày 5/6/2024, Đoàn giám sát HĐND tỉnh do ông Lê Văn Tám, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn "
         "đã giám sát tại huyện Đông Sơn. ")


@pytest.mark.parametrize("said, figures", [
    ("Theo lộ trình, đến năm 2026 huyện phải hoàn thành trên 60% xã nông thôn mới kiểu mẫu.", []),
    ("Mỗi xã phải đạt tối thiểu 90% hồ sơ trực tuyến.", []),
    ("Theo lộ trình, huyện đã hoàn thành 12 công trình.", [(12, "công trình", None)]),
    ("Huyện đã cấp 3.100 thẻ bảo hiểm y tế cho người nghèo.", [(3100, "thẻ", None)]),
])
def test_a_share_owed_on_a_roadmap_is_a_target(said: str, figures: list) -> None:
    assert figure_triples(f"Tin hoạt động\n\n{_LEAD}{said}") == figures


@pytest.mark.parametrize("text, read", [
    ("Nhân dân đã góp trên 42.000 ngày công và 9,6 tỉ đồng.", [(42000, None, "ngày công"), (9600000000, None, "đồng")]),
    ("Xã huy động 1.500 ngày công lao động để nạo vét kênh.", [(1500, None, "ngày công")]),
    ("Đoàn có 3 ngày công tác tại huyện.", []),
    ("Sau 5 ngày công bố kết quả, xã nhận đơn.", []),
])
def test_days_of_labour_are_counted_and_a_trips_days_are_not(text: str, read: list) -> None:
    assert numbers_read(text) == read
