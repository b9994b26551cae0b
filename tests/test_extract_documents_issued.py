"""Resolutions and directives a council or a party committee issued, counted by kind (s37-fresh79's class): a
commune council's "đã ban hành 51 nghị quyết" is a result of the work overseen, as plans and decisions by kind
already were; a document's own number after its kind ("Nghị quyết 68/NQ-CP", "Chỉ thị 16") never is."""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples


def _figures(said: str) -> list[tuple[float | int, str]]:
    return [(value, unit) for value, unit, _ in figure_triples(COUNCIL_LEAD + said)]


@pytest.mark.parametrize(("said", "wanted"), [
    ("Từ đầu nhiệm kỳ, HĐND xã đã ban hành 51 nghị quyết.", [(51, "nghị quyết")]),
    ("HĐND xã đã thông qua được 42 nghị quyết, đều đúng thẩm quyền.", [(42, "nghị quyết")]),
    ("Đảng ủy xã đã ban hành 4 nghị quyết chuyên đề và 2 chỉ thị.", [(4, "nghị quyết"), (2, "chỉ thị")]),
    ("UBND xã ban hành 6 kế hoạch, 3 quyết định và 2 nghị quyết liên tịch.",
     [(6, "kế hoạch"), (3, "quyết định"), (2, "nghị quyết")]),
])
def test_documents_issued_are_counted_by_kind(said: str, wanted: list[tuple[float | int, str]]) -> None:
    assert sorted(_figures(said)) == sorted(wanted)


@pytest.mark.parametrize("said", [
    "Xã thực hiện Nghị quyết 68/NQ-CP của Chính phủ và Chỉ thị 16 của Thủ tướng.",
    "Xã triển khai Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh đúng tiến độ.",
    "Thực hiện Chỉ thị số 05-CT/TW, xã đã tổ chức học tập chuyên đề.",
    "Các nghị quyết của HĐND xã đều được ban hành đúng quy trình.",
])
def test_a_documents_number_or_a_bare_kind_is_no_count(said: str) -> None:
    assert _figures(said) == []


def test_a_share_of_votes_stays_alone() -> None:
    assert _figures("Các nghị quyết được thông qua với tỷ lệ 96,5% đại biểu tán thành.") == [(96.5, "%")]
