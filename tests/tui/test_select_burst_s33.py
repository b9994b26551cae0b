"""A burst through a drop-down (`Select`) does what the same keys typed slowly do.

The app hands every key of a burst to the widget focused when it reads them. Enter on a `Select` opened its list and
moved the focus to the list later, so the Down and Enter queued behind it only asked again to open it, and the
characters after them reached the list, which dropped them (sessions 32 and 33, `Enter Down Enter Tab 0102` typed
at once in the follow-up dialog left the status and the deadline as they were). `OrderedSelect` and its list now
act on a key at its turn and send the keys that reach them after they lost the focus on to the focused widget.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, Select

from store.followup import STATUSES
from tests.tui.browser_helpers import browsing, burst, open_screen
from tests.tui.waiting import drained, until
from tui.app import SurveysApp
from tui.screens.export_dialog import ExportScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]


async def follow_up(app: SurveysApp, pilot: Pilot[Any]) -> FollowUpScreen:
    """The follow-up dialog of the first item, settled, its status focused."""
    await open_screen(pilot, "u", ItemsScreen)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, FollowUpScreen), "the follow-up dialog")
    await drained(pilot)
    screen = app.screen
    assert isinstance(screen, FollowUpScreen)
    return screen


@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_burst_through_the_status_list_lands_every_key(bundled_store: Path, lang: str,
                                                               size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await follow_up(app, pilot)
        status = screen.query_one("#followup-status", Select)
        before = STATUSES.index(str(status.value))
        burst(app, "\r")  # Enter opens the list, Down moves, Enter chooses, Tab to the deadline, then its digits
        for key in ("down", "enter", "tab"):
            app.post_message(events.Key(key, None))
        burst(app, "01/02/2027")
        await drained(pilot)
        assert screen.query_one("#followup-deadline", Input).value == "01/02/2027"
        assert status.value == STATUSES[min(before + 1, len(STATUSES) - 1)]
        assert not status.expanded and app.focused is screen.query_one("#followup-deadline", Input)


@pytest.mark.parametrize("lang, size", SIZES)
async def test_the_same_keys_typed_slowly_land_alike(bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await follow_up(app, pilot)
        status = screen.query_one("#followup-status", Select)
        before = STATUSES.index(str(status.value))
        await pilot.press("enter", "down", "enter", "tab", *"01/02/2027")
        await drained(pilot)
        assert status.value == STATUSES[min(before + 1, len(STATUSES) - 1)]
        assert screen.query_one("#followup-deadline", Input).value == "01/02/2027"


@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_burst_through_the_export_rows_list_lands_every_key(bundled_store: Path, lang: str,
                                                                   size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "e", ExportScreen)
        await drained(pilot)
        rows = screen.query_one("#export-rows", Select)
        assert screen.query_one("#export-format", Select).value == "csv" and rows.value == "surveys"
        for key in ("tab", "enter", "down", "down", "enter", "tab"):  # to the rows, open, two down, choose, on
            app.post_message(events.Key(key, None))
        await drained(pilot)
        assert rows.value == "recommendations" and not rows.expanded
        assert app.focused is screen.query_one("#export-bom")
