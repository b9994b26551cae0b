"""A figure's number shown in the review screen reads back as the same number, in either language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.screens.review_values import number_text, read_number


@pytest.mark.parametrize("value, vi, en", [
    (95.1, "95,1", "95.1"), (0.125, "0,125", "0,125"), (2446.0, "2446", "2446"), (3512, "3512", "3512"),
    (1234.5, "1234,5", "1234.5"), (99.83, "99,83", "99.83"), (1e-07, "0,0000001", "0.0000001"),
])
def test_shown_in_each_language(value: float, vi: str, en: str) -> None:
    assert (number_text(value, "vi"), number_text(value, "en")) == (vi, en)


@given(st.one_of(st.integers(-10**12, 10**12),
                 *(st.decimals(min_value=-10**9, max_value=10**9, places=places).map(float) for places in range(1, 7))),
       st.sampled_from(("vi", "en")))
def test_what_is_shown_reads_back_unchanged(value: float, lang: str) -> None:
    """Saving a draft untouched must not turn 0.125 into 125 (the Vietnamese thousands point)."""
    assert read_number(number_text(value, lang)) == value


@pytest.mark.parametrize("typed, value", [
    ("3.163", 3163), ("99,83", 99.83), ("1,2 tỷ", 1_200_000_000), ("800 triệu", 800_000_000),
    ("2,5 nghìn", 2500), ("1,2 tỷ đồng", None), ("1.5 tỷ", None), ("nhiều", None),
])
def test_typed_as_a_person_writes_an_amount(typed: str, value: float | None) -> None:
    """A scale word is read as the article and the filter read it; a unit belongs in the unit's field."""
    assert read_number(typed) == value
