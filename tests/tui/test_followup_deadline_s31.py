"""A follow-up deadline typed before the visit's day (a tryout of session 31: "30/6/2015" for a visit of 2025, a
slip of the year, was saved without a word and the item was at once overdue) is said once; Ctrl+S again keeps it.
A deadline after the visit, or one left as stored, saves at once. Pilot at 80×24 in Vietnamese and 120×40 in
English."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, Static

from store.backends import _sample_records
from tests.tui.followup_host import FollowUpHost, save_deadline

pytestmark = pytest.mark.slow  # Pilot flows
RECORD: dict[str, Any] = copy.deepcopy(next(r for r in _sample_records() if r["date"] == "2025-09-09"))
RECORD["recommendations"][0]["deadline"] = "2014-01-01"  # stored before the visit: not asked again
CASES = [("vi", (80, 24), "30/6/2015", "Hạn 30/06/2015 ở trước ngày của chuyến (09/09/2025)"),
         ("en", (120, 40), "2015-06-30", "The deadline 2015-06-30 is before the visit (2025-09-09)")]


def _said(app: App[Any]) -> str:
    return str(app.screen.query_one("#followup-error", Static).render())


@pytest.mark.parametrize(("lang", "size", "typed", "said"), CASES)
async def test_a_deadline_before_the_visit_is_asked_once(lang: str, size: tuple[int, int], typed: str,
                                                         said: str) -> None:
    app = FollowUpHost(RECORD, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = await save_deadline(app, pilot, typed)
        assert said in shown and app.result == "open", shown
        await pilot.press("ctrl+s")  # asked once: the second saves it as typed
        await pilot.pause()
        assert app.result["recommendations"][0]["deadline"] == "2015-06-30"


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_later_deadline_or_the_stored_one_saves_at_once(lang: str, size: tuple[int, int]) -> None:
    app = FollowUpHost(RECORD, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.screen.query_one("#followup-deadline", Input).value = "31/12/2025" if lang == "vi" else "2025-12-31"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.result["recommendations"][0]["deadline"] == "2025-12-31"
    # the stored deadline (2014, before the visit) untouched, the addressee changed: no question
    app = FollowUpHost(RECORD, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.screen.query_one("#followup-to", Input).value = "UBND phường"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.result["recommendations"][0]["deadline"] == "2014-01-01"
