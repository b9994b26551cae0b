"""The browser in a pseudo-terminal, its screen kept by `pyte`: what `bench_terminal.py` reads keys' effects from.

A reader thread stamps each chunk of output with the moment it was read and a
second thread feeds it to the screen, so that pyte's own parsing (5-20 ms per
4 KB chunk) is never counted as the browser's time. What is waited for is
looked at by that second thread after every chunk it feeds (`wait`): a waiting
thread woken to look would look at the screen only once it got the interpreter
back, and by then the parser could have fed the chunks of the next frames, so
the key was stamped with their moment (#17, session 15: a picker's Enter whose
answer was written at 58 ms was stamped at 111 ms, the moment its third frame,
the details pane, was read).

The screen is a terminal with synchronized output (mode 2026, which most
current terminals have: kitty, WezTerm, foot, Alacritty, iTerm2, Windows
Terminal, tmux 3.4+): it says so when Textual asks, Textual then brackets each
frame, and a condition is looked at only when a frame is complete, as such a
terminal shows it. Before, a frame of 18 KB came in five chunks, and the status
line at the top, written in the first, met a picker's Enter while the picker's
remains were still on the lower half of the screen (#17, session 15: 16 ms
before the frame was whole).
"""

from __future__ import annotations

import atexit
import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

COLUMNS, LINES = 120, 40
SYNC_ASKED = b"\x1b[?2026$p"
"""Textual's question: does the terminal have synchronized output (DECRQM, mode 2026)?"""
SYNC_ANSWER = b"\x1b[?2026;2$y"
"""It has (the mode is known and reset now)."""
SYNC_START, SYNC_END = b"\x1b[?2026h", b"\x1b[?2026l"
"""A frame begins and ends: what is between is shown at once, at its end."""
ROOT = Path(__file__).resolve().parent.parent


