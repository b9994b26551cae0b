"""A rate whose decimal comma was typed with a space after it is one rate, not the part after the space.

Session 30 (f60, fresh60 v01: a district's reform check, "chữ ký số ... đạt 97, 52%"): the page's stray space made
the decimals the rate (52 %) and lost 97,52 %. `figure_spaced_decimals` closes the space up after a rate verb when
the decimals are glued to "%" and the rate is at most 100; months, lists of rates and longer parts stay as written.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.figure_spaced_decimals import joined_decimals

TODAY = date(2026, 12, 6)
_LEAD = "Ngày 3/3/2025, đoàn giám sát làm việc với UBND xã Tân Phú. "


def _rates(text: str) -> list[float]:
    figures = extract_article(_LEAD + text, today=TODAY).record["figures"]
    return sorted(f["value"] for f in figures if f.get("unit") == "%")


@pytest.mark.parametrize(("sentence", "rates"), [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98, 64%.", [98.64]),
    ("Hồ sơ trễ hạn chiếm 1, 8% tổng số hồ sơ đã giải quyết.", [1.8]),
    ("Mức độ hài lòng của người dân là 93, 05%.", [93.05]),
    ("Tỷ lệ thanh toán trực tuyến đạt khoảng 67, 4% số hồ sơ có phí.", [67.4]),
])
def test_a_spaced_decimal_comma_is_one_rate(sentence: str, rates: list[float]) -> None:
    assert _rates(sentence) == rates


@pytest.mark.parametrize(("sentence", "rates"), [
    # a month, a comma, then the rate: no rate verb before the number
    ("Trong tháng 10, 86% hồ sơ được nộp qua Cổng Dịch vụ công.", [86]),
    # two rates in a list, each with its sign
    ("Hai thôn đạt 92%, 96% số hộ có tài khoản định danh.", [92, 96]),
])
def test_look_alikes_are_read_as_written(sentence: str, rates: list[float]) -> None:
    assert _rates(sentence) == rates


@pytest.mark.parametrize("text", [
    "đạt 197, 52% kế hoạch",  # over 100: no rate of this kind, left as written
    "đạt 9, 125% so với",  # three decimals glued to the sign: not the typo read here
    "có 97, 52% hồ sơ",  # no rate verb
    "năm 2024, 52% hồ sơ",
])
def test_the_repair_leaves_these_texts_alone(text: str) -> None:
    assert joined_decimals(text) == text


def test_the_repair_keeps_the_length() -> None:
    text = "Tỷ lệ ký số đạt 97, 52%; hồ sơ trễ hạn chiếm 2, 1%."
    repaired = joined_decimals(text)
    assert len(repaired) == len(text)
    assert repaired == "Tỷ lệ ký số đạt 97,52 %; hồ sơ trễ hạn chiếm 2,1 %."
