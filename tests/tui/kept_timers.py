"""A stand-in for an app or screen whose timers a test fires by hand, so that nothing waits on a wall clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class KeptTimers:
    """Stands for the app or the browser screen: its timers are kept, to be fired by the test."""

    def __init__(self) -> None:
        self.timers: list[tuple[float, Callable[[], object]]] = []

    def set_timer(self, delay: float, callback: Callable[[], object], **_: Any) -> None:
        self.timers.append((delay, callback))

    def fire(self) -> None:
        timers, self.timers = self.timers, []
        for _, callback in timers:
            callback()
