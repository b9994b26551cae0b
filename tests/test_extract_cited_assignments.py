"""An assignment cited before a visit's day, and a host's figures since January told at a visit (session 28 held2)."""

from __future__ import annotations

import pytest

from store.extract.visit_as_planned import cited_opening
from store.extract.visit_round_words import sums_up_oversight


@pytest.mark.parametrize("text", [
    "Theo phân công của Thủ tướng, chiều 5/6/2025, Phó Thủ tướng Đinh Văn Lực đã kiểm tra dự án tại tỉnh Nghệ An.",
    "Theo sự phân công của Thường trực HĐND, ngày 2/7, bà Lê Thị Mai đã khảo sát tại xã Cẩm Bình.",
])
def test_a_cited_assignment_opens_a_visit(text: str) -> None:
    assert cited_opening(text) > 0


@pytest.mark.parametrize("text", [
    "Thủ tướng phân công Phó Thủ tướng Đinh Văn Lực kiểm tra giải ngân tại các tỉnh.",  # an order, no "Theo"
    "Theo phân công của Thủ tướng, ngày 5/6, Phó Thủ tướng sẽ kiểm tra tại tỉnh Nghệ An.",  # still to come
    "Theo phân công, các sở kiểm tra việc giải quyết hồ sơ tại các xã.",  # no day, nothing done
])
def test_an_order_or_a_plan_is_no_cited_visit(text: str) -> None:
    assert cited_opening(text) == 0


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Theo báo cáo của xã, từ đầu năm đến nay xã đã tiếp nhận 900 hồ sơ.", "từ đầu năm đến nay", False),
    ("Lãnh đạo phường cho biết từ đầu năm đến nay phường đã cấp 400 bản sao.", "từ đầu năm đến nay", False),
    ("Từ đầu năm đến nay, Thường trực HĐND tỉnh đã tiến hành 6 cuộc giám sát.", "Từ đầu năm đến nay", True),
    ("Từ đầu năm đến nay, Ban Pháp chế đã khảo sát tại 5 xã.", "Từ đầu năm đến nay", True),
])
def test_since_january_sums_up_only_oversight(text: str, phrase: str, expected: bool) -> None:
    assert sums_up_oversight(text, phrase) is expected
