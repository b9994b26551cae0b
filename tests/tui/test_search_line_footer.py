"""While the search line (`/`) is open the footer shows the line's own keys on one line, and the line takes the row
the footer gave up: on a terminal of 30 rows and more the list and the details keep every row they had (the
footer had stayed two lines with nothing in them, the browser's keys being off while the line has the focus, and
the list had lost a row to the line). Escape or Enter gives the footer back its keys and its lines (at 80×24, for
both lines: `test_line_footers`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, footer_text, settle, type_text
from tests.tui.test_line_footers import SEARCH_KEYS
from tests.tui.test_snapshots import after
from tui.app import SurveysApp
from tui.widgets.key_footer import KeyFooter

LANGS = ["vi", "en"]


def _rows(app: SurveysApp) -> tuple[int, int, int]:
    """The heights of the main area (sidebar, list and details) and of the footer, and the list's region top."""
    screen = app.screen
    return (screen.query_one("#main").size.height, screen.query_one(KeyFooter).size.height,
            screen.query_one("#list").region.y)


@pytest.mark.parametrize("lang", LANGS)
async def test_the_open_search_line_takes_the_footers_second_row(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang, size=(120, 40)) as (app, pilot):
        main, footer, top = _rows(app)
        assert footer == 2
        await pilot.press("slash")
        await settle(pilot)
        assert _rows(app) == (main, 1, top)  # the list keeps its rows: the line is where the second row was
        assert [line.rstrip() for line in footer_text(app)] == [SEARCH_KEYS[lang]]
        await type_text(pilot, "rach")
        await settle(pilot)
        assert footer_text(app)[0].rstrip() == SEARCH_KEYS[lang]
        await pilot.press("escape")
        await settle(pilot)
        assert _rows(app) == (main, 2, top)
        assert footer_text(app)[0].startswith("? ")


async def test_a_click_on_the_footers_esc_cancels_the_search(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", size=(120, 40)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "rach")
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        x = footer_text(app)[0].index("esc")
        await pilot.click(KeyFooter, offset=(x, 0))
        await settle(pilot)
        assert not app.screen.query_one("#search-bar").has_class("-open")
        assert app.active_filter.render() == ""
        assert footer.size.height == 2


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_search_line_open_120x40(snap_compare, bundled_store: Path, lang: str) -> None:
    """`/` and "rach" at 120×40: the search line over a footer of its own keys, the list as tall as before."""
    app = SurveysApp(bundled_store, lang=lang)
    assert snap_compare(app, terminal_size=(120, 40), run_before=after("slash", typed="rach"))
