"""The dates dialog (`d`) as a user tries it (session 30).

A relative day ("tuần này"): the refusal had read "Không hiểu ngày: 'tuan nay' is relative and there is no
publication date to count from; hãy viết …", an English reason in a Vietnamese line, the words quoted without their
marks. Now the reason is in the reader's language and quotes what was typed.

A quarter with a space before its year ("quý 3 2025", "Q3 2025") was "not a date" while "quý 3/2025", "Q3/2025"
and "quý 3 năm 2025" were read; it is read as they are."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Label

from store.dates import DateError, Span, parse_range
from tests.tui.browser_helpers import browsing, open_screen, result, settle
from tui.screens.dates import DatesScreen, date_clause

REASON = {"vi": "'tuần này' là ngày tương đối, không có ngày đăng bài để tính từ đó",
          "en": "'tuần này' is relative and there is no publication date to count from"}


@pytest.mark.parametrize("typed", ["tuần này", "hôm qua", "năm ngoái"])
def test_a_refused_relative_day_is_quoted_as_typed(typed: str) -> None:
    with pytest.raises(DateError, match=f"^'{typed}' is relative"):
        parse_range(typed)


@pytest.mark.parametrize("typed", ["quý 3 2025", "quy 3 2025", "Q3 2025", "q3 2025"])
def test_a_quarter_with_a_space_before_its_year_is_read(typed: str) -> None:
    assert parse_range(typed) == Span(date(2025, 7, 1), date(2025, 9, 30)) == parse_range("quý 3/2025")
    assert date_clause(typed).span() == parse_range("quý 3/2025")  # the filter the dialog writes reads it back


@pytest.mark.parametrize("typed", ["quý 5 2025", "Q0 2025", "quý 3 25", "3 2025"])
def test_what_is_no_quarter_stays_refused(typed: str) -> None:
    with pytest.raises(DateError):
        parse_range(typed)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))])
async def test_the_dialog_says_why_in_the_readers_language(bundled_store: Path, lang: str,
                                                           size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_screen(pilot, "d", DatesScreen)
        dialog.query_one("#dates-input", Input).value = ""
        await pilot.press(*"tuần này", "enter")
        await pilot.pause()
        assert app.screen is dialog  # refused: the dialog stays for another try
        said = " ".join(str(dialog.query_one("#dates-error", Label).render()).split())
        assert REASON[lang] in said, said
        if lang == "vi":
            assert "is relative" not in said and "tuan nay" not in said, said


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_dialog_takes_a_quarter_typed_with_a_space(bundled_store: Path, lang: str,
                                                             size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_screen(pilot, "d", DatesScreen)
        dialog.query_one("#dates-input", Input).value = ""
        await pilot.press(*"Q3 2025", "enter")
        await settle(pilot)
        assert app.screen is not dialog, str(dialog.query_one("#dates-error", Label).render())
        assert len(result(app).positions) == 2  # 09/09/2025 and 04/09/2025?
