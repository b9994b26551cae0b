"""The bare app the Pilot and snapshot tests of one screen or one widget run it in.

Six test files each carried a copy of the same few lines (an `App` that pushes one screen when mounted, or yields
one widget); they share this one now. It keeps the name `Host`: an app's title is its class name, and the SVG
snapshots show it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widget import Widget


class Host(App[None]):
    """Yields what `widgets` makes, then, once mounted, calls `mounted` and pushes the screen `screen` makes (each
    made then, inside the running app, as the copies did)."""

    def __init__(self, screen: Callable[[], Screen[Any]] | None = None, *,
                 widgets: Callable[[], Iterable[Widget]] = tuple,
                 mounted: Callable[[Host], None] | None = None) -> None:
        super().__init__()
        self.make_screen, self.make_widgets, self.mounted = screen, widgets, mounted

    def compose(self) -> ComposeResult:
        yield from self.make_widgets()

    def on_mount(self) -> None:
        if self.mounted is not None:
            self.mounted(self)
        if self.make_screen is not None:
            self.push_screen(self.make_screen())
