"""The launch draws the browser once, with its rows: nothing is drawn until the first search lands.

Between the app's start and its first rows the screen used to change five
times (the empty list, "Opening…", "Filtering…", the footer, the rows and
counts). Each was a whole-screen layout of 25–40 ms, and each took the
interpreter from the worker opening the index, so the rows came later for
every frame drawn before them. `FirstFrame` holds Textual's repaints in one
batch from the screen's mount until the first counts are shown. A store
that is slow to open (a first index build, a distant PostgreSQL server)
shows its "Opening…" state after `PATIENCE`, as it did before.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from textual.app import App

PATIENCE = 0.4
"""Seconds the screen stays undrawn at most: longer than a fresh index takes to its first counts at a million
records on a quiet machine, short enough to say "Opening…" before a user wonders."""


class FirstFrame:
    """Holds the screen's repaints from `hold()` until `release()` or `PATIENCE`, whichever comes first."""

    def __init__(self) -> None:
        self._batch: AbstractContextManager[None] | None = None

    def hold(self, app: App[Any]) -> None:
        if self._batch is not None:
            return
        self._batch = app.batch_update()
        self._batch.__enter__()
        app.set_timer(PATIENCE, self.release, name="first-frame")  # read here: tests shorten it

    def release(self) -> None:
        """Draw what there is now; every later call does nothing."""
        batch, self._batch = self._batch, None
        if batch is not None:
            batch.__exit__(None, None, None)
