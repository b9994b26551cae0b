"""The launch draws the browser once, with its rows: nothing is drawn until the first search lands.

Between the app's start and its first rows the screen used to change five
times (the empty list, "Opening…", "Filtering…", the footer, the rows and
counts). Each was a whole-screen layout of 25–40 ms, and each took the
interpreter from the worker opening the index, so the rows came later for
every frame drawn before them. `FirstFrame` holds Textual's repaints in one
batch from the screen's mount until the first search's rows and count are
shown. Its facet counts come in the next frame: the search counts them only
once this one is out (`drawn`), so that neither their counting, nor the
ward and body tables they are shown with, nor the sidebar's drawing is paid
before the rows (at 100,000 records about a tenth of the launch's CPU). A store
that is slow to open (a first index build, a distant PostgreSQL server)
shows its "Opening…" state after `PATIENCE`, as it did before.

Python's cyclic collector is held off for the launch too (turned off by the
`surveys` command before it imports the browser, `hold_collector`): until the
first frame is drawn, everything allocated (Textual's and our modules, the
widgets, the index's first tables) lives on, so the 130–170 collections that
walked it cost CPU and freed nearly nothing (60–70 ms of CPU before the
first frame at 100k, measured under load; about a tenth of the launch). Once
the first frame is drawn the collector is let go, with what is alive then
frozen (`gc.freeze()`, as `tui.heap` does once the catalog is read ahead), so
that its first collection does not walk the whole launch's heap at once.
Tests and other callers of the app, whose collector was not turned off, are
left alone.
"""

from __future__ import annotations

import gc
import threading
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

PATIENCE = 0.4
"""Seconds the screen stays undrawn at most: longer than a fresh index takes to its first counts at a million
records on a quiet machine, short enough to say "Opening…" before a user wonders."""

_collector_held = False
"""The collector was turned off for the launch, and nothing has let it go yet."""


def hold_collector() -> None:
    """The `surveys` command turned Python's cyclic collector off before importing the browser: keep it off
    until the first frame is drawn (`let_collector_go`)."""
    global _collector_held
    _collector_held = True


def let_collector_go() -> None:
    """Freeze what the launch left alive and turn the collector back on; nothing if it was not held here."""
    global _collector_held
    if _collector_held:
        _collector_held = False
        gc.freeze()
        gc.enable()


class FirstFrame:
    """Holds the screen's repaints from `hold()` until `release()` or `PATIENCE`, whichever comes first."""

    def __init__(self) -> None:
        self._batch: AbstractContextManager[None] | None = None
        self._app: App[Any] | None = None
        self.drawn = threading.Event()
        """Set once the first frame is out: the launch's facet counts wait for it (`Searches.start`)."""

    def hold(self, app: App[Any]) -> None:
        if self._batch is not None:
            return
        self._app = app
        self._batch = app.batch_update()
        self._batch.__enter__()
        app.set_timer(PATIENCE, self.release, name="first-frame")  # read here: tests shorten it

    def release(self) -> None:
        """Draw what there is now; every later call does nothing. The collector goes back on once it is drawn."""
        batch, self._batch = self._batch, None
        if batch is not None:
            batch.__exit__(None, None, None)
            if self._app is not None:
                self._app.call_after_refresh(self._drawn)
            else:
                self.drawn.set()

    def _drawn(self) -> None:
        self.drawn.set()
        let_collector_go()
