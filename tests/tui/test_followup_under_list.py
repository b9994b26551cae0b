"""A follow-up saved, the list of items back over the browser: the browser's reload is finished under it.

The save reloads the store while the list of items it returns to is open.
The browser under that dialog draws its rows and counts (the dialog lets it
show through, dimmed), so the work held until that frame (`tui.after_frame`:
the settings written, the launch's split of shared ward names) runs then,
not only once Esc closes the list: before, the browser stayed busy
(`is_idle` False) for as long as the list was open.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, listed_ids, set_filter
from tests.tui.followup_helpers import saved_to_the_list, stored
from tests.tui.test_followup_flow import TAN_DINH
from tests.tui.waiting import until
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.widgets.status_line import StatusLine


def overdue_record() -> dict:
    return make_record(recommendations=[
        {"text": "Bổ sung máy quét hồ sơ.", "by": "UBND phường Tân Định", "to": "thành phố", "deadline": "2020-01-31"},
    ], directions=[])


@pytest.mark.parametrize("lang, none_left", [("en", "0 of 6 visits"), ("vi", "0 / 6 chuyến")])
@pytest.mark.slow  # a Pilot flow
async def test_the_browser_settles_under_the_list_of_items(tmp_path: Path, lang: str, none_left: str) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([overdue_record()])
    async with browsing(path, lang) as (app, pilot):  # 80×24
        await set_filter(pilot, "overdue")
        assert listed_ids(app) == [TAN_DINH]
        await pilot.press("u")
        await until(pilot, lambda: isinstance(app.screen, ItemsScreen), "the list of items")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FollowUpScreen), "the follow-up dialog")
        app.screen.query_one("#followup-deadline", Input).value = "31/12/2099"
        await pilot.press("ctrl+s")
        items = await saved_to_the_list(pilot)
        assert stored(path, TAN_DINH)["recommendations"][0]["deadline"] == "2099-12-31"

        browser = app.browser
        await until(pilot, lambda: app.is_idle, "the browser to settle under the list of items")
        assert app.screen is items  # no Esc: the list is still open
        assert not browser.after_frame.holding and browser.searches.counts_drawn.is_set()
        assert listed_ids(app) == []  # no longer overdue
        assert none_left in str(browser.query_one(StatusLine).render())
