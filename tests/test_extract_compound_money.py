"""Session 41 fresh87 (issue 12): one sum written in several scales, each with its own count and the currency once
at the end (figure_compound_money). Sentences of my own; the first group fails on the base (the last scale's count was
read as the whole sum), the look-alikes pass on both."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract.figure_numbers import numbers_in


def read(text: str) -> list[tuple[float | int, str]]:
    return [(n[0], n[2]) for n in numbers_in(text)]


SUMS = [
    pytest.param("Tổng số tiền phải chi trả là 11 tỷ 691 triệu đồng.", [(11_691_000_000, "đồng")],
                 id="billions-millions"),
    pytest.param("Xã hỗ trợ giống cho 64 hộ, tổng kinh phí 187 triệu 500 nghìn đồng.",
                 [(64, "hộ"), (187_500_000, "đồng")], id="millions-thousands"),
    pytest.param("Quỹ vận động được 1 tỉ 62 triệu 400 nghìn đồng.", [(1_062_400_000, "đồng")], id="three-scales-ti"),
    pytest.param("Kinh phí là 2 tỷ 5 triệu đ cho cả năm.", [(2_005_000_000, "đồng")], id="short-currency"),
]
LOOK_ALIKES = [
    pytest.param("Công trình có 4 tỷ đồng vốn tỉnh và 600 triệu đồng vốn xã.",
                 [(4_000_000_000, "đồng"), (600_000_000, "đồng")], id="two-currencies"),
    pytest.param("Xã còn thiếu 2 tỷ, 300 triệu đồng của hạng mục nhà đa năng.",
                 [(2_000_000_000, "đồng"), (300_000_000, "đồng")], id="comma-between"),
    pytest.param("Tổng kinh phí 500 triệu đồng.", [(500_000_000, "đồng")], id="one-scale"),
]


@pytest.mark.parametrize(("text", "expected"), SUMS)
def test_a_sum_in_several_scales_is_one_sum(text: str, expected: list[tuple[float | int, str]]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes_stay_as_they_were(text: str, expected: list[tuple[float | int, str]]) -> None:
    assert read(text) == expected


def test_scales_out_of_order_are_no_compound() -> None:
    # "5 triệu 2 tỷ" is no way to say a sum: no total made of it
    assert (5_000_000 + 2_000_000_000, "đồng") not in read("Số tiền 5 triệu 2 tỷ đồng.")


@given(billions=st.integers(1, 999), millions=st.integers(1, 999), thousands=st.one_of(st.none(), st.integers(1, 999)))
def test_any_sum_in_billions_millions_and_thousands_reads_whole(billions: int, millions: int,
                                                                thousands: int | None) -> None:
    tail = f" {thousands} nghìn" if thousands is not None else ""
    text = f"Tổng kinh phí hỗ trợ là {billions} tỷ {millions} triệu{tail} đồng."
    total = billions * 1_000_000_000 + millions * 1_000_000 + (thousands or 0) * 1_000
    assert read(text) == [(total, "đồng")]
