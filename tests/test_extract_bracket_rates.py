"""A count's split in brackets after the count's own rate (session 19, wholes): "đã giải quyết N hồ sơ, đạt tỷ lệ
X% (đúng hạn là A hồ sơ, tỷ lệ Y%, trễ hạn là B hồ sơ)" pairs A and B with N; sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

TODAY = date(2026, 12, 1)
LEAD = ("Sáng 6/6/2024, Đoàn giám sát HĐND tỉnh Bình Định do ông Trần Minh Tâm, Phó Chủ tịch HĐND tỉnh, làm "
        "trưởng đoàn đã làm việc với UBND phường Nhơn Bình, TP Quy Nhơn.\n\n")


def wholes(body: str) -> dict[float, float | None]:
    record = extract_article(LEAD + body + "\n", today=TODAY).record
    return {f["value"]: f.get("of") for f in record["figures"] if f["unit"] != "%"}


@pytest.mark.parametrize("body", [
    "Phường tiếp nhận 3.020 hồ sơ, đã giải quyết 3.000 hồ sơ, đạt tỷ lệ 99,3% (đúng hạn là 2.990 hồ sơ, tỷ lệ "
    "99,6%; trễ hạn là 10 hồ sơ).",
    "Phường tiếp nhận 3.020 hồ sơ, đã giải quyết 3.000 hồ sơ, đạt 99,3% (đúng hạn 2.990 hồ sơ, trễ hạn 10 hồ sơ, "
    "chiếm 0,3%).",
])
def test_the_split_after_the_counts_rate_is_of_the_count(body: str) -> None:
    found = wholes(body)
    assert found[2990] == 3000 and found[10] == 3000


@pytest.mark.parametrize("body", [
    "Phường tiếp nhận 3.020 hồ sơ, đã giải quyết 3.000 hồ sơ, đạt 99,3% (cùng kỳ năm trước 2.700 hồ sơ).",
    "Phường tiếp nhận 3.020 hồ sơ, đã giải quyết 3.000 hồ sơ, đạt 99,3% (2.990 hồ sơ, 99%).",
])
def test_a_comparison_or_a_bare_share_after_the_rate_is_no_split(body: str) -> None:
    assert wholes(body).get(2990, wholes(body).get(2700)) is None


# -- a received total split into three or more states over the sentences after it -----------------


def test_three_states_over_sentences_that_add_up_are_parts() -> None:
    found = wholes("Phường tiếp nhận 500 hồ sơ, đã giải quyết 300 hồ sơ. 120 hồ sơ đang thẩm định. "
                   "80 hồ sơ bị trả lại do thiếu giấy tờ.")
    assert found[120] == 500 and found[80] == 500


@pytest.mark.parametrize("body", [
    "Phường tiếp nhận 500 hồ sơ, đã giải quyết 300 hồ sơ. 120 hồ sơ đang thẩm định. 90 hồ sơ bị trả lại.",
    "Phường tiếp nhận 500 hồ sơ. Phường đã giải quyết 300 hồ sơ; còn 200 hồ sơ quá hạn.",
])
def test_states_that_do_not_add_up_or_only_two_are_no_split(body: str) -> None:
    found = wholes(body)
    assert found.get(120) is None and found.get(90) is None
