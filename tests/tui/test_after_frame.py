"""What waits for a search's frame (`tui.after_frame`): held from the landing until the frame is drawn, then run
once the frame has had time to go out; run at once when no frame is awaited; never lost when the screen goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tui.after_frame import LATER, AfterFrame


class _Screen:
    """Stands for the browser screen: its timers are kept, to be fired by the test."""

    def __init__(self) -> None:
        self.timers: list[tuple[float, Callable[[], object]]] = []

    def set_timer(self, delay: float, callback: Callable[[], object], **_: Any) -> None:
        self.timers.append((delay, callback))

    def fire(self) -> None:
        timers, self.timers = self.timers, []
        for _, callback in timers:
            callback()


def test_calls_wait_for_the_frame_of_the_search_that_landed() -> None:
    screen, ran = _Screen(), []
    after = AfterFrame(screen)  # type: ignore[arg-type]
    after.call(lambda: ran.append("at once"))
    assert ran == ["at once"] and not after.holding
    after.expect()
    after.call(lambda: ran.append("note"))
    assert ran == ["at once"] and after.holding
    after.drawn()
    assert [delay for delay, _ in screen.timers] == [LATER] and ran == ["at once"]
    screen.fire()
    assert ran == ["at once", "note"] and not after.holding


def test_a_search_landing_before_the_timer_keeps_them_for_its_own_frame() -> None:
    screen, ran = _Screen(), []
    after = AfterFrame(screen)  # type: ignore[arg-type]
    after.expect()
    after.call(lambda: ran.append("settings"))
    after.drawn()
    after.expect()  # the counts landed: their frame is to come
    screen.fire()
    assert ran == [] and after.holding
    after.drawn()
    screen.fire()
    assert ran == ["settings"]


def test_flush_runs_what_waits_when_the_screen_goes() -> None:
    screen, ran = _Screen(), []
    after = AfterFrame(screen)  # type: ignore[arg-type]
    after.expect()
    after.call(lambda: ran.append("settings"))
    after.flush()
    assert ran == ["settings"] and not after.holding and screen.timers == []
