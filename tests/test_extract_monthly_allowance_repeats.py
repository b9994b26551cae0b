"""Session 40, figures22: a running total's item paid a monthly allowance ("chi trả trợ cấp xã hội hằng tháng cho
người cao tuổi 200 người") repeats the part of the split before it, on sentences written for these tests.

"hằng tháng" after the allowance names a monthly allowance; it was read as an average of the count
(`figure_rates._PAID_MONTHLY`), and the label "(bình quân mỗi tháng)" kept the repeat apart from the part. A kind
of four words made the repeat's label pass ten words and lose the kind: the words before the count are read then
(`figure_restated._paid_as_written`). Kept: an average per month ("Mỗi tháng, ... tiếp nhận 25 hồ sơ"), another
deed on the same people ("điều chỉnh mức trợ cấp hằng tháng"), a payout stopped, another kind.
"""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples, labels_said

_SPLIT = ("Năm 2025, xã quản lý 300 người hưởng trợ cấp với kinh phí 1.080.000.000 đồng. Trong đó, người khuyết tật "
          "nặng 200 người, kinh phí 720.000.000 đồng; người cao tuổi 100 người, kinh phí 360.000.000 đồng. ")
_PARTS = [(300, "người", None), (1_080_000_000, "đồng", None), (200, "người", 300),
          (720_000_000, "đồng", 1_080_000_000), (100, "người", 300), (360_000_000, "đồng", 1_080_000_000)]


def _after_the_split(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return sorted(figure_triples(COUNCIL_LEAD + _SPLIT + said), key=str)


@pytest.mark.parametrize("said", [
    pytest.param("Đến nay, xã đã chi trả trợ cấp xã hội hằng tháng cho người cao tuổi 100 người, kinh phí "
                 "360.000.000 đồng.", id="hang-thang-with-its-sum"),
    pytest.param("Lũy kế đến nay, xã đã chi trả trợ cấp xã hội hàng tháng cho người cao tuổi 100 người.",
                 id="hang-thang"),
    pytest.param("Lũy kế đến nay, xã đã chi trả trợ cấp hằng tháng cho người cao tuổi 100 người.", id="tro-cap"),
    pytest.param("Lũy kế đến nay, xã đã chi trả tiền trợ cấp xã hội mỗi tháng cho người cao tuổi 100 người.",
                 id="moi-thang"),
    pytest.param("Đến nay, xã đã chi trả trợ cấp xã hội hằng tháng cho người khuyết tật nặng 200 người, số tiền "
                 "720.000.000 đồng.", id="a-kind-of-four-words"),
    pytest.param("Tính đến nay, xã đã chi trả cho người khuyết tật nặng 200 người.", id="a-kind-of-four-words-paid"),
])
def test_a_running_totals_item_paid_a_monthly_allowance_is_the_part(said: str) -> None:
    assert _after_the_split(said) == sorted(_PARTS, key=str)


@pytest.mark.parametrize(("said", "kept"), [
    pytest.param("Từ tháng 7, xã đã điều chỉnh mức trợ cấp hằng tháng cho người cao tuổi 100 người.",
                 (100, "người", None), id="another-deed"),
    pytest.param("Từ tháng 7, xã đã điều chỉnh mức trợ cấp cho người khuyết tật nặng 200 người.",
                 (200, "người", None), id="another-deed-a-kind-of-four-words"),
    pytest.param("Đến nay, xã đã tạm dừng chi trả trợ cấp xã hội hằng tháng cho người cao tuổi 100 người.",
                 (100, "người", None), id="a-payout-stopped"),
    pytest.param("Đến nay, xã đã chi trả trợ cấp xã hội hằng tháng cho người cô đơn 100 người.",
                 (100, "người", None), id="another-kind"),
    pytest.param("Đến nay, xã đã chi trả trợ cấp mai táng cho người cao tuổi 100 người.",
                 (100, "người", None), id="another-benefit"),
])
def test_not_a_repeat(said: str, kept: tuple[float | int, str, float | int | None]) -> None:
    assert _after_the_split(said) == sorted([*_PARTS, kept], key=str)


def test_an_average_per_month_stays_one() -> None:
    said = "Mỗi tháng, bộ phận một cửa của xã tiếp nhận 25 hồ sơ đề nghị hưởng trợ cấp."
    assert (25, "Hồ sơ đề nghị hưởng trợ cấp (bình quân mỗi tháng)") in labels_said(said)


def test_a_monthly_allowance_is_no_average_of_those_paid() -> None:
    said = "Năm 2025, xã đã chi trả trợ cấp xã hội hằng tháng cho 215 người cao tuổi."
    assert all("bình quân" not in label for _, label in labels_said(said))
