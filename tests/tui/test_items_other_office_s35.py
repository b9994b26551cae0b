"""The follow-up list (`u`) follows another office's write to its visit: redrawn while open, read again on Enter.

Tryout s34-offices (Left 1): two offices on one archive; the list open in A kept the copy it was opened with, and
a deadline saved from it on an item B had answered meanwhile was refused as a conflict. The other office is a
second handle on the store file; the list's timer is not waited for: the test fires its check (`tick`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, OptionList, Select, Static

from store.followup import status_label
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record
from tests.present import present
from tests.tui.browser_helpers import browsing, finish
from tests.tui.followup_helpers import saved_to_the_list
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows

VISIT = make_record(recommendations=[{"text": "Sửa trụ sở làm việc của phường."},
                                     {"text": "Bổ sung máy quét hồ sơ."}])
ANSWER = {"date": "2026-12-06", "text": "Thành phố đã bố trí kinh phí."}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([VISIT])
    return path


def elsewhere(path: Path, change: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """Another office's write: its own handle on the file."""
    other = TinyDBRepository(path)
    try:
        other.update(VISIT["id"], change)
    finally:
        other.close()


def answered(current: dict[str, Any]) -> dict[str, Any]:
    current["recommendations"][0].update(status="in progress", responses=[ANSWER])
    return current


def lines(app: App[Any]) -> list[str]:
    options = app.screen.query_one("#items-options", OptionList)
    return [str(options.get_option_at_index(at).prompt) for at in range(options.option_count)]


async def open_list(app: App[Any], pilot: Any) -> ItemsScreen:
    await pilot.press("u")
    await finish(pilot)
    screen = app.screen
    assert isinstance(screen, ItemsScreen)
    following = getattr(screen, "following", None)  # (read so on the base too: its flow fails where it differs)
    if following is not None and following.timer is not None:
        following.timer.pause()  # the test fires the check itself
    return screen


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_open_list_shows_anothers_write_and_keeps_the_cursor_on_its_item(
        store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        screen = await open_list(app, pilot)
        assert screen.following.timer is not None
        await pilot.press("j")  # on Recommendation 2
        await finish(pilot)
        elsewhere(store, answered)
        screen.following.check()
        await finish(pilot)
        assert status_label("in progress", lang) in lines(app)[0], lines(app)
        assert screen.current == ("recommendations", 1)
        assert screen.query_one("#items-options", OptionList).highlighted == 1

        elsewhere(store, lambda current: {**current, "recommendations": current["recommendations"][1:]})
        screen.following.check()
        await finish(pilot)
        assert len(lines(app)) == 2 and "Bổ sung máy quét" in lines(app)[0], lines(app)  # r1 deleted there
        assert screen.current == ("recommendations", 0)  # the same item, now the first
        assert screen.query_one("#items-options", OptionList).highlighted == 0
        assert "Bổ sung máy quét hồ sơ." in str(screen.query_one("#items-whole", Static).render())


async def test_an_item_answered_elsewhere_opens_as_stored_and_only_a_change_after_that_is_a_conflict(
        store: Path) -> None:
    async with browsing(store, "en", (120, 40)) as (app, pilot):
        await open_list(app, pilot)
        elsewhere(store, answered)  # before the list's timer has asked: Enter reads it again
        await pilot.press("enter")
        await finish(pilot)
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        assert dialog.query_one("#followup-status", Select).value == "in progress"
        dialog.query_one("#followup-deadline", Input).value = "2026-12-31"
        await pilot.press("ctrl+s")
        await saved_to_the_list(pilot)  # saved: no needless conflict
        item = present(SurveyStore.open(store).get(VISIT["id"]))["recommendations"][0]
        assert (item["status"], item["deadline"], item["responses"]) == ("in progress", "2026-12-31", [ANSWER])

        await pilot.press("k", "enter")  # the same item again; the other office changes its status meanwhile
        await finish(pilot)
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen)
        elsewhere(store, lambda current: {**current, "recommendations": [
            {**current["recommendations"][0], "status": "not accepted"}, *current["recommendations"][1:]]})
        dialog.query_one("#followup-status", Select).value = "done"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is dialog
        said = str(dialog.query_one("#followup-error", Static).render())
        assert "changed elsewhere meanwhile; nothing was saved" in said and "not accepted" in said, said
    stored = present(SurveyStore.open(store).get(VISIT["id"]))["recommendations"][0]
    assert stored["status"] == "not accepted"
