"""What an amount is per: a rate is a property of a scheme, never a part of a total, and its label says per what."""

from __future__ import annotations

import pytest

from store.extract.figure_rates import is_rate, rate_end, rate_of


def _span(text: str, number: str, unit: str) -> tuple[int, int]:
    start = text.index(number)
    return start, start + len(number) + len(unit) + (1 if text[start + len(number)] == " " else 0)


@pytest.mark.parametrize(("text", "number", "unit", "per"), [
    ("mức hỗ trợ 1.500.000đ/người mỗi quý", "1.500.000", "đ", "đồng/người"),
    ("hỗ trợ 60 triệu đồng/ một căn nhà", "60", "triệu đồng", "đồng/căn"),
    ("mỗi suất quà trị giá 400.000 đồng", "400.000", "đồng", "đồng/suất"),
    ("trao 2 triệu đồng cho mỗi hộ", "2", "triệu đồng", "đồng/hộ"),
    ("tổng kinh phí 41,5 triệu đồng/năm", "41,5", "triệu đồng", None),  # a sum over its period
    ("đã chi 300 triệu đồng cho 12 hộ", "300", "triệu đồng", None),
])
def test_money_per_someone_names_what_it_is_per(text: str, number: str, unit: str, per: str | None) -> None:
    start, unit_end = _span(text, number, unit)
    assert rate_of(text, start, rate_end(text, unit_end)) == per  # the span the reader keeps: "/người" with it


@pytest.mark.parametrize(("text", "number", "unit", "rate"), [
    ("trợ cấp 360.000 đồng/tháng", "360.000", "đồng", True),
    ("giải quyết 12 hồ sơ/ngày", "12", "hồ sơ", True),
    ("cấp 5 triệu đồng/hộ", "5", "triệu đồng", True),
    ("giải quyết 4.480 hồ sơ, trong đó", "4.480", "hồ sơ", False),
    ("thu 41,5 triệu đồng/năm", "41,5", "triệu đồng", False),  # per year is a period, which the figure's period says
])
def test_an_amount_per_anything_is_no_part_of_a_total(text: str, number: str, unit: str, rate: bool) -> None:
    start, end = _span(text, number, unit)
    stored = "đồng" if "đồng" in unit else unit
    assert is_rate(text, start, end, stored) is rate
