"""An aim raised to a share is no figure; a share's label without the counting "số" and without a second clause.

Session 30 (s30/figs3): "mục tiêu đưa/nâng ... lên (trên) N%" is what is to be reached (`figure_aims._TARGET_SAID`),
unless reached ("đã hoàn thành mục tiêu ..."); "N% số hộ có ..." is labelled "Tỷ lệ hộ có ..." and "100% cán bộ đã
dùng ..., xã đã lắp 38 điểm" stops its share's label before the second clause (`figure_labels._share`).
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

TODAY = date(2026, 12, 1)


def _figures(text: str) -> dict[float, str]:
    return {f["value"]: f["label"] for f in extract_article(text, today=TODAY).record["figures"]}


@pytest.mark.parametrize("sentence, value", [
    ("Dự thảo nêu mục tiêu đưa dịch vụ công trực tuyến toàn trình lên trên 80%.", 80),
    ("Xã đặt ra mục tiêu nâng tỷ lệ người dân dùng ví điện tử lên 65%.", 65),
    ("Huyện có mục tiêu đưa số hồ sơ nộp trực tuyến lên ít nhất 75%.", 75),
])
def test_an_aim_raised_to_a_share_is_no_figure(sentence: str, value: float) -> None:
    assert value not in _figures(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("Năm 2024 xã đã hoàn thành mục tiêu nâng tỷ lệ hồ sơ trực tuyến lên 70%.", 70),  # reached
    ("Xã đã vượt mục tiêu đưa tỷ lệ thanh toán trực tuyến lên 55%.", 55),  # beyond it: a result
    ("Tỷ lệ hồ sơ nộp trực tuyến đã tăng lên 68%.", 68),  # no aim
])
def test_an_aim_reached_or_a_rise_stays_a_figure(sentence: str, value: float) -> None:
    assert value in _figures(sentence)


@pytest.mark.parametrize("sentence, value, label", [
    ("Đến nay 97% số hộ có tài khoản định danh điện tử.", 97, "Tỷ lệ hộ có tài khoản định danh điện tử"),
    ("Xã có 88% số người dân dùng ví điện tử.", 88, "Tỷ lệ người dân dùng ví điện tử"),
    ("Phường đạt 45% số hóa hồ sơ.", 45, "Tỷ lệ số hóa hồ sơ"),  # "số hóa" is a word
    ("Báo cáo cho biết 100% cán bộ, công chức đã dùng chữ ký số, xã đã lắp 38 điểm phát wifi.", 100,
     "Tỷ lệ cán bộ, công chức dùng chữ ký số"),
    ("Báo cáo cho biết 100% cán bộ, công chức đã dùng chữ ký số.", 100, "Tỷ lệ cán bộ, công chức dùng chữ ký số"),
])
def test_share_labels(sentence: str, value: float, label: str) -> None:
    assert _figures(sentence)[value] == label
