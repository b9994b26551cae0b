"""Small apps and waits shared by the Pilot tests of one widget or of the index's first screens."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.app import App, ComposeResult
from textual.pilot import Pilot

from tui.widgets.search_bar import SearchBar


class LineOnly(App[None]):
    """The search line alone, keeping every message it sends."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[SearchBar.Typed | SearchBar.Closed] = []

    def compose(self) -> ComposeResult:
        yield SearchBar("/", "", id="search-bar")

    def on_search_bar_typed(self, message: SearchBar.Typed) -> None:
        self.asked.append(message)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.asked.append(message)


async def until(pilot: Pilot, condition: Callable[[], object], limit: float = 15.0) -> None:
    """Wait for `condition`, polling every 20 ms; fail after `limit` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        assert loop.time() < deadline, "timed out"
        await pilot.pause(0.02)
    await pilot.pause()


def newest_ids(records: list[dict]) -> list[str]:
    """The ids of `records`, newest first, as the list shows them."""
    return [r["id"] for r in sorted(records, key=lambda r: (r["date"], r["id"]), reverse=True)]
