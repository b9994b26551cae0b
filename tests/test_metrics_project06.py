"""Project 06 counts carry a metric, so `c` (compare) lines them up across visits (`data/taxonomy.json`,
`store.metrics.metric_of`). Labels written for these tests, as the extractor words them."""

from __future__ import annotations

import pytest

from store.metrics import MetricKey, metric_choices, metric_of, points
from store.taxonomy import taxonomy


def _figure(label: str, unit: str, value: float = 100) -> dict:
    return {"label": label, "unit": unit, "value": value}


@pytest.mark.parametrize("label, unit, metric", [
    ("Thẻ căn cước gắn chip", "thẻ", "the-can-cuoc-da-cap"),
    ("Căn cước công dân gắn chíp", "căn cước", "the-can-cuoc-da-cap"),
    ("Thẻ CCCD đã cấp", "thẻ", "the-can-cuoc-da-cap"),
    ("Căn cước cấp", "căn cước", "the-can-cuoc-da-cap"),
    ("Tài khoản định danh điện tử", "tài khoản", "tai-khoan-dinh-danh"),
    ("Tài khoản VNeID được kích hoạt", "tài khoản", "tai-khoan-dinh-danh"),
    ("Tài khoản định danh điện tử mức 2", "tài khoản", "tai-khoan-dinh-danh-muc-2"),
    ("Tài khoản định danh mức độ 2", "tài khoản", "tai-khoan-dinh-danh-muc-2"),  # level 2 wins over the longer
    ("Tài khoản VNeID được kích hoạt mức độ 2", "tài khoản", "tai-khoan-dinh-danh-muc-2"),  # "tài khoản định danh"
    ("Thông tin dân cư được làm sạch", "thông tin", "du-lieu-dan-cu-lam-sach"),
    ("Trường hợp đã làm sạch", "trường hợp", "du-lieu-dan-cu-lam-sach"),
])
def test_a_project06_count_gets_its_metric(label: str, unit: str, metric: str) -> None:
    assert metric_of(_figure(label, unit)) == metric


@pytest.mark.parametrize("label, unit", [
    ("Tài khoản thanh toán của hộ dân được mở", "tài khoản"),  # a bank account, no identity
    ("Tài khoản dịch vụ công", "tài khoản"),
    ("Tài khoản kích hoạt", "tài khoản"),  # which accounts is not said
    ("Thẻ bảo hiểm y tế", "thẻ"),
    ("Người được cấp căn cước", "người"),  # people, not cards: applications counted by head
    ("Hồ sơ cấp căn cước", "hồ sơ"),
    ("Tỷ lệ kích hoạt định danh mức 2", "%"),  # a rate is no count
    ("Nhân khẩu", "nhân khẩu"),  # the population, not records cleaned
    ("Trường hợp đăng ký khai sinh", "trường hợp"),
])
def test_other_counts_stay_without_a_project06_metric(label: str, unit: str) -> None:
    assert metric_of(_figure(label, unit)) not in {"the-can-cuoc-da-cap", "tai-khoan-dinh-danh",
                                                   "tai-khoan-dinh-danh-muc-2", "du-lieu-dan-cu-lam-sach"}


def test_two_visits_worded_apart_line_up_in_one_series() -> None:
    records = [
        {"id": "a", "date": "2025-03-10", "localities": [{"name": "xã Nga Sơn"}],
         "figures": [_figure("Tài khoản định danh điện tử mức 2", "tài khoản", 8930)]},
        {"id": "b", "date": "2025-09-22", "localities": [{"name": "xã Nga Sơn"}],
         "figures": [_figure("Tài khoản VNeID mức độ 2", "tài khoản", 10400)]},
    ]
    key = MetricKey("tai-khoan-dinh-danh-muc-2", "tài khoản")
    assert [choice.key for choice in metric_choices(records)] == [key]
    assert [point.value for point in points(records, key)] == [8930, 10400]


@pytest.mark.parametrize("metric, vi, en", [
    ("the-can-cuoc-da-cap", "Thẻ căn cước đã cấp", "Chip ID cards issued"),
    ("tai-khoan-dinh-danh", "Tài khoản định danh điện tử đã kích hoạt", "Electronic ID (VNeID) accounts activated"),
    ("tai-khoan-dinh-danh-muc-2", "Tài khoản định danh điện tử mức 2", "Level-2 electronic ID accounts"),
    ("du-lieu-dan-cu-lam-sach", "Dữ liệu dân cư được làm sạch", "Population records cleaned"),
])
def test_each_project06_metric_is_named_in_both_languages(metric: str, vi: str, en: str) -> None:
    assert taxonomy().metric_label(metric, "vi") == vi
    assert taxonomy().metric_label(metric, "en") == en
    assert MetricKey(metric, "tài khoản").label("en") == f"{en} (tài khoản)"
    assert taxonomy().metric_id(vi) == metric and taxonomy().metric_id(en) == metric  # either label reads back
