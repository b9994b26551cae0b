"""Driving the browser in tests: wait for its workers, read what it shows."""

from __future__ import annotations

import asyncio
from io import StringIO

from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Static

from tui.app import SurveysApp


async def settle(pilot: Pilot, limit: float = 10.0) -> None:
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


async def type_text(pilot: Pilot, text: str) -> None:
    """Type `text` key by key, as a user would (spaces included)."""
    await pilot.press(*["space" if ch == " " else ch for ch in text])


def screen_text(app: SurveysApp) -> str:
    """The whole screen as plain text, top line first."""
    console = Console(file=StringIO(), width=app.size.width, height=app.size.height, record=True,
                      color_system=None, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text()


def listed_ids(app: SurveysApp) -> list[str]:
    """Ids of the surveys in the list, in the order shown."""
    assert app.catalog is not None
    return [app.record(position)["id"] for position in app.survey_list.rows]


def selected_id(app: SurveysApp) -> str | None:
    position = app.survey_list.selected
    return None if position is None or not app.is_listed else app.record(position)["id"]


def details_text(app: SurveysApp, width: int = 200) -> str:
    """The details pane's content rendered wide, so nothing wraps mid-value."""
    body = app.details.query_one("#details-body", Static)
    console = Console(file=StringIO(), width=width, record=True, color_system=None, legacy_windows=False)
    console.print(body.content)
    return console.export_text()


def facet_lines(app: SurveysApp) -> list[str]:
    """The facet sidebar's lines, as plain text."""
    panel = app.facets
    return [str(panel.get_option_at_index(i).prompt).rstrip() for i in range(panel.option_count)]


def notes(app: SurveysApp) -> list[str]:
    """Messages of the notifications on screen (toasts are drawn on a layer screen_text misses)."""
    return [note.message for note in app._notifications]


def burst(app: SurveysApp, text: str) -> None:
    """Queue `text` as key events all at once, as a paste or a fast terminal delivers them ("\\r" is Enter)."""
    from textual import events  # noqa: PLC0415

    names = {"/": "slash", " ": "space", "\r": "enter", "?": "question_mark"}
    for ch in text:
        app.post_message(events.Key(names.get(ch, ch), ch))
