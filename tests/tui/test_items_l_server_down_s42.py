"""`L` in the follow-up list (`u`) while the server is down (session 42, polish21; left open by session 41).

`L` switches the browser under the list too, which searches again; with the server stopped that search failed
into a note over the list ("connection to server failed…"), covering it. The list's own questions say the store
is out of reach on the line under its title (`#items-reach`, s40) and leave the list usable; the browser's search
under it now says so there too, and no note covers the list. Another failure (not out of reach) is still a note,
and so is a failed search of the browser when it is on top (the look-alikes).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from store.errors import StoreError, StoreOutOfReach
from tests.tui.browser_helpers import browsing, finish, notes
from tests.tui.test_items_other_office_s35 import open_list
from tests.tui.test_items_other_office_s35 import store as store  # noqa: F401 - the fixture: a visit, two items
from tests.tui.test_items_out_of_reach_s40 import LOST, keys_in_the_box, reach_line
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows

OTHER = {"vi": "en", "en": "vi"}
REFUSED = "connection to server failed: Connection refused"


def failing(error: StoreError) -> Any:
    def search(*args: Any, **options: Any) -> None:
        raise error
    return search


@pytest.mark.parametrize(("lang", "size"), [pytest.param("vi", (80, 24), id="vi-80x24"),
                                            pytest.param("en", (120, 40), id="en-120x40")])
async def test_l_with_the_server_down_says_it_on_the_lists_line_not_over_the_list(
        store: Path, lang: str, size: tuple[int, int]) -> None:  # noqa: F811
    async with browsing(store, lang, size) as (app, pilot):
        screen = await open_list(app, pilot)
        app.browser.searches._search = failing(  # type: ignore[method-assign]
            StoreOutOfReach(REFUSED))  # the server stops
        await pilot.press("L")
        await finish(pilot)
        assert app.screen is screen and app.state.t.lang == OTHER[lang]
        assert reach_line(screen).startswith(LOST[OTHER[lang]]), reach_line(screen)
        assert not any("connection" in message for message in notes(app)), notes(app)
        assert keys_in_the_box(screen)
        first = screen.query_one("#items-options", OptionList).highlighted
        await pilot.press("down")
        await finish(pilot)
        assert screen.query_one("#items-options", OptionList).highlighted != first  # the list still moves


async def test_another_failure_or_the_browser_on_top_is_still_a_note(store: Path) -> None:  # noqa: F811
    async with browsing(store, "en", (120, 40)) as (app, pilot):
        screen = await open_list(app, pilot)
        app.browser.searches._search = failing(  # type: ignore[method-assign]
            StoreError("permission denied for table surveys"))
        await pilot.press("L")
        await finish(pilot)
        assert isinstance(app.screen, ItemsScreen) and not reach_line(screen)
        assert any("permission denied" in message for message in notes(app)), notes(app)
        await pilot.press("escape")
        await finish(pilot)
        app.browser.searches._search = failing(  # type: ignore[method-assign]
            StoreOutOfReach(REFUSED))
        await pilot.press("L")
        await finish(pilot)
        assert app.screen is app.browser and any("connection" in message for message in notes(app)), notes(app)
