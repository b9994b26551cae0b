"""In the pause after keys, what they left is collected and what survives is frozen (`KeyCollector.sweep`), so that a
full collection never walks a heap that has piled up over a session; only while the browser is alone on screen, and
the frozen heap is walked in full again, in a pause of `LONG_QUIET`, once it has grown by `REWALK`."""

from __future__ import annotations

import gc

import pytest

import tui.key_collector as kc
from tests.tui.kept_timers import KeptTimers
from tests.tui.test_key_collector import _Clock
from tests.tui.test_key_collector import clock as _clock
from tui.key_collector import LONG_QUIET, QUIET, REWALK, KeyCollector

clock = _clock  # the fake clock fixture of test_key_collector, used here too


class _Collector:
    """Stands for the `gc` calls `sweep` makes: counted, nothing frozen in the test process."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.frozen = 1_000
        self.survivors = 0
        """What the next full collection leaves in the oldest generation (frozen by the sweep after it)."""

    def collect(self, generation: int = 2) -> int:
        self.calls.append(f"collect{generation}")
        return 0

    def freeze(self) -> None:
        self.calls.append("freeze")

    def unfreeze(self) -> None:
        self.calls.append("unfreeze")

    def get_freeze_count(self) -> int:
        self.calls.append("count")  # walks the whole frozen heap: only in a long pause
        return self.frozen

    def get_objects(self, generation: int | None = None) -> list[object]:
        assert generation == 2
        return [None] * self.survivors

    def freeze_survivors(self) -> None:
        self.frozen += self.survivors


@pytest.fixture
def collector_calls(monkeypatch: pytest.MonkeyPatch) -> _Collector:
    fake = _Collector()
    for name in ("collect", "freeze", "unfreeze", "get_freeze_count", "get_objects"):
        monkeypatch.setattr(kc.gc, name, getattr(fake, name))
    return fake


def _pause(app: KeptTimers, collector: KeyCollector, clock: _Clock) -> None:
    """A key, then a pause long enough for the collector to come back."""
    collector.key()
    clock.now += QUIET + 0.001
    app.fire()


def _collector(alone: list[bool] | None) -> tuple[KeptTimers, KeyCollector]:
    app = KeptTimers()
    collector = KeyCollector(app, lambda: True, None if alone is None else (lambda: alone[0]))  # type: ignore[arg-type]
    collector.active = True
    return app, collector


def test_the_pause_collects_then_freezes(clock: _Clock, collector_calls: _Collector) -> None:
    app, collector = _collector([True])
    _pause(app, collector, clock)
    assert gc.isenabled() and collector_calls.calls == ["collect2", "freeze"]


def test_no_freeze_under_a_dialog_or_without_the_browser(clock: _Clock, collector_calls: _Collector) -> None:
    alone = [False]
    app, collector = _collector(alone)
    _pause(app, collector, clock)  # a picker is open: its widgets are garbage once it closes, never frozen
    assert gc.isenabled() and collector_calls.calls == []
    alone[0] = True
    _pause(app, collector, clock)
    assert collector_calls.calls == ["collect2", "freeze"]
    app, collector = _collector(None)  # tests and other callers: nothing is frozen
    _pause(app, collector, clock)
    assert collector_calls.calls == ["collect2", "freeze"]


def test_no_sweep_when_the_collector_was_not_held(clock: _Clock, collector_calls: _Collector) -> None:
    app, collector = _collector([True])
    gc.disable()  # the launch holds it until its first frame: left to whoever turned it off
    _pause(app, collector, clock)
    assert collector_calls.calls == [] and not app.timers


def _measured(app: KeptTimers, collector: KeyCollector, clock: _Clock, calls: _Collector) -> None:
    """The first pause, then the long pause in which the frozen heap is measured (once: counting it walks it)."""
    _pause(app, collector, clock)
    assert [delay for delay, _ in app.timers] == [LONG_QUIET]
    clock.now += LONG_QUIET
    app.fire()
    assert calls.calls == ["collect2", "freeze", "count"] and not app.timers
    calls.calls.clear()


def test_a_sweep_never_counts_the_frozen_heap(clock: _Clock, collector_calls: _Collector) -> None:
    app, collector = _collector([True])
    _measured(app, collector, clock, collector_calls)
    for _ in range(3):
        _pause(app, collector, clock)
    assert collector_calls.calls == ["collect2", "freeze"] * 3  # what each froze is added up, the heap not walked


def test_the_frozen_heap_is_walked_again_in_a_long_pause(clock: _Clock, collector_calls: _Collector) -> None:
    app, collector = _collector([True])
    _measured(app, collector, clock, collector_calls)
    collector_calls.survivors = int(1_000 * (REWALK - 1)) - 1  # grown, not by half yet
    _pause(app, collector, clock)
    assert "unfreeze" not in collector_calls.calls and not app.timers
    collector_calls.survivors = 2
    collector_calls.freeze_survivors()
    collector_calls.calls.clear()
    _pause(app, collector, clock)
    assert collector_calls.calls == ["collect2", "freeze"]  # the sweep; the whole heap waits for a long pause
    assert [delay for delay, _ in app.timers] == [LONG_QUIET]
    clock.now += LONG_QUIET
    collector_calls.frozen = 1_600  # the heap the whole walk leaves
    app.fire()
    assert collector_calls.calls == ["collect2", "freeze", "unfreeze", "collect2", "freeze", "count"]
    collector_calls.survivors = int(1_600 * (REWALK - 1))  # growth measured again from the heap just walked
    collector_calls.calls.clear()
    _pause(app, collector, clock)
    assert collector_calls.calls == ["collect2", "freeze"] and not app.timers


def test_walked_once_however_many_pauses_asked(clock: _Clock, collector_calls: _Collector) -> None:
    app, collector = _collector([True])
    _measured(app, collector, clock, collector_calls)
    collector_calls.survivors = int(1_000 * (REWALK - 1)) + 1
    for _ in range(3):
        collector.key()
        clock.now += QUIET + 0.001
        app.fire()  # the sweeps; each asks for the walk
    clock.now += LONG_QUIET
    collector_calls.calls.clear()
    collector_calls.survivors = 0
    app.fire()
    assert collector_calls.calls.count("unfreeze") == 1


def test_a_key_in_the_long_pause_puts_the_walk_off(clock: _Clock, collector_calls: _Collector) -> None:
    app, collector = _collector([True])
    _measured(app, collector, clock, collector_calls)
    collector_calls.survivors = int(1_000 * (REWALK - 1)) + 1
    _pause(app, collector, clock)
    rewalk = app.timers.pop()[1]
    collector.key()  # a key before the long pause is over: no whole walk now
    collector_calls.calls.clear()
    clock.now += LONG_QUIET / 2
    rewalk()
    assert "unfreeze" not in collector_calls.calls
    collector_calls.survivors = 0
    clock.now += QUIET
    app.fire()  # the pause after that key: swept, and the walk asked for again
    assert collector_calls.calls == ["collect2", "freeze"] and [d for d, _ in app.timers] == [LONG_QUIET]


def test_really_frozen_in_the_pause(clock: _Clock) -> None:
    """With Python's own collector: what the keys left alive is frozen, cyclic garbage freed first."""
    app, collector = _collector([True])
    gc.unfreeze()
    try:
        collector.key()
        kept: list[object] = []
        kept.append(kept)  # a cycle alive: frozen
        garbage: list[object] = []
        garbage.append(garbage)  # a cycle dropped: collected before the freeze
        del garbage
        before = gc.get_freeze_count()
        clock.now += QUIET + 0.001
        app.fire()
        assert gc.get_freeze_count() > before and not gc.get_objects(generation=2)
        assert any(obj is kept for obj in gc.get_objects()) is False  # frozen objects are not listed
    finally:
        gc.unfreeze()
