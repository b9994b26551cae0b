"""Work that waits until the frame showing a search's outcome is drawn: the key that started it is answered first.

Enter in a picker at 100,000 records was answered in one frame that held,
beside the rows and counts, a toast (a ward merged away, `say_former_wards`:
its layout and drawing some 20 ms) and the settings written to disk (a file
written and renamed on the interface's thread). Neither is what the user
waits for. `AfterFrame` keeps such calls from the moment a search lands
until the screen has drawn it, then runs them a moment later (`LATER`):
Textual hands a frame to a writer thread, and a toast laid out at once
kept the interpreter from it, so that the frame reached the terminal some
30 ms late. When no search's frame is awaited they run at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.screen import Screen

LATER = 0.03
"""Seconds between a frame drawn and what waited for it: time for the writer thread to send the frame."""


class AfterFrame:
    """Calls held until the screen has drawn the search that landed last (see the module docstring)."""

    def __init__(self, screen: Screen[Any]) -> None:
        self._screen = screen
        self._awaited = False
        self._calls: list[Callable[[], object]] = []

    @property
    def holding(self) -> bool:
        """Calls are waiting for the frame."""
        return bool(self._calls)

    @property
    def awaited(self) -> bool:
        """A search has landed whose frame is not drawn yet."""
        return self._awaited

    def expect(self) -> None:
        """A search has landed: the frame that shows it is to come."""
        self._awaited = True

    def call(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the awaited frame is drawn (now if none is awaited)."""
        if self._awaited:
            self._calls.append(callback)
        else:
            callback()

    def drawn(self) -> None:
        """The screen has drawn a frame: what waited for it runs once the frame is out (`LATER`)."""
        self._awaited = False
        if self._calls:
            self._screen.set_timer(LATER, self._run, name="after-frame")

    def _run(self) -> None:
        if not self._awaited:  # else another search landed meanwhile: its frame first
            self.flush()

    def flush(self) -> None:
        """Run what waits now (the screen is going: nothing is lost, a filter to remember least of all)."""
        self._awaited = False
        calls, self._calls = self._calls, []
        for callback in calls:
            callback()