def peak_rss(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def run_delay(pid: int) -> float:
    """Seconds the process's main thread (the interface's) has spent runnable but waiting for a core (Linux
    schedstat): the machine's load, not the browser's work; 0 where the kernel does not keep it."""
    try:
        with open(f"/proc/{pid}/task/{pid}/schedstat") as stat:
            return int(stat.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class Terminal:
    """The browser in a pty; a reader thread feeds its output to a `pyte` screen and notes when it changed."""

    def __init__(self, command: list[str]) -> None:
        import pyte  # noqa: PLC0415

        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(LINES),
               "PYTHONPATH": str(ROOT)}
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env,
                                        start_new_session=True, cwd=ROOT)
        os.close(slave)
        atexit.register(self._kill)  # a run that fails midway leaves no browser behind (it would spin on a lost pty)
        self.master = master
        self.changed = threading.Condition()
        self.version = 0
        self.changed_at = self.started
        self._text = ""
        self._look = 0
        """A hash of the screen's colours (background, reverse) cell by cell."""
        self._chunks: deque[tuple[float, bytes]] = deque()
        self._arrived = threading.Condition()
        sys.setswitchinterval(0.0005)  # the reader thread gets the interpreter soon after output comes
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._parser = threading.Thread(target=self._parse, daemon=True)
        self._parser.start()
        self._in_frame = False
        """The output so far ends inside a synchronized frame: the screen would not show it yet."""
        self._tail = b""
        self._watches: list[_Watch] = []
        """Conditions waited for, looked at after each chunk fed (`wait`)."""
        self.chunks: list[tuple[float, float, int]] = []
        """Each chunk of output: (read at, fed to the screen at, bytes), for a slow key's timeline."""
        self.answers: list[tuple[str, float, float, float]] = []
        """Each timed key: (keys, written at, first shown at, seconds the browser's interface thread waited for a
        core meanwhile), so that a slow key can be looked up in the browser's own stamps (`key_trace.py`)."""

    def _read(self) -> None:
        """Read the pty as fast as output comes, each chunk stamped with the moment it was read; `_parse`
        feeds them to the screen. Parsing a 4 KB chunk takes pyte 5-20 ms: when one thread did both, a frame
        of several chunks was stamped late by the parsing of the chunks before its last (10-35 ms of a
        picker's Enter at 100,000 records was this script's own time)."""
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.5)
                if not ready:
                    if self.process.poll() is not None:
                        break
                    continue
                chunk = os.read(self.master, 65536)
            except OSError:
                break
            if not chunk:
                break
            if SYNC_ASKED in chunk:
                os.write(self.master, SYNC_ANSWER)
            with self._arrived:
                self._chunks.append((time.perf_counter(), chunk))
                self._arrived.notify()
        with self._arrived:
            self._chunks.append((time.perf_counter(), b""))
            self._arrived.notify()

    def _parse(self) -> None:
        while True:
            with self._arrived:
                while not self._chunks:
                    self._arrived.wait()
                read_at, chunk = self._chunks.popleft()
            if not chunk:
                return
            with self.changed:
                self.stream.feed(chunk)
                self._text = "\n".join(self.screen.display)
                self._look = hash(tuple((cell.bg, cell.reverse) for row in self.screen.buffer.values()
                                        for cell in row.values()))
                self.version += 1
                self.changed_at = read_at  # when the terminal had it, not when this script got round to it
                self.chunks.append((read_at, time.perf_counter(), len(chunk)))
                self._framing(chunk)
                if not self._in_frame:
                    self._look_out(read_at)
                self.changed.notify_all()

    def _framing(self, chunk: bytes) -> None:
        """Whether the output so far ends inside a frame (a synchronized update begun and not yet ended)."""
        seen = self._tail + chunk  # a marker may be cut between two chunks
        start, end = seen.rfind(SYNC_START), seen.rfind(SYNC_END)
        if start >= 0 or end >= 0:
            self._in_frame = start > end
        self._tail = chunk[-(len(SYNC_START) - 1):]

    def _look_out(self, read_at: float) -> None:
        """After a chunk is fed (the `changed` lock held): each condition waited for and met is met as of now."""
        for watch in self._watches:
            if watch.at is None and watch.condition(self._text):
                watch.at = read_at

    def text(self) -> str:
        with self.changed:
            return self._text

    def wait(self, condition: Callable[[str], bool], timeout: float = 120.0) -> float:
        """The moment (perf_counter) the screen first satisfied `condition`; TimeoutError past `timeout`."""
        deadline = time.perf_counter() + timeout
        with self.changed:
            if not self._in_frame and condition(self._text):
                return self.changed_at
            watch = _Watch(condition)
            self._watches.append(watch)  # looked at by the parser after each chunk: none is skipped
            try:
                while watch.at is None:
                    left = deadline - time.perf_counter()
                    if left <= 0:
                        raise TimeoutError(f"screen never showed it; last screen:\n{self._text}")
                    self.changed.wait(left)
                return watch.at
            finally:
                self._watches.remove(watch)

    def press(self, keys: str) -> float:
        """Write keys; the moment they were written."""
        with self.changed:
            self.changed_at = time.perf_counter()
        os.write(self.master, keys.encode())
        return time.perf_counter()

    def key_to_screen(self, keys: str, condition: Callable[[str], bool], timeout: float = 120.0) -> float:
        """Seconds from writing `keys` until the screen differs from before them and satisfies `condition`.

        The screen differs when its text does or its colours do: a cursor moved within the rows on screen
        changes only which row is highlighted."""
        return self.key_to_screens(keys, condition, timeout=timeout)[0]

    def key_to_screens(self, keys: str, *conditions: Callable[[str], bool], timeout: float = 120.0) -> list[float]:
        """`key_to_screen` for each condition in turn, all timed from the same key (a typed search's rows and
        count, then its facets)."""
        self.quiet()
        with self.changed:
            before = (self._text, self._look)
        delay = run_delay(self.process.pid)
        sent = self.press(keys)

        def answered(condition: Callable[[str], bool]) -> Callable[[str], bool]:
            return lambda text: (text, self._look) != before and self.changed_at >= sent and condition(text)

        times = [self.wait(answered(condition), timeout) - sent for condition in conditions]
        self.answers.append((keys, sent, sent + times[0], run_delay(self.process.pid) - delay))
        return times

    def quiet(self, still: float = 0.3, limit: float = 5.0) -> None:
        """Wait until no output has come for `still` seconds, so that a key's figure is not the tail of the
        previous one's drawing."""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            with self.changed:
                idle = time.perf_counter() - self.changed_at
            if idle >= still:
                return
            time.sleep(still - idle)

    def _kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def close(self) -> int:
        peak = peak_rss(self.process.pid)
        self.press("q")
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.master)
        return peak


class _Watch:
    """A condition waited for, and the moment (the chunk's read time) the screen first met it."""

    def __init__(self, condition: Callable[[str], bool]) -> None:
        self.condition = condition
        self.at: float | None = None
