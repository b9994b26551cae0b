"""The `d` dialog's hint shows a period written with a dash, `1/7–6/9/2025` (left open by session 38's store18: the
dialog read the dash form the program writes periods in, and its hint did not say so), and every example it shows
is read by the dialog into a date clause, in both languages."""

from __future__ import annotations

import pytest

from tui.i18n import Translator
from tui.screens.dates import date_clause


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_hint_shows_the_dash_form(lang: str) -> None:
    assert "1/7–6/9/2025" in Translator(lang)("dates.hint").split(" · ")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_example_of_the_hint_is_read(lang: str) -> None:
    for example in Translator(lang)("dates.hint").split(" · "):
        typed = example.removesuffix(" (mọi năm)").removesuffix(" (any year)")
        assert date_clause(typed).field in {"year", "date", "since", "until"}, example
    assert str(date_clause("1/7–6/9/2025").value) == "1/7..6/9/2025"  # as the filter reads a range
