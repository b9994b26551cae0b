"""The walk of session 11 through the browser as a user (80×24, keyboard only, both languages): what each screen
offers under `?` and ctrl+p is what works on that screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from tests.tui.browser_helpers import browsing, open_screen, screen_text, settle, type_text
from tests.tui.waiting import palette_ready, until
from tui.screens.figures import FiguresScreen
from tui.screens.help import HelpScreen
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows

WORDS = {
    "vi": {"toggle": "Địa bàn/thời gian", "ward": "Phường — chọn phường hoặc xã", "help": "Bên trái: mỗi chỉ tiêu"},
    "en": {"toggle": "Locality/time", "ward": "Ward — pick a ward or commune", "help": "Left: each metric"},
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
        await palette_ready(pilot)
        assert isinstance(app.screen, CommandPalette)
        offered = screen_text(app)
        assert words["toggle"] in offered and f"{words['ward']}  (w)" not in offered
        await type_text(pilot, "dia ban" if lang == "vi" else "locality")
        await palette_ready(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is figures and figures.mode == "time", "the command to run")


async def test_the_palette_over_the_browser_still_offers_every_key(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("ctrl+p")
        await palette_ready(pilot)
        offered = screen_text(app)
        assert "Phường — chọn phường hoặc xã  (w)" in offered and "Giúp — mọi phím và cú pháp bộ lọc  (? F1)" in offered
        await pilot.press("escape")
        await settle(pilot)


@pytest.mark.parametrize(("lang", "said"), [("vi", "đúng cả tên"), ("en", "the whole name only")])
async def test_help_explains_the_equals_the_pickers_write(bundled_store: Path, lang: str, said: str) -> None:
    """A pick shows `ward="Phường Tân Đông Hiệp, Hồ Chí Minh"` in the filter bar; the help named `ward:` only."""
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "tan dong")
        await pilot.press("enter")
        await settle(pilot)
        ward = "xa" if lang == "vi" else "ward"  # the field's name in the interface language
        assert f'{ward}="Phường Tân Đông Hiệp, Hồ Chí Minh"' in screen_text(app).splitlines()[0]
        await open_screen(pilot, "question_mark", HelpScreen)
        await pilot.press("G")
        await pilot.pause()
        assert f'{ward}="…"' in screen_text(app) and said in screen_text(app)


async def test_the_palette_over_a_correction_offers_its_keys_that_run(bundled_store: Path) -> None:
    """Over the review screen the palette lists Ctrl+S, Ctrl+N … and not the keys a field handles (Tab, Space),
    which no command can run."""
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ReviewScreen), "the correction to open")
        await pilot.press("ctrl+p")
        await palette_ready(pilot)
        offered = screen_text(app)
        assert "Thêm dòng  (Ctrl+N)" in offered and "(Tab Shift+Tab)" not in offered and "(Space)" not in offered
