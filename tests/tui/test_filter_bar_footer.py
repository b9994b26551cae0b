"""While the filter bar (`:`) has the focus the browser's keys do not act (its input takes what is typed), and the
footer had stayed empty: it shows the bar's own keys instead, on the lines the screen's keys had (the bar is at the
top: the list does not move). Enter, Escape or a click elsewhere gives the footer the screen's keys back (at 80×24,
for both lines: `test_line_footers`)."""

from __future__ import annotations

from pathlib import Path

from tests.tui.browser_helpers import browsing, footer_text, settle, type_text
from tests.tui.test_line_footers import FILTER_KEYS
from tui.widgets.key_footer import KeyFooter


async def test_on_a_tall_terminal_the_list_keeps_its_place(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", size=(120, 40)) as (app, pilot):
        footer = app.screen.query_one(KeyFooter)
        top, lines = app.screen.query_one("#list").region.y, footer.size.height
        await pilot.press("colon")
        await settle(pilot)
        assert footer.size.height == lines and app.screen.query_one("#list").region.y == top
        assert footer_text(app)[0].rstrip() == FILTER_KEYS["en"]
        await pilot.click("#details", offset=(2, 2))  # a click elsewhere: the keys of what has the focus
        await settle(pilot)
        assert app.screen.focused is app.screen.query_one("#details")
        assert "b Body esc Back q Quit" in footer_text(app)[0]  # the details: back to the list, where Open was


async def test_from_the_search_line_to_the_filter_bar_by_click(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", size=(120, 40)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "rach")
        await settle(pilot)
        await pilot.click("#filter-input", offset=(2, 0))
        await settle(pilot)
        assert not app.screen.query_one("#search-bar").has_class("-open")
        assert app.screen.query_one(KeyFooter).size.height == 2
        assert footer_text(app)[0].rstrip() == FILTER_KEYS["vi"]
