"""`z` in the follow-up list undoes a stack of this run's saves of an item, one per press (session 40, hist2).

A user who set three wrong statuses in a row could take back only the last (hist1: one save per item per run). Each
press now puts the previous save back, each undo written in the history; another office's change in between still
refuses, naming it; the name written is the settings' `user` (`store.writer_name`).

The clock is frozen (`now_stamp`): every save of a flow lands in one second, as they did under load, when saves were
told apart by (second, writer) and these flows failed (session 40 had marked them xfail); each save's id tells them
apart now (session 41, hist3).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from textual.widgets import Input

from store.followup import get_item, save_followup
from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, notes, open_screen
from tests.tui.test_item_history_s39 import R1, SIZES, _newest, _save_status, _stored
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

STAMP = "2026-12-07T09:14:03Z"


@pytest.fixture(autouse=True)
def _one_second(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every save and undo of the test at one moment: the dialog's (`store.item_history`) and the store's."""
    monkeypatch.setattr("store.item_history.now_stamp", lambda: STAMP)
    monkeypatch.setattr("store.followup.now_stamp", lambda: STAMP)


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_z_puts_back_each_save_of_the_run_in_turn(bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "surveys" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"user": "Nguyễn Thị Lan"}), encoding="utf-8")
    visit = _newest(bundled_store)
    was = get_item(visit, R1).get("status", "open")
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        for status in ("in progress", "done", "not accepted"):
            await _save_status(pilot, status)
            await pilot.press("k")  # the list came back on the next item
        for _ in range(3):
            await pilot.press("z")
            await finish(pilot)
            assert notes(app)[-1].startswith(t("history.undone", item=f"{t('items.recommendations')} 1",
                                               what="").rstrip())
        item = get_item(_stored(bundled_store, visit["id"]), R1)
        assert item.get("status", "open") == was
        assert [entry.get("to", "open") for entry in item["history"]] == [
            "in progress", "done", "not accepted", "done", "in progress", was]
        assert {entry["who"] for entry in item["history"]} == {"Nguyễn Thị Lan"}
        assert {entry["at"] for entry in item["history"]} == {STAMP} and len({e["save"] for e in item["history"]}) == 6
        await pilot.press("z")
        await finish(pilot)
        assert notes(app)[-1] == t("history.undo_none")


@pytest.mark.slow  # a Pilot flow
async def test_z_stops_at_another_offices_change_in_the_stack(bundled_store: Path) -> None:
    t = Translator("en")
    visit = _newest(bundled_store)
    async with browsing(bundled_store, "en", size=(120, 40)) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await _save_status(pilot, "in progress")
        await pilot.press("k")
        other = TinyDBRepository(bundled_store)  # another office sets a deadline between this run's saves
        try:
            save_followup(other, visit["id"], R1, deadline="2027-01-31")
        finally:
            other.close()
        await _save_status(pilot, "done")
        await pilot.press("k")
        await pilot.press("z")  # the last save: undone
        await finish(pilot)
        await pilot.press("z")  # the one before: the other office's deadline came after it
        await finish(pilot)
        assert notes(app)[-1].startswith(t("history.undo_later", change="").split("(")[0])
        item = get_item(_stored(bundled_store, visit["id"]), R1)
        assert (item["status"], item["deadline"]) == ("in progress", "2027-01-31")


@pytest.mark.slow  # a Pilot flow
async def test_a_response_saved_after_a_status_leaves_z_to_put_the_status_back(bundled_store: Path) -> None:
    """A save of a response alone writes no history entry, so the status saved before it is still the item's last
    change: `z` puts it back, the response stays (the stack had been dropped: "no save to undo")."""
    t = Translator("en")
    visit = _newest(bundled_store)
    was = get_item(visit, R1).get("status", "open")
    async with browsing(bundled_store, "en", size=(120, 40)) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await _save_status(pilot, "done")
        await pilot.press("k")
        dialog = await open_screen(pilot, "enter", FollowUpScreen)
        dialog.query_one("#followup-response-text", Input).value = "Sở đã trả lời bằng văn bản."
        await pilot.press("ctrl+s")
        await finish(pilot)
        await pilot.press("k")
        await pilot.press("z")
        await finish(pilot)
        assert notes(app)[-1].startswith(t("history.undone", item=f"{t('items.recommendations')} 1",
                                           what="").rstrip())
        item = get_item(_stored(bundled_store, visit["id"]), R1)
        assert item.get("status", "open") == was
        assert item["responses"][-1]["text"] == "Sở đã trả lời bằng văn bản."
