"""The F1 help box leaves the screen's last line to the footer (its bottom border had covered it at 80×24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import SurveysApp
from tui.screens.help import HelpScreen


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "keys"), [("vi", (80, 24), "question_mark"), ("en", (120, 40), "c f1")])
async def test_the_help_box_ends_above_the_footer_line(bundled_store: Path, lang: str, size: tuple[int, int],
                                                       keys: str) -> None:
    app = SurveysApp(bundled_store, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for key in keys.split():  # the browser's help, or the figures screen's, whose footer stays drawn
            await pilot.press(key)
            await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help").region
        assert box.bottom == size[1] - 1 and box.y == 0  # its border on the row above the footer's
