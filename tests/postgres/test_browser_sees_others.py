"""Two offices on one archive: what one writes shows in the other's browser without a restart (`tui.watching`),
and an item edited in both meets the conflict note in the follow-up dialog with both versions (the edit kept).

The watcher's timer is not waited for: the test asks it (`check`) and waits for the workers.
"""

from __future__ import annotations

import pytest
from textual.widgets import Select, Static

from store.backends import init_repository
from store.followup import save_item
from tests.factories import make_record
from tests.postgres.server import fresh_schema
from tests.tui.browser_helpers import browsing, finish, listed_ids, notes, open_screen, screen_text, selected_id
from tests.tui.waiting import until
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

TAN_DINH = "2025-10-02-hdnd-test-tan-dinh"


@pytest.mark.slow  # a Pilot flow
async def test_an_import_and_a_follow_up_from_another_office_show_in_the_browser(
        request: pytest.FixtureRequest) -> None:
    url = fresh_schema(request)
    other, _ = init_repository(url, sample=True)  # the other office, its own connection
    request.addfinalizer(other.close)
    async with browsing(url, "en") as (app, pilot):  # type: ignore[arg-type]  # a URL, as `surveys --db` gives it
        assert len(listed_ids(app)) == 5
        other.upsert_many([make_record()])
        app.browser.watcher.check()
        await finish(pilot)
        assert TAN_DINH in listed_ids(app) and "6 of 6 visits" in screen_text(app)
        assert "The archive was changed elsewhere; the list is up to date (5 → 6 visits)" in notes(app)

        first = selected_id(app)
        assert first is not None
        await open_screen(pilot, "u", ItemsScreen)
        await pilot.press("enter")
        # The dialog is pushed after the item list handles Enter; one pause is not always enough on a loaded machine.
        await until(pilot, lambda: isinstance(app.screen, FollowUpScreen), "the follow-up dialog")
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        record = other.get(first)
        assert record is not None
        theirs = {**record, dialog.ref[0]: [dict(item) for item in record[dialog.ref[0]]]}
        theirs[dialog.ref[0]][dialog.ref[1]]["status"] = "not accepted"
        save_item(other, record, dialog.ref, theirs)  # the other office saves the same item first
        dialog.query_one("#followup-status", Select).value = "done"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is dialog
        assert "Stored now: Status: not accepted" in str(dialog.query_one("#followup-error", Static).render())
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ItemsScreen), "the list of items, back after the save")
        await pilot.press("escape")
        await finish(pilot)
        stored = other.get(first)
        assert stored is not None and stored[dialog.ref[0]][dialog.ref[1]]["status"] == "done"
