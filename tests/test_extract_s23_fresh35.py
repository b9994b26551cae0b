"""Session 23, fresh35: a count averaged per day, week or month is a figure of the visit but no total of its period,
so its label says it is an average and no total's metric is read in it (`figure_rates.daily_average`,
`figure_rates.average_label`, `metric_states.averaged`, `metrics.metric_of`)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_rates import average_label, daily_average
from store.metrics import metric_of


def _at(text: str, number: str, unit: str = " hồ sơ") -> tuple[int, int]:
    start = text.index(number)
    return start, start + len(number) + len(unit)


@pytest.mark.parametrize("text", [
    "Trung bình mỗi ngày, trung tâm tiếp nhận 400 hồ sơ",
    "bình quân mỗi ngày tiếp nhận 400 hồ sơ",
    "phường nhận bình quân 400 hồ sơ",
    "mỗi tháng, bộ phận một cửa nhận 400 hồ sơ",
    "đã tiếp nhận 400 hồ sơ/ngày",
    "đã tiếp nhận 400 hồ sơ mỗi tuần",
])
def test_an_average_per_span_is_read(text: str) -> None:
    assert daily_average(text, *_at(text, "400"))


@pytest.mark.parametrize("text", [
    "công chức trực hằng ngày, từ ngày 1/7 đến nay đã tiếp nhận 400 hồ sơ",  # a date between
    "Trung tâm mở cửa mỗi ngày; đến nay đã tiếp nhận 400 hồ sơ",  # another clause
    "đã tiếp nhận 400 hồ sơ, giải quyết 380 hồ sơ",
])
def test_a_total_is_no_average(text: str) -> None:
    assert not daily_average(text, *_at(text, "400"))


def test_the_label_says_the_span() -> None:
    text = "Trung bình mỗi ngày, trung tâm tiếp nhận 400 hồ sơ"
    assert average_label("Hồ sơ tiếp nhận", text, *_at(text, "400")) == "Hồ sơ tiếp nhận (bình quân mỗi ngày)"
    text = "phường nhận bình quân 400 hồ sơ"
    assert average_label("Hồ sơ", text, *_at(text, "400")) == "Hồ sơ (bình quân)"
    assert average_label("Hồ sơ trung bình", text, *_at(text, "400")) == "Hồ sơ trung bình"  # said already


def test_metric_of_reads_no_total_in_an_average() -> None:
    assert metric_of({"label": "Hồ sơ tiếp nhận (bình quân mỗi ngày)", "unit": "hồ sơ", "value": 400}) is None
    assert metric_of({"label": "Hồ sơ tiếp nhận", "unit": "hồ sơ", "value": 400}) == "ho-so-tiep-nhan"
    assert metric_of({"label": "Hồ sơ (bình quân)", "unit": "hồ sơ", "value": 400, "metric": "ho-so-tiep-nhan"}) \
        == "ho-so-tiep-nhan"  # a metric stored is kept as it was


def test_an_article_keeps_the_total_and_marks_the_average() -> None:
    text = ("Đoàn khảo sát làm việc tại phường Quy Nhơn\n\nSáng 3/10/2025, ông Trần Văn Dũng, Phó Chủ tịch UBND tỉnh "
            "Gia Lai, đã khảo sát Trung tâm Phục vụ hành chính công phường Quy Nhơn. Từ ngày 1/7 đến nay, trung tâm "
            "đã tiếp nhận 12.480 hồ sơ. Trung bình mỗi ngày, trung tâm tiếp nhận 190 hồ sơ.")
    figures = {f["value"]: f for f in extract_article(text).record["figures"]}
    assert metric_of(figures[12480]) == "ho-so-tiep-nhan"
    assert figures[190]["label"].endswith("(bình quân mỗi ngày)")
    assert "metric" not in figures[190] and metric_of(figures[190]) is None
