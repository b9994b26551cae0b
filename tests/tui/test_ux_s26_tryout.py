"""Rough edges found trying the program in tmux at 80×24 (Vietnamese) and 120×40 (English), session 26.

See docs/tryout-s26.md for what was tried and how.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from store.metrics import MetricKey
from tests.tui.browser_helpers import browsing, open_screen
from tests.tui.test_figures_flow import choose
from tui.screens.figures import FiguresScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

ON_TIME = MetricKey("ho-so-dung-han", "hồ sơ")


@pytest.mark.parametrize("lang, count", [("vi", "1 chuyến"), ("en", "1 visit")])
async def test_the_figures_title_keeps_its_mode_and_count_at_80_columns(
        bundled_store: Path, lang: str, count: str) -> None:
    """A long metric label over time had pushed "· 1 chuyến" off the one-line title; now the label gives way."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await choose(pilot, screen, ON_TIME)
        await pilot.press("t")
        await pilot.pause()
        title = str(screen.query_one("#figures-title").render())
        assert title.endswith(count), title
        assert screen.t("figs.time") in title
        assert cell_len(title) <= screen.size.width - 2
