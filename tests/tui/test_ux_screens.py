"""The walk of session 11 through the browser as a user (80×24, keyboard only, both languages): what each screen
offers under `?` and ctrl+p is what works on that screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from tests.tui.browser_helpers import browsing, open_screen, screen_text, settle, type_text
from tui.screens.figures import FiguresScreen
from tui.screens.help import HelpScreen

pytestmark = pytest.mark.slow  # Pilot flows

WORDS = {
    "vi": {"toggle": "Địa bàn/thời gian", "ward": "Phường/xã", "help": "Bên trái: mỗi chỉ tiêu"},
    "en": {"toggle": "Locality/time", "ward": "Ward", "help": "Left: each metric"},
}


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_help_on_the_figures_view_lists_its_own_keys(bundled_store: Path, lang: str) -> None:
    """`?` did nothing in the figures view; the palette's "Keys" opened the browser's help there."""
    words = WORDS[lang]
    async with browsing(bundled_store, lang) as (app, pilot):
        figures = await open_screen(pilot, "c", FiguresScreen)
        assert "? " in screen_text(app).splitlines()[-1]  # the footer says it
        help_screen = await open_screen(pilot, "question_mark", HelpScreen)
        shown = screen_text(app)
        assert words["toggle"] in shown and words["help"] in shown
        assert words["ward"] not in shown  # the browser's keys do nothing here
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is figures and help_screen is not app.screen


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_palette_over_the_figures_view_offers_what_runs_there(bundled_store: Path, lang: str) -> None:
    """Over the figures view the palette offered the browser's pickers, which did nothing there."""
    words = WORDS[lang]
    async with browsing(bundled_store, lang) as (app, pilot):
        figures = await open_screen(pilot, "c", FiguresScreen)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        offered = screen_text(app)
        assert words["toggle"] in offered and f"{words['ward']}  (w)" not in offered
        await type_text(pilot, "dia ban" if lang == "vi" else "locality")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.screen is figures and figures.mode == "time"


async def test_the_palette_over_the_browser_still_offers_every_key(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        offered = screen_text(app)
        assert "Phường/xã  (w)" in offered and "Trợ giúp  (? F1)" in offered
        await pilot.press("escape")
        await settle(pilot)
