"""Session 37, figures19: a running total's first item whose label holds its payout repeats a part of the split
before it (`figure_restated.running_total_repeats`, `_told_alike`), on sentences written for these tests.

"Trong đó, hộ nghèo 120 hộ, số tiền 36.000.000 đồng; ..." then "UBND xã đã chi hỗ trợ cho hộ nghèo 120 hộ, số tiền
36.000.000 đồng; ..." counted the households and the sum twice: the repeat read "Hộ nghèo được chi hỗ trợ" and
"Số tiền chi hỗ trợ", the part "Hộ nghèo" and "Số tiền cho hộ nghèo", and session 36 asked the same label. Kept:
another kind of the same number, a state ("chưa được chi"), a gift of the same number.
"""

from __future__ import annotations

import pytest

from store.extract.figure_restated import _told_alike
from tests.leads import COUNCIL_LEAD, figure_triples

_SPLIT = ("Đợt này, xã được phân bổ hỗ trợ cho 180 hộ với tổng số tiền 54.000.000 đồng. Trong đó, hộ nghèo 120 hộ, "
          "số tiền 36.000.000 đồng; hộ chính sách xã hội 60 hộ, số tiền 18.000.000 đồng. ")
_PARTS = [(180, "hộ", None), (54_000_000, "đồng", None), (120, "hộ", 180), (36_000_000, "đồng", 54_000_000),
          (60, "hộ", 180), (18_000_000, "đồng", 54_000_000)]


def _after_the_split(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return sorted(figure_triples(COUNCIL_LEAD + _SPLIT + said), key=str)


@pytest.mark.parametrize(("said", "more"), [
    pytest.param("Đến nay, UBND xã đã chi hỗ trợ cho hộ nghèo 120 hộ, số tiền 36.000.000 đồng; hộ bảo trợ xã hội "
                 "14 hộ, số tiền 4.200.000 đồng.", [(14, "hộ", None), (4_200_000, "đồng", None)],
                 id="the-payout-after-the-kind"),
    pytest.param("Lũy kế đến nay, xã đã chi trả cho hộ nghèo 120 hộ, số tiền 36.000.000 đồng.", [],
                 id="chi-tra-cho"),
])
def test_a_running_totals_first_item_with_its_payout_is_the_part(said: str, more: list) -> None:
    assert _after_the_split(said) == sorted(_PARTS + more, key=str)


@pytest.mark.parametrize(("later", "earlier"), [
    pytest.param("Hộ nghèo được chi hỗ trợ", "Hộ nghèo", id="after-the-kind"),
    pytest.param("Người được chi trả cho hộ nghèo", "Người hộ nghèo", id="between-the-head-and-the-kind"),
    pytest.param("Kinh phí chi trả cho hộ nghèo", "Kinh phí cho hộ nghèo", id="a-sum-paid"),
    pytest.param("Lao động tự do", "Lao động tự do", id="the-same-label"),
])
def test_labels_told_alike(later: str, earlier: str) -> None:
    assert _told_alike(later, earlier)


@pytest.mark.parametrize(("later", "earlier"), [
    pytest.param("Hộ cận nghèo được chi hỗ trợ", "Hộ nghèo", id="another-kind"),
    pytest.param("Hộ nghèo chưa được chi hỗ trợ", "Hộ nghèo", id="not-yet-paid"),
    pytest.param("Hộ được chi hỗ trợ", "Hộ nghèo", id="the-kind-lost"),
    pytest.param("Hộ nghèo được kiểm tra", "Hộ nghèo", id="another-verb"),
])
def test_labels_not_told_alike(later: str, earlier: str) -> None:
    assert not _told_alike(later, earlier)


@pytest.mark.parametrize("said", [
    pytest.param("Đến nay, UBND xã đã chi hỗ trợ cho hộ chính sách xã hội 120 hộ, số tiền 36.000.000 đồng.",
                 id="another-kind-of-the-same-number"),
    pytest.param("Ngoài ra, xã còn vận động trao quà cho hộ nghèo 120 hộ, mỗi hộ một phần quà.", id="a-gift"),
])
def test_a_later_count_of_the_same_number_that_is_no_repeat_stays(said: str) -> None:
    assert len(_after_the_split(said)) > len(_PARTS)
