"""Whether every frame handed to the terminal has been written to it: what the key collector's sweep waits for.

Textual hands each frame to a writer thread (`WriterThread`: a queue, then the
terminal's file, flushed when the queue is empty), so a frame drawn is not yet
a frame on screen. The writer needs the interpreter to take the frame from its
queue and write it, and a full collection holds the interpreter for its whole
pass: a sweep of the key collector (`tui.key_collector`) that started between
the frame that answers a key and its writing held that frame back by the
sweep's length (#17: a picker's Enter under load, sweeps of 12 ms median, 99
ms at most). So the driver of the `surveys` command counts what it hands to the
writer and what the writer has flushed, and the sweep waits until the two agree.

Only Textual's Linux driver has such a writer (`_file`, wrapped here before it
starts its thread); any other driver (the headless one of tests, Windows) has
nothing in flight, and `FramesOut.out` says so.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

from textual.widget import Widget

if TYPE_CHECKING:
    from textual.screen import Screen


WRITER_WAIT = 0.05
"""Seconds a frame waits at most for the one before it to be written (`FramesOut.writing`): the writer thread needs
the interpreter, and a frame drawn meanwhile kept it (#17, session 15: an Enter's answer, queued at 96 ms, written at
205-277 ms under load 4 while the frames after it were laid out and rendered). Past it, the frame is drawn anyway: a
terminal that is slow to take output must not stop the screen."""


class FramesOut:
    """What the app handed to the terminal's writer, and how much of it the writer has flushed."""

    def __init__(self) -> None:
        self.handed = 0
        """Writes handed to the driver (the interface's thread)."""
        self.taken = 0
        """Writes the writer thread has made to the terminal's file (buffered until it flushes)."""
        self.written = 0
        """Of those, how many the writer had made when it last flushed: on the terminal."""
        self.handed_at = 0.0
        """When the last write was handed (`time.monotonic`)."""
        self._lock = threading.Lock()

    def hand(self) -> None:
        """The app hands the driver a write (a frame, or a control sequence around one)."""
        with self._lock:
            self.handed += 1
            self.handed_at = time.monotonic()

    def writing(self) -> bool:
        """The last frame handed is still on its way to the terminal, and not for longer than `WRITER_WAIT`."""
        with self._lock:
            return self.written < self.handed and time.monotonic() - self.handed_at < WRITER_WAIT

    def take(self) -> None:
        """The writer thread has made one write to the terminal's file."""
        with self._lock:
            self.taken += 1

    def flushed(self, taken: int) -> None:
        """The writer thread has flushed the file after its first `taken` writes."""
        with self._lock:
            self.written = max(self.written, taken)

    def out(self) -> bool:
        """Everything handed to the terminal is written to it."""
        with self._lock:
            return self.written >= self.handed


class _CountedFile:
    """The writer thread's file: each write and flush counted in `frames`, the rest passed through."""

    def __init__(self, file: Any, frames: FramesOut) -> None:
        self._file = file
        self._frames = frames

    def write(self, text: str) -> int:
        written = int(self._file.write(text))
        self._frames.take()
        return written

    def flush(self) -> None:
        taken = self._frames.taken  # what is in the file's buffer now goes out with this flush
        self._file.flush()
        self._frames.flushed(taken)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._file, attribute)


def nothing_to_draw(screen: Screen[Any]) -> bool:
    """`screen` has drawn all it was asked to: no layout, repaint, scroll or widget waits for its next update, and
    no batch of updates holds them (Textual's own flags, which its update timer reads)."""
    return not (screen.app._batch_count or screen._layout_required or screen._repaint_required
                or screen._scroll_required or screen._dirty_widgets or screen._recompose_required)


def draw_now(screen: Screen[Any]) -> None:
    """Draw what `screen` has pending in one frame, now, rather than at its update timer's next tick.

    Textual draws at most 60 times a second, so a frame asked for waited up to 17 ms for the tick (#17: a picker's
    Enter, whose frame is held in a batch until the picker has left, waited 5-10 ms). And a widget's own request
    to be laid out or repainted reaches the screen only once that widget's message queue turns idle: drawn at the
    tick, the answering frame held the rows and counts but not their layout (the list's height, the sidebar's
    length), which a second frame of the whole screen brought 30-60 ms later (8 ms of layout, 12 of rendering at
    100k). So each widget's pending request is handed to the screen first (as Textual does when the widget turns
    idle), and the frame is drawn once the screen has taken them."""
    check = "_check_refresh"
    for widget in screen.walk_children(Widget):
        if hasattr(widget, check) and (widget._layout_required or widget._repaint_required or widget._scroll_required):
            getattr(widget, check)()  # its Layout or Update message goes to the screen now, ahead of the frame
    screen.call_later(_draw, screen)


def _draw(screen: Screen[Any]) -> None:
    if screen.is_current and not nothing_to_draw(screen):
        screen._on_timer_update()


def counting(driver_class: type[Any], frames: FramesOut) -> type[Any]:
    """`driver_class`, its writes to the terminal counted in `frames` (see the module docstring)."""

    class Counting(driver_class):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if hasattr(self, "_file"):  # Textual's Linux driver: its writer thread writes to this file
                self._file = _CountedFile(getattr(self, "_file"), frames)  # noqa: B009 - typed Any
            else:
                frames.hand = lambda: None  # type: ignore[method-assign]  # nothing is in flight: always out

        def write(self, data: str) -> None:
            frames.hand()
            super().write(data)

    Counting.__name__ = Counting.__qualname__ = f"Counting{driver_class.__name__}"
    return Counting
