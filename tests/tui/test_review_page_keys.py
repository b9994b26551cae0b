"""PgUp and PgDn scroll the review form a page, and its help (F1) says so, in both languages.

The keys worked (the form's scroll takes them from any field) but neither the footer nor the help named them:
at 80×24 a draft's form is some ten pages, and Tab through every field was the only way the help offered
(a tmux tryout of the import of articles, session 23).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from tests.tui.browser_helpers import browsing, open_screen
from tests.tui.test_ux_pass3_keys import _help_lines
from tests.tui.waiting import until
from tui.screens.help import HelpScreen
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows


@pytest.mark.parametrize("lang, said", [("vi", "PgUp PgDn Cuộn biểu mẫu lên / xuống một trang"),
                                        ("en", "PgUp PgDn Scroll the form a page up / down")])
async def test_page_keys_scroll_the_form_and_the_help_names_them(bundled_store: Path, lang: str, said: str) -> None:
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        screen = await open_screen(pilot, "r", CorrectScreen)
        await screen.rows_ready()
        await pilot.pause()
        form = screen.query_one("#review-scroll", VerticalScroll)
        top = form.scroll_y
        await pilot.press("pagedown")
        await until(pilot, lambda: form.scroll_y > top, "PgDn to scroll the form")
        lower = form.scroll_y
        await pilot.press("pageup")
        await until(pilot, lambda: form.scroll_y < lower, "PgUp to scroll it back")
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        assert said in _help_lines(app)
