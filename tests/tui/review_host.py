"""The review screen on one of the project's test articles, its rows mounted: what several Pilot tests open.

Three tests had the same lines (a `Host` with the screen, `run_test`, `rows_ready`, a pause); they share these.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual.pilot import Pilot

from tests.tui.hosts import Host
from tests.tui.test_review_snapshots import review
from tui.screens.review import ReviewScreen


@asynccontextmanager
async def review_open(lang: str, size: tuple[int, int]) -> AsyncIterator[tuple[Host, Pilot[None], ReviewScreen]]:
    """The app, its pilot and the review screen of `test_review_snapshots.ARTICLE` in `lang` at `size`."""
    app = Host(review(lang))
    async with review_running(app, size) as (pilot, screen):
        yield app, pilot, screen


@asynccontextmanager
async def review_running(app: Host, size: tuple[int, int]) -> AsyncIterator[tuple[Pilot[None], ReviewScreen]]:
    """`app` run at `size` until the review screen it pushes has mounted its rows: its pilot and that screen."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await screen.rows_ready()
        await pilot.pause()
        yield pilot, screen
