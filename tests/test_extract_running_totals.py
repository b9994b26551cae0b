"""Session 36 leaders5 (issue 12): a part of a split told again, with no whole, in a later running total is one
figure (`figure_restated.running_total_repeats`). Sentences of my own; the first test fails on the base tree (the
pair counted twice), the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_BATCH = ("Mặt trận xã Tân Hòa giám sát việc chi hỗ trợ\n\nNgày 9/6/2020, Ban Thường trực Ủy ban MTTQ Việt Nam xã "
          "Tân Hòa giám sát UBND xã chi hỗ trợ người dân. Đợt này có 70 người được hỗ trợ với tổng số tiền 70.000.000 "
          "đồng. Trong đó, lao động tự do 45 người, số tiền 45.000.000 đồng; hộ kinh doanh 25 người, số tiền "
          "25.000.000 đồng.\n\n")


def _values(text: str) -> list[float]:
    return [figure["value"] for figure in extract_article(_BATCH + text, today=TODAY).record["figures"]]


def test_a_running_total_repeating_a_part_counts_it_once() -> None:
    values = _values("Lũy kế đến nay, UBND xã đã chi hỗ trợ cho 14 người có công, số tiền 21.000.000 đồng; lao động "
                     "tự do 45 người, số tiền 45.000.000 đồng.")
    assert values.count(45) == 1 and values.count(45000000) == 1


@pytest.mark.parametrize("text", [
    pytest.param("Lũy kế đến nay, UBND xã đã chi hỗ trợ cho 14 người có công, số tiền 21.000.000 đồng; bảo trợ xã hội "
                 "45 người, số tiền 45.000.000 đồng.", id="same-number-other-group"),
    pytest.param("Tại xã Tân Phú, UBND xã đã chi hỗ trợ cho 14 người có công, số tiền 21.000.000 đồng; lao động tự do "
                 "45 người, số tiền 45.000.000 đồng.", id="same-pair-another-commune"),
])
def test_the_same_number_of_another_group_or_place_stays(text: str) -> None:
    values = _values(text)
    assert values.count(45) == 2 and values.count(45000000) == 2
