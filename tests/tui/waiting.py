"""Waiting for what a test depends on, never for a fixed time.

A fixed pause (`pilot.pause(0.3)`) is a guess at how long the machine takes: on a loaded machine the keys of a
burst, a debounce or a redraw can take longer, and the test then reads a screen half way. Each wait here
polls a condition and fails, naming it, after a limit far beyond what a loaded machine needs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget

LIMIT = 30.0
"""Seconds before a wait fails: a loaded machine is slow, never this slow."""


async def until(pilot: Pilot[Any], condition: Callable[[], object], what: str, limit: float = LIMIT) -> None:
    """Handle the app's messages until `condition()` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"waited {limit} s for {what}")
        await pilot.pause()
        await asyncio.sleep(0.01)


def queued(app: App[Any]) -> int:
    """Messages waiting in the app, its screens (the whole stack: a burst may open a picker) and their widgets."""
    nodes: list[Any] = [app]
    for screen in app.screen_stack:
        nodes.extend(screen.walk_children(with_self=True))
    return sum(node._message_queue.qsize() for node in nodes)


def _idle(app: App[Any]) -> bool:
    """The browser's own idea of idle (no load, search, typed search or count in flight) when it is the browser."""
    return bool(getattr(app, "is_idle", True))


async def drained(pilot: Pilot[Any], limit: float = LIMIT, idle: bool = True) -> None:
    """Every key of a burst handled, and whatever it set off: no message waiting anywhere and (`idle`) the browser
    idle, twice in a row (a message handled may queue others, a search may start after the last key). `idle`
    False: only the messages, for a dialog in front of a browser that has not loaded (and will not meanwhile)."""
    app = pilot.app
    calm = 0

    def still() -> bool:
        nonlocal calm
        calm = calm + 1 if queued(app) == 0 and (_idle(app) or not idle) else 0
        return calm >= 2

    await until(pilot, still, "the burst's keys and what they set off", limit)


def searching(app: App[Any]) -> bool:
    """A search's worker is still running (its rows or counts not yet sent)."""
    return any(worker.group == "search" and not worker.is_finished for worker in app.workers)


async def drawn(pilot: Pilot[Any], limit: float = LIMIT) -> None:
    """The screen updated: every widget that asked to be drawn again has been (its lines rendered)."""
    screen = pilot.app.screen

    def clean() -> bool:
        dirty: set[Widget] = getattr(screen, "_dirty_widgets", set())
        return not dirty and not getattr(screen, "_layout_required", False) and queued(pilot.app) == 0

    await until(pilot, clean, "the screen to be drawn", limit)


async def clickable(pilot: Pilot[Any], button: Widget, limit: float = LIMIT) -> None:
    """A button takes a click again: it ignores one while it still shows the last ("-active", for a set time)."""
    await until(pilot, lambda: not button.has_class("-active"), "the button's last press to end", limit)


async def palette_ready(pilot: Pilot[Any], limit: float = LIMIT) -> None:
    """The command palette open with what it found for the text typed so far (it gathers in a worker)."""
    from textual.command import CommandList, CommandPalette  # noqa: PLC0415

    app = pilot.app
    group = getattr(CommandPalette, "_GATHER_COMMANDS_GROUP", "--textual-command-palette-gather-commands")

    def ready() -> bool:
        screen = app.screen
        gathering = any(worker.group == group and not worker.is_finished for worker in app.workers)
        return isinstance(screen, CommandPalette) and not gathering and screen.query_one(CommandList).option_count > 0

    await until(pilot, ready, "the palette's commands", limit)
