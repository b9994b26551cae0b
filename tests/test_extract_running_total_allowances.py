"""Session 39, figures21: a running total's item paid an allowance or a regime ("chi trả trợ cấp", "chi trả chế độ
ưu đãi", "thanh toán chế độ") repeats the part of the split before it (`figure_restated._PAID_TO`), on sentences
written for these tests.

"Trong đó, người cao tuổi 200 người; ..." then "xã đã chi trả trợ cấp cho người cao tuổi 200 người" counted the
people twice: the repeat read "Người cao tuổi được chi trả trợ cấp", and what was paid ("trợ cấp") was no word of a
payout. Kept: another benefit ("trợ cấp mai táng"), another deed ("điều chỉnh mức trợ cấp", "tạm dừng chi trả"),
a state ("chưa được chi trả trợ cấp"), another kind of the same number.
"""

from __future__ import annotations

import pytest

from store.extract.figure_restated import _told_alike
from tests.leads import COUNCIL_LEAD, figure_triples

_SPLIT = ("Năm 2025, xã quản lý 300 người hưởng trợ cấp với kinh phí 1.080.000.000 đồng. Trong đó, người cao tuổi "
          "200 người, kinh phí 720.000.000 đồng; người khuyết tật 100 người, kinh phí 360.000.000 đồng. ")
_PARTS = [(300, "người", None), (1_080_000_000, "đồng", None), (200, "người", 300),
          (720_000_000, "đồng", 1_080_000_000), (100, "người", 300), (360_000_000, "đồng", 1_080_000_000)]


def _after_the_split(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return sorted(figure_triples(COUNCIL_LEAD + _SPLIT + said), key=str)


@pytest.mark.parametrize("said", [
    pytest.param("Đến nay, xã đã chi trả trợ cấp cho người cao tuổi 200 người, kinh phí 720.000.000 đồng.",
                 id="chi-tra-tro-cap-with-its-sum"),
    pytest.param("Lũy kế đến nay, xã đã chi trả tiền trợ cấp cho người cao tuổi 200 người.", id="tien-tro-cap"),
    pytest.param("Tính đến nay, xã đã chi trả trợ cấp hằng tháng cho người cao tuổi 200 người.", id="hang-thang"),
    pytest.param("Tính đến nay, xã đã chi trả trợ cấp xã hội cho người cao tuổi 200 người.", id="tro-cap-xa-hoi"),
    pytest.param("Đến nay, xã đã chi trả chế độ ưu đãi cho người cao tuổi 200 người.", id="che-do-uu-dai"),
    pytest.param("Đến nay, xã đã thanh toán chế độ cho người khuyết tật 100 người, kinh phí 360.000.000 đồng.",
                 id="thanh-toan-che-do"),
    pytest.param("Đến nay, xã đã cấp phát trợ cấp cho người khuyết tật 100 người.", id="cap-phat-tro-cap"),
])
def test_a_running_totals_item_paid_an_allowance_is_the_part(said: str) -> None:
    assert _after_the_split(said) == sorted(_PARTS, key=str)


@pytest.mark.parametrize(("later", "earlier"), [
    pytest.param("Người cao tuổi được chi trả trợ cấp", "Người cao tuổi", id="tro-cap"),
    pytest.param("Hộ nghèo được chi trả tiền trợ cấp hằng tháng", "Hộ nghèo", id="tien-tro-cap-hang-thang"),
    pytest.param("Người có công được chi trả chế độ ưu đãi", "Người có công", id="che-do-uu-dai"),
    pytest.param("Hộ cận nghèo được thanh toán chế độ", "Hộ cận nghèo", id="thanh-toan-che-do"),
    pytest.param("Kinh phí chi trả trợ cấp cho người cao tuổi", "Kinh phí cho người cao tuổi", id="a-sum-paid"),
])
def test_labels_told_alike(later: str, earlier: str) -> None:
    assert _told_alike(later, earlier)


@pytest.mark.parametrize(("later", "earlier"), [
    pytest.param("Người cao tuổi được chi trả trợ cấp mai táng", "Người cao tuổi", id="another-benefit"),
    pytest.param("Người cao tuổi được điều chỉnh mức trợ cấp", "Người cao tuổi", id="another-deed"),
    pytest.param("Người cao tuổi được trợ cấp", "Người cao tuổi", id="no-payout-verb"),
    pytest.param("Người cao tuổi chưa được chi trả trợ cấp", "Người cao tuổi", id="not-yet-paid"),
    pytest.param("Người khuyết tật được chi trả trợ cấp", "Người cao tuổi", id="another-kind"),
    pytest.param("Người được chi trả trợ cấp", "Người cao tuổi", id="the-kind-lost"),
])
def test_labels_not_told_alike(later: str, earlier: str) -> None:
    assert not _told_alike(later, earlier)


@pytest.mark.parametrize("said", [
    pytest.param("Đến nay, xã đã chi trả trợ cấp cho người đơn thân nuôi con 100 người.",
                 id="another-kind-of-the-same-number"),
    pytest.param("Từ tháng 7, xã đã điều chỉnh mức trợ cấp cho người cao tuổi 200 người.", id="an-adjustment"),
    pytest.param("Trong quý, xã đã tạm dừng chi trả trợ cấp cho người khuyết tật 100 người.", id="a-payout-stopped"),
    pytest.param("Trong quý, xã đã tạm dừng chi trả cho người khuyết tật 100 người.", id="a-payout-stopped-bare"),
])
def test_a_later_count_of_the_same_number_that_is_no_repeat_stays(said: str) -> None:
    assert len(_after_the_split(said)) > len(_PARTS)
