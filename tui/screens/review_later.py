"""The review screen's list rows (figures, recommendations …) mounted after its first frame, a few at a time.

A figure row is some twenty widgets and a large record has forty figures:
mounting them all before the first frame kept the screen blank for seconds,
nearly all of it Textual styling and laying out widgets below the fold. The
screen composes its fields and localities at once and hands each list's rows
here (`hold`); `mount` then adds them a few rows per step once the screen is
drawn, so the first field is focused and answers keys at once, and keys typed
meanwhile are answered between steps. The lists are hidden until all their
rows are in: each step lays the screen out again, and a layout places every
widget shown, so steps into shown lists would cost more the more rows they
had (40 figures: 13 s of a loaded machine's CPU instead of about 5). What
reads the whole record (save, the check flags, a new row) waits for `ready`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from textual.widget import MountError, Widget

STEP = 2
"""Rows per step: a figure row is about 20 widgets; two are some 50 ms of a loaded machine."""
PAUSE = 1 / 60
"""Between steps: a frame, for the keys typed meanwhile to be answered and the screen drawn."""


class LaterRows:
    """Rows waiting for their list container, mounted in order once the screen is drawn."""

    def __init__(self) -> None:
        self.pending: list[tuple[Widget, list[Callable[[], Widget]]]] = []
        self.ready = asyncio.Event()

    def hold(self, container: Widget, rows: Sequence[Callable[[], Widget]]) -> Widget:
        """`container` as composed, empty; its rows are built (`rows`: what builds each) and mounted later."""
        if rows:
            self.pending.append((container, list(rows)))
            container.display = False  # shown once every list has its rows: till then a layout need not place them
        return container

    async def mount(self, mounted: Callable[[list[Widget]], None], done: Callable[[], None]) -> None:
        """Mount every held row, `STEP` at a time, telling `mounted` of each step's rows; then `done`, `ready`."""
        try:
            await asyncio.sleep(PAUSE)  # the first frame out first
            for container, rows in self.pending:
                for start in range(0, len(rows), STEP):
                    if not container.is_attached:
                        return  # the screen was closed meanwhile (Esc on an article skipped at once)
                    step = [build() for build in rows[start:start + STEP]]
                    try:
                        await container.mount_all(step)
                    except MountError:
                        return  # closed while this step was being mounted
                    mounted(step)
                    await asyncio.sleep(PAUSE)  # keys typed meanwhile go first, and the frame is drawn
            for container, _ in self.pending:
                container.display = True
            self.pending.clear()
            done()
        finally:
            self.ready.set()

    async def wait(self) -> None:
        """Until every row is mounted (at once when the screen had none to wait for)."""
        await self.ready.wait()
