"""A settled count told a sentence after the parts of what was received is of the received (session 26, visits;
`store.extract.figure_settled_after_parts`).

Written in our own words with invented figures.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article

_LEAD = "Giám sát tại xã\n\nSáng 5/11/2025, Ban Pháp chế HĐND tỉnh Lạng Sơn đã giám sát tại xã Bình Gia.\n\n"


def _wholes(body: str) -> dict[float, float | None]:
    figures = extract_article(_LEAD + body + "\n").record.get("figures", [])
    return {f["value"]: f.get("of") for f in figures}


@pytest.mark.parametrize(("body", "settled", "total"), [
    ("Xã đã tiếp nhận 27 vụ việc. Trong đó có 8 đơn khiếu nại và 3 đơn tố cáo. Xã đã giải quyết dứt điểm 24 vụ việc.",
     24, 27),
    ("Năm nay xã tiếp nhận 1.240 hồ sơ. Trong đó có 860 hồ sơ nộp trực tuyến. Xã đã giải quyết 1.198 hồ sơ.",
     1198, 1240),
    ("Tổ hòa giải đã tiếp nhận 19 vụ việc. Trong số này có 12 vụ việc đất đai. Tổ đã hòa giải thành 15 vụ việc.",
     15, 19),
])
def test_the_settled_after_the_parts_is_of_the_received(body: str, settled: int, total: int) -> None:
    assert _wholes(body)[settled] == total


@pytest.mark.parametrize(("body", "alone"), [
    ("Xã đã tiếp nhận 52 đơn thư. Trong đó có 30 đơn thư kiến nghị. Xã còn 9 đơn thư chưa giải quyết.", 9),
    ("Xã đã tiếp nhận 52 đơn thư. Trong đó có 30 đơn thư kiến nghị. Cùng kỳ năm trước, xã giải quyết 48 đơn thư.", 48),
    ("Xã đã tiếp nhận 52 đơn thư. Trong đó có 30 đơn thư kiến nghị. Năm 2024, xã giải quyết 47 đơn thư.", 47),
    ("Xã đã tiếp nhận 52 đơn thư. Đơn thư chủ yếu về đất đai. Xã đã giải quyết 47 đơn thư.", 47),  # no parts between
    ("Xã đã tiếp nhận 52 đơn thư. Trong đó có 30 đơn thư kiến nghị. Xã đã giải quyết 60 đơn thư.", 60),  # more
])
def test_look_alikes_stay_whole(body: str, alone: int) -> None:
    assert _wholes(body)[alone] is None
