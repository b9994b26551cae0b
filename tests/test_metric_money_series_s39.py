"""`c` (compare) charts one sum of money as one series whatever scale word its unit has, in đồng.

tryout11 (session 39): a budget written "1,25 tỷ đồng" in one visit and "780,5 triệu đồng" in another was two
entries of `c`, "Kinh phí (tỷ đồng)" and "Kinh phí (triệu đồng)", each with part of the years, and an article's
"1,2 tỷ đồng" (the extractor stores 1 200 000 000 đồng) a third; a researcher could not compare one budget across
years. Money is read as `store.numbers` reads an amount (scale words multiply, VNĐ is đồng); other units, with or
without a scale word, stay apart as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.metrics import MetricKey, by_locality, metric_choices, points, series_unit
from tests.factories import make_record
from tui.figure_bars import bars_for, render_bars


def _money(value: float, unit: str, label: str = "Kinh phí chuyển đổi số", locality: str = "") -> dict[str, Any]:
    figure: dict[str, Any] = {"label": label, "value": value, "unit": unit}
    return figure | ({"locality": locality} if locality else {})


BUDGET = MetricKey("~Kinh phí chuyển đổi số", "đồng")


def _records() -> list[dict[str, Any]]:
    return [make_record(id="a", date="2022-04-19", figures=[_money(780.5, "triệu đồng", locality="TP Dĩ An")]),
            make_record(id="b", date="2024-04-23", figures=[_money(1.25, "tỷ đồng", locality="TP Thuận An")]),
            make_record(id="c", date="2026-02-24", figures=[_money(1_200_000_000, "đồng", locality="P. Dĩ An")])]


@pytest.mark.parametrize("written", ["tỷ đồng", "Tỷ đồng", "tỉ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng",
                                     "đồng", "VNĐ", "triệu VND", "tỷ  đồng"])
def test_a_sum_of_money_is_keyed_in_dong(written: str) -> None:
    assert series_unit(written) == "đồng"


@pytest.mark.parametrize("written", ["triệu người", "nghìn lượt", "triệu", "tỷ", "hồ sơ", "%", "người", "",
                                     "đồng/hồ sơ"])
def test_other_units_with_or_without_a_scale_word_stay_apart(written: str) -> None:
    """Look-alikes: a scale word with no money after it is no sum of money."""
    assert series_unit(written) == " ".join(written.split())


def test_one_budget_in_three_scales_is_one_entry_of_compare() -> None:
    assert [(choice.key, choice.count) for choice in metric_choices(_records())] == [(BUDGET, 3)]


def test_each_point_is_in_dong_so_the_bars_compare() -> None:
    shown = points(_records(), BUDGET)
    assert [(p.survey_id, p.value, p.unit) for p in shown] == [
        ("a", 780_500_000, "đồng"), ("b", 1_250_000_000, "đồng"), ("c", 1_200_000_000, "đồng")]
    assert [point.survey_id for point, _ in by_locality(_records(), BUDGET)] == ["b", "c", "a"]  # 1,25 tỷ first


def test_the_chart_writes_every_amount_in_one_unit() -> None:
    chart = render_bars(bars_for(_records(), BUDGET, "time", "vi"), "vi", 80).plain
    assert "780.500.000 đồng" in chart and "1.250.000.000 đồng" in chart and "tỷ đồng" not in chart


def test_a_count_with_a_scale_word_is_not_scaled() -> None:
    """A look-alike: "1,5 triệu lượt" stays a series of its own, its value as written."""
    records = [make_record(id="a", figures=[_money(1.5, "triệu lượt", "Lượt truy cập")]),
               make_record(id="b", date="2025-11-02", figures=[_money(900_000, "lượt", "Lượt truy cập")])]
    keys = {choice.key for choice in metric_choices(records)}
    assert keys == {MetricKey("~Lượt truy cập", "triệu lượt"), MetricKey("~Lượt truy cập", "lượt")}
    assert [p.value for p in points(records, MetricKey("~Lượt truy cập", "triệu lượt"))] == [1.5]
