"""A count after a colon whose phrase holds its period: the period is taken off the label before the word limit.

Session 29 (figs1 left it open, h1054): "Số hồ sơ trực tuyến toàn trình tiếp nhận trong tháng 10: 1.284 hồ sơ" read the
bare "Hồ sơ": the colon's phrase with its month was ten words, over the nine the colon reading takes, while the "là"
reading takes the period words off first (`figure_label_words._TIME`). Now the colon reading does too.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

TODAY = date(2026, 12, 6)
_LEAD = "Ngày 3/3/2025, đoàn giám sát làm việc với UBND xã Tân Phú. "


def _labels(text: str, value: float) -> list[str]:
    return [f["label"] for f in extract_article(_LEAD + text, today=TODAY).record["figures"] if f["value"] == value]


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("Số hồ sơ đăng ký kinh doanh nộp qua mạng trong tháng 2 năm 2025: 312 hồ sơ.", 312,
     "Hồ sơ đăng ký kinh doanh nộp qua mạng"),
    ("Tổng số thủ tục được rút ngắn thời gian giải quyết từ đầu năm đến nay: 27 thủ tục.", 27,
     "Thủ tục được rút ngắn thời gian giải quyết"),
    ("Số tài khoản định danh điện tử được kích hoạt trong quý I năm 2025: 4.510 tài khoản.", 4510,
     "Tài khoản định danh điện tử được kích hoạt"),
])
def test_the_period_leaves_the_colons_label(sentence: str, value: float, label: str) -> None:
    assert _labels(sentence, value) == [label]


@pytest.mark.parametrize(("sentence", "value", "label"), [
    # no period: the phrase as before
    ("Số hồ sơ giải quyết trước hạn: 846 hồ sơ.", 846, "Hồ sơ giải quyết trước hạn"),
    # "Tổng số" and no period: the phrase as before (s29 figs1's t2220)
    ("Tổng số thủ tục hành chính được công khai: 297 thủ tục.", 297, "Thủ tục hành chính được công khai"),
])
def test_look_alikes_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert _labels(sentence, value) == [label]
