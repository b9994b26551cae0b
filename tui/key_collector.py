"""Python's cyclic collector waits while a key is answered, and runs in the pause after it.

Measured in the real browser in a pty at 100,000 records (`scripts/key_phases.py`,
which logs the collector's passes): picking a ward (w, a letter, Enter) every
2.5 s set off a full collection every 3 s or so, each 25-50 ms of CPU (up to
140 ms), landing in one Enter in five: the picker Enter's p95. Even with the
launch's heap frozen (`tui.heap`), each frame leaves cyclic garbage (Textual's
strips and their caches), and a full pass walks what survived since. Young
collections cost another 6-9 ms of each Enter. None of that is what the user
waits for; all of it can wait until the keys pause.

So, from the first key of a burst, the collector is off; it is back on once
no key has come for `QUIET` seconds and the browser has drawn what the keys
asked for (or `PATIENCE` has passed: a long count must not keep it off), and
it then does the work it owes at once, in the pause. Young garbage is still
collected during a long burst (a key held down) once it reaches `YOUNG`
objects, so memory stays bounded. Only the `surveys` command turns this on;
tests and other callers of the app keep Python's default.

What survives in the pause is frozen there too (`sweep`). The launch's heap
is frozen once the catalog is read ahead (`tui.heap`), but whatever lived
through two young collections after that (each frame's strips and their
caches, the pickers' choices, pages of records) piled up in the oldest
generation, which a full collection walks whole: at 100,000 records, after a
minute of picking, 80,000-110,000 objects, passes of 65-220 ms of CPU every
10-20 s, one of which landed on a key now and then (#17: a picker key's p95).
So, in the pause, once the browser is alone on screen (a dialog's widgets
would be garbage as soon as it closes), the collector runs in full, which
walks only what the keys made since the last pause, and what is left is
frozen: the next full pass walks little again. A cycle frozen alive and
dropped later waits (a note shown for a few seconds, a finished worker: some
4,000 objects a pick at 100,000 records): once the frozen heap has grown by
half since it was last walked (`REWALK`), it is unfrozen and walked whole,
once, in a longer pause (`LONG_QUIET`: the pass costs what a full collection
cost before, 100-300 ms of CPU, so it waits until the user has stopped).
The frozen heap's growth is what the sweeps froze, added up: counting the
frozen heap walks it (`gc.get_freeze_count`, 40-75 ms at 100,000 records,
two thirds of each sweep when each sweep counted it), so it is counted only
in a long pause.

The pause begins once the frame that answers the last key is on screen
(`shown`: drawn and written to the terminal, `tui.frames_out`), never between
a key and its answer: a sweep holds the interpreter, and Textual's writer
thread needs it to send the frame (#17, session 15).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

from textual.app import App

QUIET = 0.2
"""Seconds without a key before the collector runs again: longer than a key's answer takes at 100,000 records,
shorter than a pause between words."""
PATIENCE = 1.0
"""Seconds after the last key after which the collector runs even if the browser is still busy."""
YOUNG = 100_000
"""Objects allocated with the collector off before a key collects the young ones anyway (a few milliseconds)."""
REWALK = 1.5
"""Growth of the frozen heap since it was last walked in full after which a long pause walks it in full again."""
LONG_QUIET = 1.0
"""Seconds without a key before the frozen heap, grown by `REWALK`, is walked in full."""


class KeyCollector:
    """The collector off from a key until the pause after it (see the module docstring)."""

    def __init__(self, app: App[Any], settled: Callable[[], bool],
                 alone: Callable[[], bool] | None = None, shown: Callable[[], bool] = lambda: True) -> None:
        self._app = app
        self._settled = settled
        """The browser has done what the keys asked for (nothing searched, counted or waiting to be drawn)."""
        self._shown = shown
        """The screen has drawn it, and the terminal has every frame drawn (`tui.frames_out`): the pause begins
        only once the frame answering the last key is on screen, never between a key and its answer."""
        self._alone = alone
        """The browser is alone on screen (no dialog over it): what survives a pause can be frozen (`sweep`);
        None: never freeze."""
        self._walked = 0
        """The frozen heap's size when it was last walked in full or measured (0: not yet)."""
        self._grown = 0
        """Objects the sweeps have frozen since."""
        self.active = False
        self._held = False
        """This turned the collector off, and turns it back on."""
        self._last = 0.0
        self._waiting = False
        """A timer will look whether the keys have paused."""

    def key(self) -> None:
        """A key has come: the collector waits for the pause after it."""
        if not self.active:
            return
        self._last = time.monotonic()
        if self._held:
            if gc.get_count()[0] > YOUNG:
                gc.collect(1)  # the young generations only: a full pass is what waits for the pause
        elif gc.isenabled():
            gc.disable()
            self._held = True
        else:  # off for another reason (the launch's first frame): left to whoever turned it off
            return
        if not self._waiting:
            self._waiting = True
            self._app.set_timer(QUIET, self._look, name="key-collector")

    def _look(self) -> None:
        quiet = time.monotonic() - self._last
        if quiet < QUIET or (not (self._settled() and self._shown()) and quiet < PATIENCE):
            self._app.set_timer(max(0.02, QUIET - quiet), self._look, name="key-collector")
            return
        self._waiting = False
        held = self._held
        self.release()
        if held:
            self.sweep()

    def sweep(self) -> None:
        """In the pause after keys: collect what they left and freeze what survives (see the module docstring)."""
        if self._alone is None or not self._alone() or not gc.isenabled():
            return
        gc.collect()
        self._grown += len(gc.get_objects(generation=2))  # what survived since the last freeze (frozen: not listed)
        gc.freeze()
        if not self._walked or self._grown > self._walked * (REWALK - 1):
            self._app.set_timer(LONG_QUIET, self._rewalk, name="key-collector-rewalk")

    def _rewalk(self) -> None:
        """The frozen heap walked whole (cycles frozen alive and dropped since), if no key has come meanwhile; the
        first time, only measured. Its size is read in a long pause only: counting it walks it (40-75 ms of each
        sweep at 100k when every sweep counted it, #17), so a sweep adds up what it freezes instead."""
        if (time.monotonic() - self._last < LONG_QUIET or self._held or self._alone is None or not self._alone()
                or not gc.isenabled()):
            return  # the next pause will ask again
        if not self._walked:
            self._walked, self._grown = gc.get_freeze_count(), 0
            return
        if self._grown <= self._walked * (REWALK - 1):
            return  # walked already (each pause since asked once)
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._walked, self._grown = gc.get_freeze_count(), 0

    def release(self) -> None:
        """The collector back on (the keys paused, or the app is ending)."""
        if self._held:
            self._held = False
            gc.enable()
