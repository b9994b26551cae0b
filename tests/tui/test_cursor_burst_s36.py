"""A cursor key typed in one burst with a key that acts on the selected visit: the key acts on the visit moved to.

`k u` sent at once (over ssh keys arrive together) opened the `u` list of the visit selected BEFORE `k`, and `k`
then moved that list's cursor (tryout s36-polish9, "Left open"). The browser's keys that act on the selected visit
(u r o D) are bound with priority and act when the app reads them; the list's cursor keys were not, so `k` went to
the list and back to the app, by then answered by the screen `u` had opened. The list's moves now act when read too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.tui.browser_helpers import browsing, burst
from tests.tui.waiting import drained, until
from tui.screens.browser import BrowserScreen
from tui.screens.confirm_delete import ConfirmDeleteScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.screens.review_correct import CorrectScreen
from tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]


def shown_id(screen: Any) -> str:
    """The visit the screen opened by the key acts on."""
    record = screen.seen if isinstance(screen, CorrectScreen) else screen.record
    return str(record["id"])


async def on_third_row(app: Any, pilot: Any) -> None:
    await pilot.press("j", "j")
    await drained(pilot)
    assert app.survey_list.selected == 2


@pytest.mark.parametrize(("lang", "size"), SIZES)
@pytest.mark.parametrize(("keys", "row"), [("ku", 1), ("ju", 3), ("jju", 4), ("kkkju", 1), ("Gku", -2)])
async def test_u_typed_with_cursor_keys_lists_the_items_of_the_visit_moved_to(bundled_store: Path, lang: str,
                                                                             size: tuple[int, int], keys: str,
                                                                             row: int) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await on_third_row(app, pilot)
        burst(app, keys)
        await until(pilot, lambda: isinstance(app.screen, ItemsScreen), "the follow-up list")
        await drained(pilot)
        rows = len(app.survey_list.rows)
        assert app.survey_list.selected == row % rows
        assert shown_id(app.screen) == app.record(row % rows)["id"]


@pytest.mark.parametrize(("key", "kind"), [("r", CorrectScreen), ("o", SourcesScreen), ("D", ConfirmDeleteScreen)],
                         ids=["correct", "sources", "delete"])
async def test_every_key_on_the_selected_visit_acts_on_the_visit_moved_to(bundled_store: Path, key: str,
                                                                          kind: type) -> None:
    async with browsing(bundled_store, "en", (120, 40)) as (app, pilot):
        await on_third_row(app, pilot)
        burst(app, "k" + key)
        await until(pilot, lambda: isinstance(app.screen, kind), kind.__name__)
        await drained(pilot)
        assert app.survey_list.selected == 1 and shown_id(app.screen) == app.record(1)["id"]


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_k_u_enter_opens_the_first_item_of_the_visit_moved_to(bundled_store: Path, lang: str,
                                                                   size: tuple[int, int]) -> None:
    """The tryout's case: `k` had moved the list's cursor, so Enter opened another item."""
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await on_third_row(app, pilot)
        burst(app, "ku\r")
        await until(pilot, lambda: isinstance(app.screen, FollowUpScreen), "the follow-up dialog")
        await drained(pilot, idle=False)
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        assert str(dialog.record["id"]) == app.record(1)["id"] and dialog.ref[1] == 0


async def test_enter_typed_with_a_cursor_key_opens_the_visit_moved_to(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", (120, 40)) as (app, pilot):
        await on_third_row(app, pilot)
        burst(app, "k\r")
        browser = app.screen
        assert isinstance(browser, BrowserScreen)
        await until(pilot, lambda: app.focused is browser.details, "the details")
        await drained(pilot)
        assert app.screen is browser and app.survey_list.selected == 1
