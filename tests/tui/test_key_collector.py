"""The cyclic collector waits while keys are answered (`tui.key_collector`): off from a key, back on once the keys
have paused and the browser has drawn them, or after `PATIENCE` however busy; young garbage still collected in a
long burst; left alone when it was off already, and when the collector is not active (tests, other callers)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest

import tui.key_collector as kc
from tests.tui.kept_timers import KeptTimers
from tui.key_collector import PATIENCE, QUIET, YOUNG, KeyCollector


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Clock]:
    clock = _Clock()
    monkeypatch.setattr(kc, "time", clock)
    enabled = gc.isenabled()
    gc.enable()
    try:
        yield clock
    finally:
        gc.enable() if enabled else gc.disable()


def _collector(settled: Callable[[], bool] = lambda: True) -> tuple[KeptTimers, KeyCollector]:
    app = KeptTimers()
    collector = KeyCollector(app, settled)  # type: ignore[arg-type]
    collector.active = True
    return app, collector


def test_off_from_a_key_until_the_keys_pause(clock: _Clock) -> None:
    app, collector = _collector()
    collector.key()
    assert not gc.isenabled() and [delay for delay, _ in app.timers] == [QUIET]
    clock.now += QUIET / 2
    collector.key()  # a second key: one timer only, which looks again
    assert len(app.timers) == 1
    clock.now += QUIET / 2 + 0.001
    app.fire()
    assert not gc.isenabled() and len(app.timers) == 1  # QUIET has not passed since the second key
    clock.now += QUIET
    app.fire()
    assert gc.isenabled() and not app.timers


def test_waits_for_the_frame_but_not_past_patience(clock: _Clock) -> None:
    busy = [True]
    app, collector = _collector(lambda: not busy[0])
    collector.key()
    clock.now += QUIET + 0.001
    app.fire()
    assert not gc.isenabled() and app.timers  # the answer is not drawn yet
    clock.now += PATIENCE
    app.fire()
    assert gc.isenabled()


def test_young_garbage_is_collected_in_a_long_burst(clock: _Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    collected: list[int] = []

    def collect(generation: int = 2) -> int:
        collected.append(generation)
        return 0

    monkeypatch.setattr(kc.gc, "collect", collect)
    monkeypatch.setattr(kc.gc, "get_count", lambda: (YOUNG + 1, 0, 0))
    _, collector = _collector()
    collector.key()
    collector.key()
    assert collected == [1] and not gc.isenabled()
    collector.release()
    assert gc.isenabled()


def test_left_alone_when_off_already_or_inactive(clock: _Clock) -> None:
    app, collector = _collector()
    gc.disable()  # as the launch does until its first frame
    collector.key()
    collector.release()
    assert not gc.isenabled() and not app.timers
    gc.enable()
    collector.active = False
    collector.key()
    assert gc.isenabled() and not app.timers
