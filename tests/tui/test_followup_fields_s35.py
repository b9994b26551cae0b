"""The follow-up dialog's save merged field by field (s35, `store.item_merge`): another office's response added while
the dialog is open is kept beside the deadline set in it, with no conflict (it was one: the whole item was compared)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from textual.widgets import Input

from store.store import SurveyStore
from tests.bundled import RACH_DUA
from tests.tui.browser_helpers import browsing, finish
from tests.tui.followup_helpers import back_to_the_browser, open_item, stored

THEIRS = {"date": "2026-12-05", "text": "Văn phòng B: đã có văn bản hướng dẫn."}


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["en", "vi"])
async def test_a_response_added_elsewhere_while_the_deadline_is_set_is_kept_and_the_deadline_saved(
        bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        dialog = await open_item(pilot, 0)
        other = copy.deepcopy(stored(bundled_store, RACH_DUA))
        other["recommendations"][0].update(status="in progress", responses=[THEIRS])
        SurveyStore.open(bundled_store).replace(other)  # another office answers while the dialog is open
        dialog.query_one("#followup-deadline", Input).value = "31/12/2026"
        await pilot.press("ctrl+s")
        await finish(pilot)
        await back_to_the_browser(pilot)  # saved: no conflict said, the dialog closed
        assert app.screen is not dialog
    item = stored(bundled_store, RACH_DUA)["recommendations"][0]
    assert (item["status"], item["deadline"], item["responses"]) == ("in progress", "2026-12-31", [THEIRS])
