"""`c` in the browser opens the figures view on the filtered surveys.

The details pane flags figures that do not add up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from store.checks import check_record
from store.metrics import MetricKey
from store.store import SurveyStore
from tests.bundled import NEWEST_FIRST, RACH_DUA
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, details_text, filter_text, listed_ids, open_screen, search, settle
from tui.screens.figures import FiguresScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

RECEIVED = MetricKey("ho-so-tiep-nhan", "hồ sơ")


async def choose(pilot, screen: FiguresScreen, key: MetricKey) -> None:
    """Move the metric list's highlight to `key` with the arrow keys."""
    wanted = next(i for i, choice in enumerate(screen.choices) if choice.key == key)
    current = screen.query_one("#figures-metrics", OptionList).highlighted or 0
    await pilot.press(*["down"] * (wanted - current))
    await pilot.pause()
    assert screen.key == key


@pytest.mark.parametrize("lang, number", [("vi", "2.446 hồ sơ"), ("en", "2,446 hồ sơ")])
async def test_c_charts_the_filtered_surveys(bundled_store: Path, lang: str, number: str) -> None:
    async with browsing(bundled_store, lang, (120, 40)) as (app, pilot):
        await search(pilot, "rach dua")
        assert listed_ids(app) == [RACH_DUA]
        screen = await open_screen(pilot, "c", FiguresScreen)
        assert [r["id"] for r in screen.records] == [RACH_DUA]
        await choose(pilot, screen, RECEIVED)
        lines = screen.chart_text().splitlines()
        assert lines[0].startswith("phường Rạch Dừa") and number in lines[0] and "█" in lines[0]
        assert lines[1].startswith("phường Vũng Tàu")
        await pilot.press("t")  # the view's own key, not the browser's topic picker
        await pilot.pause()
        assert screen.mode == "time" and app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FiguresScreen)
        assert listed_ids(app) == [RACH_DUA] and filter_text(app) == '"rach dua"'


async def test_c_takes_every_listed_survey_newest_first_whatever_the_sort(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("s")
        await settle(pilot)
        screen = await open_screen(pilot, "c", FiguresScreen)
        assert [r["id"] for r in screen.records] == NEWEST_FIRST
        assert "Tỷ lệ giải quyết đúng hạn (%)" in str(screen.query_one("#figures-title").render())
        assert "100%" in screen.chart_text() and "91,2%" in screen.chart_text()


async def test_c_with_no_match_says_there_are_no_figures(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await search(pilot, "no such words")
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, FiguresScreen)
        assert app.screen.chart_text() == "The filtered visits give no figures."


def checked_record() -> dict:
    """25.925 of 25.969 is 99,83%, stated as 99,5%; and a rate above 100%."""
    return make_record(id="2025-10-02-checks", figures=[
        {"label": "Hồ sơ giải quyết đúng hạn", "metric": "ho-so-dung-han", "value": 25925, "of": 25969,
         "unit": "hồ sơ"},
        {"label": "Tỷ lệ giải quyết đúng hạn", "metric": "ty-le-dung-han", "value": 99.5, "unit": "%"},
        {"label": "Tỷ lệ hài lòng", "value": 120, "unit": "%"},
        {"label": "Hồ sơ tiếp nhận", "value": 30000, "unit": "hồ sơ"},
    ])


@pytest.mark.parametrize("lang, heading, mismatch, over", [
    ("en", "Figures  ⚠ 2 figures to check", "rate does not match: stated 99.5% but 25,925 of 25,969",
     "rate above 100%: a rate of 120% is above 100%"),
    ("vi", "Số liệu  ⚠ 2 số liệu cần xem lại", "tỷ lệ không khớp: ghi 99,5% nhưng 25.925/25.969",
     "tỷ lệ trên 100%: tỷ lệ 120% vượt quá 100%"),
])
async def test_details_flag_figures_that_do_not_add_up(tmp_path: Path, lang: str, heading: str, mismatch: str,
                                                       over: str) -> None:
    record = checked_record()
    assert {flag.figure for flag in check_record(record)} == {1, 2}
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record])
    async with browsing(path, lang, (120, 40)) as (app, pilot):
        assert listed_ids(app)[0] == record["id"]
        text = details_text(app)
        assert heading in text
        lines = text.splitlines()
        flagged = [line for line in lines if line.startswith("⚠ ")]
        assert [line.split("  ")[0] for line in flagged] == ["⚠ Tỷ lệ giải quyết đúng hạn", "⚠ Tỷ lệ hài lòng"]
        assert any(mismatch in line for line in lines)
        assert any(over in line for line in lines)
        assert not any(line.startswith("⚠ Hồ sơ") for line in lines)
        await pilot.press("j")  # a survey whose figures agree has no flag
        await settle(pilot)
        assert "⚠" not in details_text(app)
