"""The F1 help box leaves the screen's last line to the footer (its bottom border had covered it at 80×24); over the
browser, whose footer hides under a dialog, it takes that line too (a blank row had been left under it)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot

from tests.import_dialog_helpers import until
from tui.app import SurveysApp
from tui.screens.help import HelpScreen


async def _open_each(app: SurveysApp, pilot: Pilot[None], keys: str) -> None:
    """Press each key, each opening a screen, and wait for it: under load `c` had not yet opened the figures screen
    when F1 came, whose help was then the browser's (a full-height box: "24 <= 23" in a loaded CI run)."""
    for key in keys.split():
        depth = len(app.screen_stack)
        await pilot.press(key)
        await until(pilot, partial(_deeper, app, depth))


def _deeper(app: SurveysApp, depth: int) -> bool:
    return len(app.screen_stack) > depth


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "keys"), [("vi", (80, 24), "c f1"), ("en", (120, 40), "c f1")])
async def test_the_help_box_ends_above_the_footer_line(bundled_store: Path, lang: str, size: tuple[int, int],
                                                       keys: str) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await _open_each(app, pilot, keys)  # the figures screen's help, whose footer stays drawn
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help").region
        assert box.bottom <= size[1] - 1  # its border on the row above the footer at most


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_browsers_help_box_takes_the_last_row_its_hidden_footer_leaves(bundled_store: Path, lang: str,
                                                                                 size: tuple[int, int]) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help").region
        assert box.y == 0 and box.bottom == size[1]  # its bottom border on the last row: nothing blank under it


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "keys", "scrolls"), [
    ("vi", (80, 24), "question_mark", True), ("en", (120, 40), "question_mark", True),
    ("vi", (80, 24), "c f1", False), ("en", (120, 40), "c f1", False)])
async def test_the_help_box_is_as_tall_as_its_keys_up_to_the_screen(bundled_store: Path, lang: str,
                                                                    size: tuple[int, int], keys: str,
                                                                    scrolls: bool) -> None:
    """The figures screen's few keys had sat in a box of the whole height at 120×40, mostly empty; the browser's
    many keys still take the whole height (its footer hides under the help), and scroll."""
    app = SurveysApp(bundled_store, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await _open_each(app, pilot, keys)
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help")
        scroller = app.screen.query_one("#help-scroll", VerticalScroll)
        hint = app.screen.query_one("#help > .dialog-hint")
        over_browser = keys == "question_mark"  # the browser's footer hides under a dialog: its help takes that row
        last = size[1] if over_browser else size[1] - 1
        assert box.region.bottom <= last and box.region.contains_region(hint.region)
        assert (scroller.max_scroll_y > 0) is scrolls
        if scrolls:
            assert box.region.y == 0 and box.region.bottom == last  # all the room there is
        else:
            shown = sum(child.outer_size.height + child.styles.margin.height for child in scroller.children)
            assert scroller.region.height == shown  # no blank rows under the notes
