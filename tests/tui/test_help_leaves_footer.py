"""The F1 help box leaves the screen's last line to the footer (its bottom border had covered it at 80×24); over the
browser, whose footer hides under a dialog, it takes that line too (a blank row had been left under it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import SurveysApp
from tui.screens.help import HelpScreen


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "keys"), [("vi", (80, 24), "c f1"), ("en", (120, 40), "c f1")])
async def test_the_help_box_ends_above_the_footer_line(bundled_store: Path, lang: str, size: tuple[int, int],
                                                       keys: str) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in keys.split():  # the figures screen's help, whose footer stays drawn
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help").region
        assert box.bottom == size[1] - 1 and box.y == 0  # its border on the row above the footer's


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
