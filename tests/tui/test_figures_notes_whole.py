"""The figures view "by locality" at 80×24 and 120×40, both languages: a period with "(latest of 2)" is never cut.

Session 31's tryout on a dozen imported visits: at 120×40 the chart wrote "Sep 11, 2025–Jun 25, 2026 (la…" beside
the bar, the room for a note capped at 30 cells and a period cut rather than put under its bar. A note now stands
beside the bar when the room there holds it whole, else under the bar, whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.store import SurveyStore
from tests.synthetic import generate
from tests.tui.browser_helpers import browsing, open_screen
from tui.figure_bars import Bar, render_bars
from tui.i18n import Translator
from tui.screens.figures import FiguresScreen

SIZES = [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))]


@pytest.mark.parametrize("width", [48, 60, 70, 90])  # the chart at 80 columns is 48 cells
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_long_period_is_beside_its_bar_whole_or_under_it(lang: str, width: int) -> None:
    t = Translator(lang)
    latest = f" ({t('figs.latest', n=t.number(2))})"
    bars = [Bar("xã Đông Hải", 67.0, "%", "Sep 11, 2025–Jun 25, 2026" + latest),
            Bar("xã Bình Giang", 73.9, "%", "Aug 10–Oct 26, 2025")]
    chart = render_bars(bars, lang, width).plain
    assert "…" not in chart and "Sep 11, 2025–Jun 25, 2026" + latest in chart, chart
    if width >= 90:  # room enough beside the bars: one line each
        assert len(chart.splitlines()) == 2, chart


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_the_latest_of_several_is_said_whole(tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    path = tmp_path / "s.json"
    SurveyStore(path).upsert_many(generate(12, seed=77))
    t = Translator(lang)
    async with browsing(path, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        chart = screen.chart_text()
        assert "…" not in chart, chart
        assert f"({t('figs.latest', n=t.number(2))})" in chart, chart
