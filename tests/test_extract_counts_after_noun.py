"""A count written after its noun with no verb between (session 28, f53c; issue #12): after a colon ("Số hồ sơ
giải quyết đúng hạn: 1.091") or bare behind "tổng số"/"số" ("tổng số hồ sơ giải quyết đúng và trước hạn 1.375")
the noun is the count's unit (`figure_named.named_count`). A year, a place's or a document's own number, a change
and a change stay unread."""

from __future__ import annotations

import pytest

from tests.leads import numbers_read as _read


@pytest.mark.parametrize(("text", "expected"), [
    ("Số hồ sơ giải quyết đúng hạn: 2.318.", (2318, None, "hồ sơ")),
    ("Bộ phận một cửa báo cáo, số hồ sơ nộp trực tuyến: 1.904.", (1904, None, "hồ sơ")),
    ("Xã nhận 900 hồ sơ, tổng số hồ sơ giải quyết đúng và trước hạn 875.", (875, None, "hồ sơ")),
    ("Phường cho biết, số hồ sơ được số hóa 1.215, tăng so với năm trước.", (1215, None, "hồ sơ")),
    ("Trong quý, tổng số hồ sơ quá hạn 14; phường đã xin lỗi người dân.", (14, None, "hồ sơ")),
])
def test_a_count_after_its_noun_with_no_verb_is_read(text: str, expected: tuple[int, None, str]) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(("text", "number"), [
    ("Xã cho biết, số hồ sơ tiếp nhận trong năm 2025 tăng so với cùng kỳ.", 2025),  # a year
    ("Xã đã rà soát, số hồ sơ của tổ 5 được giải quyết sớm.", 5),  # a hamlet's own number
    ("Theo xã, số hồ sơ tăng 120 so với năm trước.", 120),  # a change, not the count
    ("Theo xã, số hồ sơ theo Quyết định 45.", 45),  # a document's number
])
def test_a_number_after_the_noun_that_is_no_count_stays_unread(text: str, number: int) -> None:
    assert all(value != number or unit != "hồ sơ" for value, _, unit in _read(text))
