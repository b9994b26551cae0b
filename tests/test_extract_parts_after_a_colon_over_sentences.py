"""Session 40, figures22: parts after "Trong đó:" told in sentences of their own keep their whole when the two add
up to it (`figure_sums._listed_after_colon`; fresh83 v03's class), on sentences written for these tests.

Before, a run of parts over sentences needed three counts (two counts that add up are read as a result and a state
of their own: t02, t333). The colon after "Trong đó" says a list follows, so two are enough. Kept: a count told as
more or besides ("còn", "thêm", "khác"), one that does not add up, "Trong đó," with a comma (no list announced).
"""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples

_BUILT = "Năm 2025, xã đã hỗ trợ xây mới 90 căn nhà. "


def _triples(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return figure_triples(COUNCIL_LEAD + said)


@pytest.mark.parametrize(("said", "parts"), [
    pytest.param(_BUILT + "Trong đó: hộ nghèo là 56 căn. Hộ cận nghèo là 34 căn.",
                 [(56, "căn", 90), (34, "căn", 90)], id="trong-do-colon"),
    pytest.param(_BUILT + "Trong số đó: hộ nghèo 56 căn. Hộ cận nghèo 34 căn.",
                 [(56, "căn", 90), (34, "căn", 90)], id="trong-so-do-colon"),
    pytest.param("Năm 2025, phường đã cấp 192 giấy phép xây dựng. Trong đó: nhà ở riêng lẻ là 168 giấy phép. "
                 "Công trình thương mại, dịch vụ là 24 giấy phép.",
                 [(168, "giấy phép", 192), (24, "giấy phép", 192)], id="permits"),
    pytest.param("Năm 2025, xã đã tiếp nhận 81 đơn. Trong đó: lĩnh vực đất đai là 63 đơn. Lĩnh vực môi trường là "
                 "18 đơn.", [(63, "đơn", 81), (18, "đơn", 81)], id="petitions"),
    pytest.param(_BUILT + "Trong đó: hộ nghèo 40 căn. Hộ cận nghèo 30 căn. Hộ khó khăn 20 căn.",
                 [(40, "căn", 90), (30, "căn", 90), (20, "căn", 90)], id="three-as-before"),
])
def test_parts_after_a_colon_over_sentences(said: str, parts: list[tuple]) -> None:
    got = _triples(said)
    assert all(part in got for part in parts)


@pytest.mark.parametrize(("said", "alone"), [
    pytest.param(_BUILT + "Trong đó: hộ nghèo là 56 căn. Xã còn hỗ trợ sửa chữa 34 căn nhà khác.", (34, "căn", None),
                 id="besides"),
    pytest.param(_BUILT + "Trong đó: hộ nghèo là 56 căn. Xã hỗ trợ sửa chữa 21 căn.", (21, "căn", None),
                 id="does-not-add-up"),
    pytest.param(_BUILT + "Trong đó, hộ nghèo là 56 căn. Hộ cận nghèo là 34 căn.", (34, "căn", None),
                 id="a-comma-no-list"),
])
def test_no_part(said: str, alone: tuple) -> None:
    assert alone in _triples(said)
