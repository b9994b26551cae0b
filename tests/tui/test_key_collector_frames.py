"""The key collector's pause begins only once the frame answering the last key is on screen (`KeyCollector` given
`shown`, `tui.frames_out`): never between a key and its answer, however long the answer takes, but not later than
`PATIENCE`; a frame is on screen once the writer thread has flushed it, not when the app has handed it over."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

import tui.frames_out as fo
from tests.tui.browser_helpers import browsing
from tests.tui.kept_timers import KeptTimers
from tests.tui.test_key_collector import _Clock
from tests.tui.test_key_collector import clock as _clock
from tests.tui.test_key_collector_sweep import _Collector
from tests.tui.test_key_collector_sweep import collector_calls as _collector_calls
from tests.tui.waiting import until
from tui.frames_out import FramesOut, counting, nothing_to_draw
from tui.key_collector import LONG_QUIET, PATIENCE, QUIET, KeyCollector

clock, collector_calls = _clock, _collector_calls  # the fixtures of the other key collector tests, used here too


class _Screen:
    """What the collector is told: the browser idle, the answering frame drawn and written (or not yet)."""

    def __init__(self) -> None:
        self.settled = True
        self.shown = False
        self.seen: list[str] = []


def _collector(screen: _Screen) -> tuple[KeptTimers, KeyCollector]:
    app = KeptTimers()
    collector = KeyCollector(app, lambda: screen.settled, lambda: True, lambda: screen.shown)  # type: ignore[arg-type]
    collector.active = True
    return app, collector


def test_no_sweep_between_a_key_and_its_frame(clock: _Clock, collector_calls: _Collector) -> None:
    screen = _Screen()
    app, collector = _collector(screen)
    collector.key()
    for _ in range(3):  # the browser is idle (its search landed), its frame not yet on screen: the pause waits
        clock.now += QUIET
        app.fire()
        assert collector_calls.calls == [] and not gc.isenabled() and app.timers
    screen.shown = True  # the frame is written
    app.fire()
    assert collector_calls.calls == ["collect2", "freeze"] and gc.isenabled()
    assert [delay for delay, _ in app.timers] == [LONG_QUIET]  # the frozen heap measured in a long pause


def test_the_frame_of_the_last_key_is_the_one_waited_for(clock: _Clock, collector_calls: _Collector) -> None:
    screen = _Screen()
    app, collector = _collector(screen)
    collector.key()
    clock.now += QUIET
    screen.shown = True  # the first key's frame is out ...
    collector.key()  # ... and a second key comes: its frame is not
    screen.shown = False
    clock.now += QUIET
    app.fire()
    assert collector_calls.calls == [] and not gc.isenabled()
    screen.shown = True
    app.fire()
    assert collector_calls.calls == ["collect2", "freeze"]


def test_a_frame_never_written_keeps_it_off_only_until_patience(clock: _Clock, collector_calls: _Collector) -> None:
    screen = _Screen()
    app, collector = _collector(screen)
    collector.key()
    clock.now += QUIET
    app.fire()
    assert not gc.isenabled()
    clock.now += PATIENCE
    app.fire()
    assert gc.isenabled()


class _Writer:
    """Stands for Textual's writer thread's file: writes kept in a buffer until flushed."""

    def __init__(self) -> None:
        self.buffer: list[str] = []
        self.out: list[str] = []

    def write(self, text: str) -> int:
        self.buffer.append(text)
        return len(text)

    def flush(self) -> None:
        self.out += self.buffer
        self.buffer.clear()


class _Driver:
    """Stands for Textual's Linux driver: `_file` is what its writer thread writes to; `write` queues."""

    def __init__(self, file: Any) -> None:
        self._file = file
        self.queued: list[str] = []

    def write(self, data: str) -> None:
        self.queued.append(data)

    def run_writer(self, flush: bool = True) -> None:
        """The writer thread's turn: each queued text written, flushed once the queue is empty."""
        while self.queued:
            self._file.write(self.queued.pop(0))
        if flush:
            self._file.flush()


def test_a_frame_is_out_once_the_writer_has_flushed_it() -> None:
    frames = FramesOut()
    driver = counting(_Driver, frames)(_Writer())
    assert frames.out()  # nothing handed yet
    driver.write("frame 1")
    assert not frames.out()  # handed, still queued
    driver.run_writer(flush=False)
    assert not frames.out()  # written to the file's buffer, not flushed to the terminal
    driver.write("frame 2")
    driver._file.flush()  # frame 1 goes out; frame 2 is still queued
    assert not frames.out()
    driver.run_writer()
    assert frames.out() and driver._file._file.out == ["frame 1", "frame 2"]


def test_a_driver_without_a_writer_has_nothing_in_flight() -> None:
    class Headless:
        def write(self, data: str) -> None:
            pass

    frames = FramesOut()
    driver = counting(Headless, frames)()
    driver.write("frame")
    assert frames.out()


async def test_in_the_browser_the_sweep_comes_after_the_frame(bundled_store: Path, clock: _Clock) -> None:
    """The real browser: a key whose frame is held back (a batch of updates open past `QUIET`, as a picker's
    early pick holds one) gets no sweep until that frame is drawn; then the sweep, with nothing left to draw.

    The collector's clock is the test's (`clock`): it reads `QUIET * 2` after the key, never `PATIENCE`, however
    long a loaded machine takes to run the app's timers (on the real clock, a slow turn of the loop past
    `PATIENCE` let the sweep come before the frame, as it should after `PATIENCE`, and the test failed)."""
    async with browsing(bundled_store, "en") as (app, pilot):
        seen: list[str] = []
        looks = [0]
        draw = app.browser._compositor_refresh
        collector = app.key_collector
        look = collector._look

        def drawn() -> None:
            draw()
            seen.append("frame")

        def looked() -> None:
            looks[0] += 1
            look()

        app.browser._compositor_refresh = drawn  # type: ignore[method-assign]
        collector._look = looked  # type: ignore[method-assign]
        collector.sweep = lambda: seen.append(  # type: ignore[method-assign]
            "sweep" if nothing_to_draw(app.screen) and app.frames_out.out() else "sweep before its frame")
        gc_was = gc.isenabled()
        gc.enable()
        collector.active = True
        try:
            with app.batch_update():
                await pilot.press("j")  # answered in a frame the batch holds back
                seen.append("key")
                clock.now += QUIET * 2  # the keys have paused, not for PATIENCE
                before = looks[0]
                await until(pilot, lambda: looks[0] > before + 1, "the collector's looks in the pause after the key")
                assert "sweep" not in "".join(seen) and not gc.isenabled()  # the browser is idle; its frame waits
            await until(pilot, lambda: "sweep" in "".join(seen), "the sweep")
            after = seen[seen.index("key"):]
            first = next(i for i, said in enumerate(after) if said.startswith("sweep"))
            assert after[first] == "sweep" and "frame" in after[:first]  # a later frame (a loaded machine's) is news
            assert "sweep before its frame" not in seen
        finally:
            collector.active = False
            collector.release()
            gc.enable() if gc_was else gc.disable()


def test_a_frame_waits_for_the_one_before_only_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(fo.time, "monotonic", lambda: now[0])
    frames = FramesOut()
    driver = counting(_Driver, frames)(_Writer())
    assert not frames.writing()
    driver.write("frame 1")
    assert frames.writing()  # the next frame waits for this one to be written
    driver.run_writer()
    assert not frames.writing()
    driver.write("frame 2")
    now[0] += fo.WRITER_WAIT + 0.001
    assert not frames.writing()  # a terminal slow to take it holds the screen no longer
