"""Households or premises whose matter a check looks at are units checked, no figure (s35, fresh75 v07).

`figure_visited_counts.whose_places` reads "kiểm tra (, giám sát) việc|công tác|tình hình <matter> của N hộ|cơ sở|
doanh nghiệp" as the units checked, as "khảo sát tại 4 hộ" already was. The positive cases fail without the rule;
counts the check found, or households a commune served, stay figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article


def _values(text: str) -> list[float]:
    record = extract_article(text, today=date(2026, 12, 1)).record
    return [figure["value"] for figure in record.get("figures", [])]


_LEAD = "Ngày 9/5/2024, Đoàn kiểm tra của Sở Nông nghiệp tỉnh Sóc Trăng do ông Thạch Sô Phal làm Trưởng đoàn đã "
_CHECKED = [
    _LEAD + "kiểm tra, giám sát việc khắc phục sạt lở bờ bao của 4 hộ dân tại xã Trung Bình.",
    _LEAD + "giám sát việc chấp hành quy định về thuốc bảo vệ thực vật của 7 cơ sở kinh doanh tại xã Lịch Hội Thượng.",
    _LEAD + "kiểm tra tình hình xả thải ra kênh của 2 doanh nghiệp tại xã Trung Bình.",
    _LEAD + "khảo sát công tác phòng chống cháy rừng của hơn 12 hộ nhận khoán tại xã Trung Bình.",
]


@pytest.mark.parametrize("text", _CHECKED)
def test_the_owners_of_a_checked_matter_are_no_figure(text: str) -> None:
    assert _values(text) == []


_RESULTS = [
    # what the check found
    (_LEAD + "kiểm tra việc khắc phục sạt lở tại xã Trung Bình. Qua kiểm tra, phát hiện 3 hộ chưa gia cố bờ bao.",
     [3]),
    # households the commune served: a result
    (_LEAD + "kiểm tra việc cấp giấy chứng nhận tại xã Trung Bình, xã đã cấp giấy cho 45 hộ.", [45]),
    # whose houses were repaired: a result, no check before it
    (_LEAD + "làm việc tại xã Trung Bình. Nhà ở của 9 hộ nghèo đã được sửa chữa.", [9]),
]


@pytest.mark.parametrize(("text", "values"), _RESULTS)
def test_counts_found_or_served_stay_figures(text: str, values: list[float]) -> None:
    assert _values(text) == values
