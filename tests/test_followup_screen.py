"""The follow-up dialog, driven with Pilot in a tiny host app, and its result saved through the store."""

from __future__ import annotations

import asyncio
import copy
from datetime import date
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, Select, Static

from store.store import SurveyStore
from tests.bundled import RACH_DUA
from tests.factories import make_record
from tests.present import present
from tui.screens.followup import FollowUpScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

TODAY = date(2025, 11, 1)


class Host(App[None]):
    """Pushes one FollowUpScreen on mount and keeps what it dismissed with."""

    def __init__(self, record: dict[str, Any], ref: tuple[str, int], lang: str = "vi") -> None:
        super().__init__()
        self.record, self.ref, self.lang = record, ref, lang
        self.results: list[dict[str, Any] | None] = []

    def on_mount(self) -> None:
        self.push_screen(FollowUpScreen(self.record, self.ref, self.lang, today=TODAY), self.results.append)


def text_of(app: App, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_edit_status_deadline_and_add_a_response_from_the_keyboard(store: SurveyStore) -> None:
    record = present(store.get(RACH_DUA))
    app = Host(record, ("recommendations", 2))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FollowUpScreen)
        assert app.screen.query_one("#followup-status", Select).has_focus
        await pilot.press("enter", "down", "down", "enter")  # open → in progress → done
        await pilot.press("tab", *"31/12/2025")
        await pilot.click("#followup-response-text")
        await pilot.press(*"Đã tuyển 2 người")
        await pilot.press("ctrl+s")
        await pilot.pause()
    [edited] = app.results
    assert edited is not None
    assert record["recommendations"][2].get("status") is None  # the caller's record is untouched
    item = edited["recommendations"][2]
    assert item["status"] == "done" and item["deadline"] == "2025-12-31"
    assert item["responses"] == [{"date": "2025-11-01", "text": "Đã tuyển 2 người"}]
    store.replace(edited)  # what the browser does with the result: one atomic write
    assert present(store.get(RACH_DUA))["recommendations"][2] == item


async def test_a_bad_deadline_keeps_the_dialog_open_with_the_reason() -> None:
    app = Host(make_record(), ("directions", 0), lang="en")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#followup-deadline", Input).value = "31/2/2026"
        await pilot.pause()
        assert not app.screen.query_one("#followup-deadline", Input).is_valid
        await pilot.click("#followup-save")
        await pilot.pause()
        assert isinstance(app.screen, FollowUpScreen) and app.results == []
        assert text_of(app, "#followup-error").startswith("Deadline:")
        app.screen.query_one("#followup-deadline", Input).value = "2026-02-28"
        save = app.screen.query_one("#followup-save")
        while save.has_class("-active"):  # a button ignores clicks while it shows the last one (a set time)
            await pilot.pause()
            await asyncio.sleep(0.01)
        await pilot.click("#followup-save")
        await pilot.pause()
    assert present(app.results[0])["directions"][0]["deadline"] == "2026-02-28"


async def test_escape_cancels_and_saving_nothing_changed_returns_none() -> None:
    app = Host(make_record(), ("recommendations", 0))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None] and not isinstance(app.screen, FollowUpScreen)
    app = Host(make_record(), ("recommendations", 0))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.click("#followup-save")
        await pilot.pause()
    assert app.results == [None]


async def test_the_addressee_can_be_changed_and_cleared() -> None:
    app = Host(make_record(), ("recommendations", 0))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#followup-to", Input).value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "to" not in present(app.results[0])["recommendations"][0]


async def test_record_text_is_shown_literally_and_overdue_is_marked() -> None:
    record = make_record()
    record["recommendations"][0].update(
        text="[b]đậm[/b] [@click=app.quit]thoát[/] \x1b[31m", deadline="2025-10-01", status="in progress",
        responses=[{"date": "2025-10-05", "text": "[red]đã trả lời[/red]"}],
    )
    app = Host(copy.deepcopy(record), ("recommendations", 0), lang="en")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert text_of(app, "#followup-text") == "[b]đậm[/b] [@click=app.quit]thoát[/] \\x1b[31m"
        assert "OVERDUE (2025-10-01)" in text_of(app, "#followup-route")
        assert "2025-10-05  [red]đã trả lời[/red]" in text_of(app, "#followup-responses")
        assert app.screen.query_one("#followup-status", Select).value == "in progress"
        await pilot.press("escape")
    assert app.results == [None]
