"""`c` (compare) keys a series by metric and unit, with a closed list of unit variants joined (`SERIES_UNITS`).

tryout9: "Hồ sơ tiếp nhận (hồ sơ)" and "Hồ sơ tiếp nhận (bộ hồ sơ)" were two entries of one metric. Different
units, another thing counted or a count's scale, stay apart; money in any scale is one series in đồng
(`test_metric_money_series_s39.py`, tryout11).
"""

from __future__ import annotations

from typing import Any

import pytest

from store.metrics import MetricKey, metric_choices, points, series_unit
from tests.factories import make_record


def _figure(value: float, unit: str, label: str = "Hồ sơ tiếp nhận") -> dict[str, Any]:
    return {"label": label, "value": value, "unit": unit, "metric": "ho-so-tiep-nhan"}


@pytest.mark.parametrize(("written", "keyed"), [("bộ hồ sơ", "hồ sơ"), ("hồ sơ", "hồ sơ"), ("Bộ  hồ sơ", "hồ sơ"),
                                                ("Hồ sơ", "hồ sơ")])
def test_a_listed_variant_is_keyed_by_its_series_unit(written: str, keyed: str) -> None:
    assert series_unit(written) == keyed


@pytest.mark.parametrize("written", ["thủ tục", "bộ thủ tục", "triệu lượt", "%", "người", "lượt", "vụ việc", ""])
def test_other_units_stay_as_written(written: str) -> None:
    assert series_unit(written) == written


def test_dossiers_and_sets_of_dossiers_are_one_entry_of_compare() -> None:
    records = [make_record(id="a", date="2025-09-01", figures=[_figure(1234567, "hồ sơ")]),
               make_record(id="b", date="2025-10-14", figures=[_figure(12400, "bộ hồ sơ")]),
               make_record(id="c", date="2025-10-20", figures=[_figure(403, "thủ tục")])]  # another thing counted
    choices = {choice.key: choice.count for choice in metric_choices(records)}
    assert choices == {MetricKey("ho-so-tiep-nhan", "hồ sơ"): 2, MetricKey("ho-so-tiep-nhan", "thủ tục"): 1}
    shown = points(records, MetricKey("ho-so-tiep-nhan", "hồ sơ"))
    assert [(p.survey_id, p.unit) for p in shown] == [("a", "hồ sơ"), ("b", "bộ hồ sơ")]  # each as its article said
