"""Dossiers settled late, early, not yet or by another level are not the settled total (`store.metric_states`)."""

from __future__ import annotations

import pytest

from store.checks import check_record
from store.extract import extract_article
from store.metrics import metric_of

LEAD = ("Ngày 20/10/2021, Đoàn giám sát của Thường trực HĐND huyện Gò Dầu do ông Trần Văn Nam, Phó Chủ tịch HĐND "
        "huyện, làm trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Thạnh Đức.\n\n")


def _metrics(sentence: str) -> dict[float, str | None]:
    return {f["value"]: metric_of(f) for f in extract_article(LEAD + sentence).record["figures"]}


@pytest.mark.parametrize(("sentence", "value"), [
    ("Xã tiếp nhận 1.851 hồ sơ, giải quyết đúng hạn 1.825 hồ sơ; giải quyết quá hạn 26 hồ sơ.", 26),
    ("Xã tiếp nhận 1.046 hồ sơ, đã giải quyết 1.012 hồ sơ, trong đó có 9 hồ sơ giải quyết chậm hạn.", 9),
    ("Xã tiếp nhận 1.530 hồ sơ, giải quyết trễ hạn 8 hồ sơ.", 8),
    ("Xã tiếp nhận 8.387 hồ sơ, trong đó thuộc quyền cấp tỉnh giải quyết là 1.235 hồ sơ.", 1235),
    ("Xã tiếp nhận 2.560 hồ sơ, trong đó 310 hồ sơ thuộc thẩm quyền cấp huyện giải quyết.", 310),
    ("Xã tiếp nhận 968 hồ sơ; xã còn 4 hồ sơ chưa giải quyết.", 4),
    ("Xã tiếp nhận 845 hồ sơ, 52 hồ sơ đang trong hạn giải quyết.", 52),
    ("Xã tiếp nhận 2.930 hồ sơ, trong đó giải quyết trước hạn 2.415 hồ sơ.", 2415),
])
def test_a_settlement_said_how_or_whether_is_not_the_settled_total(sentence: str, value: float) -> None:
    assert _metrics(sentence)[value] is None


@pytest.mark.parametrize("sentence", [
    "Xã tiếp nhận 1.530 hồ sơ, giải quyết trước và đúng hạn 1.497 hồ sơ.",
    "Xã tiếp nhận 1.530 hồ sơ, số hồ sơ đã giải quyết đúng và trước hạn là 1.497 hồ sơ.",
    "Xã tiếp nhận 1.530 hồ sơ, đã trả kết quả đúng hạn 1.497 hồ sơ.",
])
def test_early_and_on_time_together_are_the_on_time_count(sentence: str) -> None:
    assert _metrics(sentence)[1497] == "ho-so-dung-han"


@pytest.mark.parametrize("sentence", [
    "Xã tiếp nhận 2.045 hồ sơ, giải quyết 2.011 hồ sơ.",
    "Xã tiếp nhận 2.045 hồ sơ và đã giải quyết xong 2.011 hồ sơ.",
    "Xã tiếp nhận 2.045 hồ sơ, đã trả kết quả 2.011 hồ sơ.",
])
def test_files_settled_stay_the_settled_total(sentence: str) -> None:
    assert _metrics(sentence)[2011] == "ho-so-giai-quyet"


def test_files_settled_late_raise_no_check_against_the_on_time_count() -> None:
    record = extract_article(LEAD + "Xã tiếp nhận 1.851 hồ sơ, trong đó giải quyết đúng hạn 1.825 hồ sơ, đạt tỷ lệ "
                             "98,59%; giải quyết quá hạn 26 hồ sơ, chiếm 1,4%.").record
    assert check_record(record) == []


def test_a_stored_label_is_read_the_same_way() -> None:
    assert metric_of({"label": "Hồ sơ giải quyết quá hạn", "value": 26, "unit": "hồ sơ"}) is None
    assert metric_of({"label": "Hồ sơ trả kết quả đúng hạn", "value": 26, "unit": "hồ sơ"}) == "ho-so-dung-han"
    assert metric_of({"label": "Hồ sơ đã giải quyết", "value": 26, "unit": "hồ sơ"}) == "ho-so-giai-quyet"


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Xã tiếp nhận 2.045 hồ sơ và đã giải quyết 2.011 hồ sơ.", "ho-so-tiep-nhan", "ho-so-giai-quyet"),
    ("Xã tiếp nhận 1.760 hồ sơ và giải quyết đúng hạn 1.731 hồ sơ.", "ho-so-tiep-nhan", "ho-so-dung-han"),
    ("Xã nhận 1.046 hồ sơ và đã giải quyết 1.012 hồ sơ.", "ho-so-tiep-nhan", "ho-so-giai-quyet"),  # bare "nhận" (s24)
])
def test_a_count_joined_to_the_next_by_and_keeps_its_own_metric(sentence: str, first: str | None,
                                                                  second: str) -> None:
    metrics = list(_metrics(sentence).values())
    assert metrics == [first, second]
