"""The seats an election fills, written "N đại biểu" after the election's word: a figure in "đại biểu"; deputies
counted at a meeting stay no figure (s26/fresh43 v05: "số lượng đại biểu HĐND xã được bầu 18 đại biểu" read as
nothing). The texts are written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_seats import election_seats

_OPENING = ("Ngày 6/3/2026, đoàn công tác của Ủy ban bầu cử tỉnh Hưng Yên do ông Đào Văn Hùng, Phó Chủ tịch HĐND "
            "tỉnh, làm trưởng đoàn đã kiểm tra công tác chuẩn bị bầu cử tại xã Ân Thi. ")


def figures_of(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["unit"]) for f in extract_article(_OPENING + text).record.get("figures", [])]


@pytest.mark.parametrize("sentence, seats", [
    ("Số lượng đại biểu HĐND xã được bầu 24 đại biểu.", 24),
    ("Tổng số đại biểu HĐND xã được bầu là 26 đại biểu.", 26),
    ("Xã bầu 25 đại biểu HĐND xã từ 41 người ứng cử.", 25),
    ("Toàn tỉnh bầu đủ 1.250 đại biểu HĐND cấp xã.", 1250),
])
def test_the_seats_an_election_fills_are_a_figure(sentence: str, seats: int) -> None:
    assert (seats, "đại biểu") in figures_of(sentence)


@pytest.mark.parametrize("sentence", [
    "Có 46 đại biểu HĐND xã có mặt tại kỳ họp.",
    "Hội nghị có 120 đại biểu tham dự.",
    "Đoàn đã tiếp xúc với hơn 300 đại biểu cử tri.",
])
def test_deputies_counted_at_a_meeting_are_no_figure(sentence: str) -> None:
    assert all(unit != "đại biểu" for _, unit in figures_of(sentence))


def test_a_count_already_read_is_not_read_again() -> None:
    text = "Số đại biểu được bầu 18 đại biểu."
    start = text.index("18")
    assert election_seats(text, [(18, None, "người", start, start + 2)]) == []
    assert election_seats(text, []) == [(18, None, "đại biểu", start, start + len("18 đại biểu"))]
