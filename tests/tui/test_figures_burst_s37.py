"""The figures view's list, moved and acted on in one burst: the keys act in the order typed (session 37).

polish10 found `k u` in one burst acting on the visit selected before `k` (a priority key overtaking a move). The
figures view's keys (`t`, `e`, `q`, Enter) are all bound without priority, as its moves are, so each acts at its
turn: checked here rather than assumed (the look-alike of `test_cursor_burst_s36`; it passes on the base too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from tests.tui.browser_helpers import browsing, burst, open_screen
from tests.tui.waiting import drained
from tui.screens.figures import FiguresScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]


@pytest.mark.parametrize(("lang", "size"), SIZES)
@pytest.mark.parametrize("keys", ["jjt", "jjkt", "jj\r"])
async def test_a_move_and_a_key_on_the_metric_act_in_order(bundled_store: Path, lang: str, size: tuple[int, int],
                                                           keys: str) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        first = screen.choices.index(next(c for c in screen.choices if c.key == screen.key))
        burst(app, keys)
        await drained(pilot)
        moved = first + keys.count("j") - keys.count("k")
        assert screen.key == screen.choices[moved].key
        if keys.endswith("t"):
            assert screen.mode == "time" and app.screen is screen
        else:
            assert isinstance(app.focused, VerticalScroll)  # Enter: the chart of the metric moved to
