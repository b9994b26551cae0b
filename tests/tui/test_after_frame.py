"""What waits for a search's frame (`tui.after_frame`): held from the landing until the frame is drawn, then run
once the frame has had time to go out; run at once when no frame is awaited; never lost when the screen goes."""

from __future__ import annotations

from tests.tui.kept_timers import KeptTimers
from tui.after_frame import LATER, AfterFrame


def test_calls_wait_for_the_frame_of_the_search_that_landed() -> None:
    screen, ran = KeptTimers(), []
    after = AfterFrame(screen)  # type: ignore[arg-type]
    after.call(lambda: ran.append("at once"))
    assert ran == ["at once"] and not after.holding
    after.expect()
    after.call(lambda: ran.append("note"))
    assert ran == ["at once"] and after.holding and after.awaited
    after.drawn()
    assert not after.awaited
    assert [delay for delay, _ in screen.timers] == [LATER] and ran == ["at once"]
    screen.fire()
    assert ran == ["at once", "note"] and not after.holding


def test_a_search_landing_before_the_timer_keeps_them_for_its_own_frame() -> None:
    screen, ran = KeptTimers(), []
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
    screen, ran = KeptTimers(), []
    after = AfterFrame(screen)  # type: ignore[arg-type]
    after.expect()
    after.call(lambda: ran.append("settings"))
    after.flush()
    assert ran == ["settings"] and not after.holding and screen.timers == []
