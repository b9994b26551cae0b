"""Driving the browser in tests: start it, run the common flows, wait for its workers, read what it shows.

Every read of the app's own state (its result, filter, catalog, records) goes through a function here, so
that when the app's internals move only this module changes.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from io import StringIO
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from store.query import Filter
from tests.tui.waiting import until
from tui.app import SurveysApp
from tui.screens.picker import PickerScreen
from tui.widgets.key_footer import KeyFooter

ScreenT = TypeVar("ScreenT", bound=Screen[Any])
SMALL = (80, 24)
"""The terminal the browser must work in: ssh at 80×24."""


# -- starting ------------------------------------------------------------------
@asynccontextmanager
async def browsing(path: Path, lang: str = "en", size: tuple[int, int] = SMALL,
                   **options: Any) -> AsyncIterator[tuple[SurveysApp, Pilot[Any]]]:
    """The browser on the store at `path`, started on a virtual terminal and settled: `(app, pilot)`."""
    app = SurveysApp(path, lang=lang, **options)
    keep_notes(app)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot


async def settle(pilot: Pilot, limit: float = 30.0) -> None:
    """Wait until loading, searching and any typed search have finished and been shown."""
    app = pilot.app
    assert isinstance(app, SurveysApp)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while loop.time() < deadline:
        await pilot.pause()
        if app.is_idle:
            await pilot.pause()
            if app.is_idle:  # still, once the messages then queued (a selection to draw) have run
                return
        await asyncio.sleep(0.01)
    raise AssertionError("the browser did not settle")


async def finish(pilot: Pilot) -> None:
    """Wait for the workers a dialog started (a save, an export, an import), then for what they reload. A worker that
    fails on purpose (a save that meets another office's change: `exit_on_error=False`, its screen says why) is waited
    for like the others: `wait_for_complete` raised its error when it was still running, not when it had ended."""
    await asyncio.gather(*(worker.wait() for worker in list(pilot.app.workers)), return_exceptions=True)
    await settle(pilot)


# -- the common flows ------------------------------------------------------------
async def type_text(pilot: Pilot, text: str) -> None:
    """Type `text` key by key, as a user would (spaces included)."""
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def answer(pilot: Pilot, key: str, text: str) -> None:
    """Open the picker or dialog under `key`, type `text`, take it with Enter and wait for the list."""
    await pilot.press(key)
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


async def search(pilot: Pilot, text: str) -> None:
    """`/`, type `text`, Enter: the search becomes part of the filter."""
    await answer(pilot, "slash", text)


async def set_filter(pilot: Pilot, text: str) -> None:
    """`:`, replace the whole filter with `text`, Enter."""
    await pilot.press("colon", "ctrl+u")
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


async def open_screen(pilot: Pilot, key: str, kind: type[ScreenT]) -> ScreenT:
    """Press `key` and return the screen it opens, which must be a `kind`."""
    await pilot.press(key)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, kind), f"{key} opened {type(screen).__name__}, not {kind.__name__}"
    return screen


async def run_from_palette(pilot: Pilot, typed: str) -> None:
    """Open the command palette, type `typed`, run the first command it offers.

    The palette gathers its commands in a worker: Enter waits until that worker has finished and the list shows
    what it found, not a fixed time (0.3 s was not enough on a loaded machine); the command has run once the
    palette has gone and the messages it left have been handled.
    """
    app = pilot.app
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette to open")
    palette = app.screen
    await type_text(pilot, typed)
    await until(pilot, lambda: not _gathering(app) and palette.query_one(CommandList).option_count > 0,
                "the palette's commands")
    await pilot.press("enter")
    await until(pilot, lambda: app.screen is not palette, "the palette to close")
    await pilot.pause()


def _gathering(app: App[Any]) -> bool:
    group = getattr(CommandPalette, "_GATHER_COMMANDS_GROUP", "--textual-command-palette-gather-commands")
    return any(worker.group == group and not worker.is_finished for worker in app.workers)


def picker(app: App[Any]) -> PickerScreen:
    """The picker on screen (a test that finds another screen there fails here, not on an attribute)."""
    assert isinstance(app.screen, PickerScreen), type(app.screen).__name__
    return app.screen


def screen_text(app: SurveysApp) -> str:
    """The whole screen as plain text, top line first."""
    console = Console(file=StringIO(), width=app.size.width, height=app.size.height, record=True,
                      color_system=None, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text()


def footer_text(app: SurveysApp) -> list[str]:
    """The footer's lines as the screen shows them (one, or two on a tall terminal: `tui.keys.footer_lines`)."""
    return screen_text(app).splitlines()[-app.screen.query_one(KeyFooter).size.height:]


# -- the app's state (the one place that reaches into the app) -----------------
def filter_text(app: SurveysApp) -> str:
    """The filter as the filter bar shows it."""
    return app.filter_bar.input.value


def active_filter(app: SurveysApp) -> Filter:
    """The filter the list was last searched with."""
    return app.active_filter


def result(app: SurveysApp) -> Any:
    """The current search result (total, facets, page) or None before the first search ends."""
    return app.found


def catalog(app: SurveysApp) -> Any:
    """What the list reads its rows from (a loaded store, or pages of the index)."""
    return app.catalog


def record_at(app: SurveysApp, position: int) -> dict[str, Any]:
    """The record in the list's row `position`."""
    return app.record(position)


def view_records(app: SurveysApp) -> list[dict[str, Any]]:
    """Every record of the filtered view, as the figures view and the export take them."""
    return app.view_records()


def listed_ids(app: SurveysApp) -> list[str]:
    """Ids of the surveys in the list, in the order shown."""
    assert catalog(app) is not None
    return [record_at(app, position)["id"] for position in app.survey_list.rows]


def selected_id(app: SurveysApp) -> str | None:
    position = app.survey_list.selected
    return None if position is None or not app.is_listed else record_at(app, position)["id"]


def details_text(app: SurveysApp, width: int = 200) -> str:
    """The details pane's content rendered wide, so nothing wraps mid-value."""
    body = app.details.query_one("#details-body", Static)
    console = Console(file=StringIO(), width=width, record=True, color_system=None, legacy_windows=False)
    console.print(body.content)
    return console.export_text()


def facet_lines(app: SurveysApp) -> list[str]:
    """The facet sidebar's lines, as plain text."""
    panel = app.facets
    return [panel.entry_text(i).rstrip() for i in range(panel.entry_count)]


def keep_notes(app: App[Any]) -> None:
    """Keep every notification the app makes, for `notes` and `note_titles`.

    A toast leaves the screen, and `app._notifications`, once its timeout (5 s) has passed by the wall clock:
    on a loaded machine the steps between a save and the test's look at its note ("Saved …") took longer, and
    the note was gone. What the app said is the condition to test, not whether it is still on screen.
    """
    said: list[tuple[str, str]] = []
    notify = app.notify

    def kept(message: str, **options: Any) -> None:
        said.append((message, options.get("title", "")))
        notify(message, **options)

    app.notify = kept  # type: ignore[method-assign]  # widgets and screens notify through `self.app.notify`
    app._notes_said = said  # type: ignore[attr-defined]


def notes(app: App[Any]) -> list[str]:
    """Messages of the notifications the app made (toasts are drawn on a layer screen_text misses); for an app
    not started by `browsing` (no `keep_notes`), those still on screen."""
    said = getattr(app, "_notes_said", None)
    return [message for message, _ in said] if said is not None else [note.message for note in app._notifications]


def note_titles(app: App[Any]) -> list[str]:
    """Titles of the notifications the app made (see `notes`)."""
    said = getattr(app, "_notes_said", None)
    return [title for _, title in said] if said is not None else [note.title for note in app._notifications]


def searches_started(app: SurveysApp) -> int:
    """How many searches the app has started (each new one makes the previous moot)."""
    return app.browser.searches.generation


def index_stale(app: SurveysApp) -> bool:
    """Whether the list still shows the index as it was while a rebuild runs."""
    return app.state.index_stale


def burst(app: SurveysApp, text: str) -> None:
    """Queue `text` as key events all at once, as a paste or a fast terminal delivers them ("\\r" is Enter, "\\x7f"
    Backspace)."""
    from textual import events  # noqa: PLC0415

    names = {"/": "slash", " ": "space", "\r": "enter", "?": "question_mark", "\x7f": "backspace"}
    for ch in text:
        app.post_message(events.Key(names.get(ch, ch), ch))
