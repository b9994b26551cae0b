"""Keys typed before a screen has shown itself are dropped, never typed into its first field (`tui.early_keys`).

Under load `r` took seconds to open the correction screen; a second `r` typed meanwhile waited in the app's queue
and went into the leader's name, focused first, and a wrong leader was saved. Here the app is as busy: a key read
by the terminal with the opening key (or while the screen mounts) reaches the app only once the screen has focused
its first field, before its first frame. It must be dropped there, in the correction, review, follow-up and export
screens; a key typed once the screen is on screen still lands; the pickers keep their keys typed ahead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Select

from store.extract import extract_file
from store.store import SurveyStore
from tests.bundled import RACH_DUA
from tests.tui.browser_helpers import browsing, burst, filter_text, finish, listed_ids, settle
from tests.tui.waiting import drained, until
from tui.screens.confirm_delete import ConfirmDeleteScreen
from tui.screens.export_dialog import ExportScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.screens.review import ReviewScreen
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]
ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def key(name: str) -> events.Key:
    """A key as the terminal's input thread makes it: stamped with the moment it was read."""
    return events.Key(name, name if len(name) == 1 else None)


def late(monkeypatch: pytest.MonkeyPatch, kind: type[Screen[Any]], *made: events.Event,
         typed: tuple[str, ...] = ()) -> None:
    """Deliver the events `made` (read earlier) and keys `typed` now to the app from `kind`'s `on_mount` (after
    it has focused its first field, before its first frame), as an app too busy to read its queue sooner would."""
    mounted = kind.__dict__.get("on_mount")  # the handler that focuses the first field: the last to run
    pending = [*made]

    def on_mount(self: Screen[Any]) -> None:
        if mounted is not None:
            mounted(self)
        pending.extend(key(name) for name in typed)
        while pending:
            self.app.post_message(pending.pop(0))

    monkeypatch.setattr(kind, "on_mount", on_mount, raising=False)


async def opened(pilot: Pilot[Any], kind: type[Screen[Any]]) -> Any:
    await until(pilot, lambda: isinstance(pilot.app.screen, kind), f"the {kind.__name__}")
    await drained(pilot, idle=False)
    screen = pilot.app.screen
    await until(pilot, lambda: bool(getattr(screen, "rows_mounted", True)), "the screen's rows")
    await pilot.pause()
    return screen


@pytest.mark.parametrize("lang, size", SIZES)
@pytest.mark.parametrize("when", ["with r", "while it mounts"])
async def test_a_second_r_typed_while_the_correction_opens_is_not_the_leader(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch, lang: str, size: tuple[int, int], when: str) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        if when == "with r":
            late(monkeypatch, ReviewScreen, key("r"))  # read with the first "r", reaching the app once it opened
        else:
            late(monkeypatch, ReviewScreen, typed=("r",))  # typed while the screen is being made
        burst(app, "r")
        screen = await opened(pilot, CorrectScreen)
        leader = screen.query_one("#review-leader-name", Input)
        assert leader.has_focus
        before = str(app.record(app.survey_list.selected or 0)["leader"]["name"])
        assert leader.value == before  # not "… Thửr"
        await pilot.press("end", "x")  # typed once the screen is on screen: it lands
        assert leader.value == before + "x"


@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_paste_before_the_correction_shows_is_dropped(bundled_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                              lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ReviewScreen, events.Paste("Nguyễn Văn Sai"))
        burst(app, "r")
        screen = await opened(pilot, CorrectScreen)
        assert "Sai" not in screen.query_one("#review-leader-name", Input).value


@pytest.mark.parametrize("lang, size", SIZES)
async def test_keys_typed_before_the_review_screen_shows_are_dropped(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch, lang: str, size: tuple[int, int]) -> None:
    """The review of an imported article (`i`, then the draft): the same screen, pushed over the browser."""
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ReviewScreen, key("q"), key("q"))
        app.push_screen(ReviewScreen(draft, lang))
        await opened(pilot, ReviewScreen)
        field = app.focused
        assert isinstance(field, Input) and field.id in ("review-leader-name", "review-date")
        assert "qq" not in field.value
        before = field.value
        await pilot.press("end", "q")
        assert field.value == before + "q"


@pytest.mark.parametrize("lang, size", SIZES)
async def test_keys_typed_before_the_follow_up_dialog_shows_are_dropped(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch, lang: str, size: tuple[int, int]) -> None:
    """`u`, Enter on an item, and an Enter typed with it: the status was opened (and a Down then changed it)."""
    async with browsing(bundled_store, lang, size) as (app, pilot):
        assert app.record(app.survey_list.selected or 0)["id"] == RACH_DUA
        await pilot.press("u")
        await opened(pilot, ItemsScreen)
        late(monkeypatch, FollowUpScreen, key("enter"), key("down"))
        burst(app, "\r")
        dialog = await opened(pilot, FollowUpScreen)
        status = dialog.query_one("#followup-status", Select)
        assert status.has_focus
        shown = status.value
        assert not status.expanded
        await pilot.press("enter")  # once the dialog is on screen: it opens the choices
        await until(pilot, lambda: status.expanded, "the status's choices")
        await pilot.press("escape")
        assert status.value == shown


@pytest.mark.parametrize("lang, size", SIZES)
async def test_keys_typed_before_the_export_dialog_shows_are_dropped(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch, lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ExportScreen, key("enter"))
        burst(app, "e")
        dialog = await opened(pilot, ExportScreen)
        choice = dialog.query_one("#export-format", Select)
        assert choice.has_focus and not choice.expanded
        await pilot.press("enter")
        await until(pilot, lambda: choice.expanded, "the format's choices")


@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_y_read_before_the_delete_confirmation_shows_deletes_nothing(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch, lang: str, size: tuple[int, int]) -> None:
    """`D` and a "y" read with it: the confirmation's own key, for a question not yet seen."""
    async with browsing(bundled_store, lang, size) as (app, pilot):
        chosen = str(app.record(app.survey_list.selected or 0)["id"])
        late(monkeypatch, ConfirmDeleteScreen, key("y"))
        burst(app, "D")
        await finish(pilot)
        assert isinstance(app.screen, ConfirmDeleteScreen)
        assert SurveyStore.open(bundled_store).get(chosen) is not None
        await pilot.press("y")  # once the question is on screen: it deletes
        await finish(pilot)
        assert SurveyStore.open(bundled_store).get(chosen) is None


@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_picker_still_takes_keys_typed_ahead(bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    """"t", the words and Enter in one burst still filter: a picker's search is meant to be typed ahead."""
    async with browsing(bundled_store, lang, size) as (app, pilot):
        burst(app, "tde an 06\r")
        await drained(pilot)
        await settle(pilot)
        assert filter_text(app) == ("chude:de-an-06" if lang == "vi" else "topic:de-an-06")
        assert len(listed_ids(app)) == 2
