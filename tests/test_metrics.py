"""Figure labels grouped into canonical metrics, and the series the figures view draws."""

from __future__ import annotations

import pytest

from store.metrics import (
    MetricKey,
    by_locality,
    figure_locality,
    metric_choices,
    metric_of,
    over_time,
    period_label,
    points,
    series_key,
)
from tests.factories import make_record

ON_TIME = MetricKey("ty-le-dung-han", "%")
RECEIVED = MetricKey("ho-so-tiep-nhan", "hồ sơ")


@pytest.mark.parametrize(
    ("label", "unit", "expected"),
    [
        ("Tỷ lệ đúng hạn", "%", "ty-le-dung-han"),
        ("Tỷ lệ hồ sơ giải quyết đúng và trước hạn", "%", "ty-le-dung-han"),
        ("tỷ lệ TRƯỚC VÀ ĐÚNG HẠN", "%", "ty-le-dung-han"),
        ("Hồ sơ đã tiếp nhận", "hồ sơ", "ho-so-tiep-nhan"),
        ("Hồ sơ giải quyết đúng hạn năm 2024", "hồ sơ", "ho-so-dung-han"),  # the longer alias wins
        ("Số hồ sơ đã giải quyết, trả kết quả", "hồ sơ", "ho-so-giai-quyet"),
        ("Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", "ty-le-truc-tuyen"),
        # a percentage is never a count: "tiếp nhận" here is not "dossiers received"
        ("Tỷ lệ TTHC được tiếp nhận, giải quyết theo cơ chế một cửa", "%", None),
        # and a count is never a rate
        ("Hồ sơ đúng hạn", "hồ sơ", "ho-so-dung-han"),
        ("Cán bộ được luân chuyển", "người", None),
    ],
)
def test_labels_are_read_through_the_taxonomy_aliases(label, unit, expected) -> None:
    assert metric_of({"label": label, "value": 1, "unit": unit}) == expected


def test_a_figures_own_metric_wins_over_its_label() -> None:
    figure = {"label": "Tỷ lệ đúng hạn", "metric": "diem-chi-so", "value": 1, "unit": "%"}
    assert metric_of(figure) == "diem-chi-so"


def test_one_metric_in_two_units_is_two_series(bundled) -> None:
    keys = {choice.key for choice in metric_choices(bundled)}
    assert {MetricKey("thu-tuc-cong-dvc-quoc-gia", "thủ tục"), MetricKey("thu-tuc-cong-dvc-quoc-gia", "%")} <= keys


def test_choices_count_figures_most_first(bundled) -> None:
    choices = metric_choices(bundled)
    assert (choices[0].key, choices[0].count) == (ON_TIME, 4)
    assert {c.key: c.count for c in choices}[RECEIVED] == 2
    assert sum(c.count for c in choices) == sum(len(r.get("figures", [])) for r in bundled)
    assert choices[0].key.label("vi") == "Tỷ lệ giải quyết đúng hạn (%)"
    assert choices[0].key.label("en") == "On-time rate (%)"


def test_a_label_no_metric_claims_is_its_own_series(bundled) -> None:
    thach_that = next(r for r in bundled if r["id"] == "2023-05-16-hdnd-ha-noi-thach-that")
    key = series_key(thach_that["figures"][0])
    assert key.metric.startswith("~") and key.label("vi").startswith("Tỷ lệ cán bộ giữ chức vụ")
    assert [p.value for p in points(bundled, key)] == [100]


def test_by_locality_takes_each_places_latest_figure(bundled) -> None:
    rows = by_locality(bundled, ON_TIME)
    assert [(p.locality, p.value, seen) for p, seen in rows] == [
        ("thành phố Thủ Dầu Một", 100, 3), ("phường Vũng Tàu", 91.2, 1)]
    assert [p.value for p, _ in by_locality(bundled, RECEIVED)] == [2446, 2077]


def test_over_time_is_in_period_order(bundled) -> None:
    series = over_time(bundled, ON_TIME)
    assert [p.value for p in series] == [99.83, 99.99, 100, 91.2]
    assert [p.when for p in series] == ["2021-12-31", "2022-12-31", "2023-03-31", "2025-08-29"]


def test_a_figure_without_period_is_placed_at_the_visit_date() -> None:
    record = make_record()
    record["figures"].append({"label": "Tỷ lệ đúng hạn", "value": 97, "unit": "%", "period": {
        "from": "2025-01-01", "to": "2025-03-31"}})
    assert [(p.value, p.when) for p in over_time([record], ON_TIME)] == [(97, "2025-03-31"), (98.5, "2025-10-02")]


def test_figure_locality_falls_back_to_the_records_places(bundled) -> None:
    record = make_record()
    assert figure_locality(record, {"label": "x"}) == "phường Tân Định"
    rach_dua = next(r for r in bundled if r["id"].endswith("rach-dua"))
    assert figure_locality(rach_dua, {"label": "x"}) == "phường Vũng Tàu; phường Rạch Dừa"
    assert figure_locality(rach_dua, rach_dua["figures"][0]) == "phường Rạch Dừa"


@pytest.mark.parametrize(
    ("start", "end", "vi", "en"),
    [
        ("2021-01-01", "2021-12-31", "2021", "2021"),
        ("2023-01-01", "2023-03-31", "quý 1/2023", "Q1 2023"),
        ("2025-08-01", "2025-08-31", "8/2025", "Aug 2025"),
        ("2025-08-01", "2025-08-29", "1–29/8/2025", "Aug 1–29, 2025"),
        ("2025-07-01", "2025-09-06", "1/7–6/9/2025", "Jul 1–Sep 6, 2025"),
        ("2021-01-01", "2022-07-31", "1/2021–7/2022", "Jan 2021–Jul 2022"),
        ("2021-01-01", "2022-12-31", "2021–2022", "2021–2022"),
        ("2025-07-01", "2025-08-31", "7–8/2025", "Jul–Aug 2025"),
        ("2024-12-15", "2025-01-10", "15/12/2024–10/1/2025", "Dec 15, 2024–Jan 10, 2025"),
    ],
)
def test_period_labels(start, end, vi, en) -> None:
    period = {"from": start, "to": end}
    assert (period_label(period, lang="vi"), period_label(period, lang="en")) == (vi, en)
    assert period_label(None, "2025-09-09") == "2025-09-09"
