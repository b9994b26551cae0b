"""Enter in the follow-up list (`u`) reads the visit again in a thread worker, not on the screen's thread.

The read had run on the UI thread (tryout s35-offices7, left): cheap on a file, but on PostgreSQL a server that
stopped answering held the key, and the whole browser, until the driver's timeout. Now the list stays alive while
the read is out (Esc leaves it, and the answer is then dropped), and once the read lands the dialog opens on the
item the cursor was on, from the visit as stored, as before. The read is held here by a gate the test opens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import Select

from store.followup import edit_item
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, burst, finish
from tests.tui.test_items_other_office_s35 import VISIT, open_list
from tests.tui.test_items_other_office_s35 import store as store  # noqa: F401 - the fixture: VISIT, two items
from tests.tui.waiting import until
from tui.screens.followup import FollowUpScreen
from tui.screens.help import HelpScreen
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]
HELD = 3.0
"""Seconds the gate holds a read at most (on the base, the read held the screen's thread that long)."""


def gated(read: Callable[[str], Any], gate: threading.Event, threads: list[bool]) -> Callable[[str], Any]:
    """`read`, noting whether it ran on the main (UI) thread and waiting for `gate` first."""

    def held(record_id: str) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        gate.wait(HELD)
        return read(record_id)

    return held


def held_reads(screen: ItemsScreen) -> tuple[threading.Event, list[bool]]:
    """The list's reads held by a gate the test opens; the threads they ran on (True: the main one)."""
    gate, threads = threading.Event(), list[bool]()
    assert screen.following.read is not None
    screen.following.read = gated(screen.following.read, gate, threads)
    return gate, threads


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_enter_reads_in_a_worker_and_opens_the_item_under_the_cursor_as_stored(
        store: Path, lang: str, size: tuple[int, int]) -> None:  # noqa: F811
    async with browsing(store, lang, size) as (app, pilot):
        screen = await open_list(app, pilot)
        gate, threads = held_reads(screen)
        other = TinyDBRepository(store)  # another office answers the second item meanwhile
        other.update(VISIT["id"], lambda current: edit_item(current, ("recommendations", 1), status="in progress"))
        other.close()
        await pilot.press("j", "enter")
        await pilot.pause()
        assert app.screen is screen  # the read is out; the list is still there, alive
        assert threads == [False], threads  # not on the screen's thread
        gate.set()
        await finish(pilot)
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen) and dialog.ref == ("recommendations", 1)
        assert dialog.query_one("#followup-status", Select).value == "in progress"  # as stored now


async def test_esc_while_the_read_is_out_leaves_the_list_and_no_dialog_opens(store: Path) -> None:  # noqa: F811
    async with browsing(store, "en", (120, 40)) as (app, pilot):
        screen = await open_list(app, pilot)
        gate, threads = held_reads(screen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # a second Enter of a burst waits for the first: one read
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ItemsScreen | FollowUpScreen), app.screen  # the key was not held
        gate.set()
        await finish(pilot)
        assert not isinstance(app.screen, ItemsScreen | FollowUpScreen), app.screen  # the answer dropped
        assert threads == [False], threads
    assert SurveyStore.open(store).get(VISIT["id"]) is not None


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_a_read_landing_under_the_help_opens_the_dialog_once_the_list_is_shown_again(
        store: Path, lang: str, size: tuple[int, int]) -> None:  # noqa: F811
    """F1 over the list while Enter's read was out had dropped the read: Enter had to be pressed again."""
    async with browsing(store, lang, size) as (app, pilot):
        screen = await open_list(app, pilot)
        gate, threads = held_reads(screen)
        await pilot.press("j", "enter", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and app.screen_stack[-2] is screen
        gate.set()
        await finish(pilot)
        assert isinstance(app.screen, HelpScreen)  # not put over the help: it waits for the list
        await pilot.press("escape")
        await finish(pilot)
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen) and dialog.ref == ("recommendations", 1), dialog
        assert [type(shown) for shown in app.screen_stack][1:] == [FollowUpScreen]  # the list gone, as after Enter
        assert threads == [False], threads


async def test_enter_and_f1_in_one_burst_open_the_dialog_once_the_help_closes(store: Path) -> None:  # noqa: F811
    """F1 is bound with priority and had overtaken the list's Enter, which then found the list covered: dropped."""
    async with browsing(store, "vi", (80, 24)) as (app, pilot):
        screen = await open_list(app, pilot)
        burst(app, "j")
        app.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("f1", None))
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the list's keys")
        await finish(pilot)
        assert app.screen_stack[-2] is screen
        await pilot.press("escape")
        await finish(pilot)
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen) and dialog.ref == ("recommendations", 1), dialog
