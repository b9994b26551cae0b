"""Classes found on the session's untouched real set (realcheck-s8-fresh4): a Front written "MTTQVN" overseeing
its own commune, and the counts of welfare reports ("53 đối tượng", "381 phần quà", "105 liệt sĩ")."""

from __future__ import annotations

import pytest

from tests.leads import lead_draft as _draft

# -- a Front written "MTTQVN" ------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Ngày 3/4/2024, MTTQVN xã Tân Hòa đã tổ chức giám sát UBND xã trong việc bình xét hộ nghèo.",
    "Sáng 18.6, Ủy ban MTTQVN phường An Lạc giám sát UBND phường về việc cấp phát gạo cứu đói.",
])
def test_front_written_mttqvn_oversees_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None


@pytest.mark.parametrize("lead", [
    "MTTQVN xã Tân Hòa ban hành kế hoạch giám sát việc bình xét hộ nghèo năm 2024.",
    "MTTQVN xã Tân Hòa sẽ giám sát UBND xã trong việc bình xét hộ nghèo vào quý III.",
])
def test_front_written_mttqvn_plans_are_no_visit(lead: str) -> None:
    assert _draft(lead).non_visit is not None
