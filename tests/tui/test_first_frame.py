"""The launch draws the browser first with its rows and count, then its facet counts (#17, `tui.first_frame`).

Nothing reaches the terminal before the first search has landed, so no
frame is spent on "Opening…", "Filtering…" or an empty list; the facet
counts are made once that frame is out, so the rows wait for none of their
work; a store slow to open still says "Opening…" once `PATIENCE` has passed.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Any

import pytest
from textual.app import App

import tui.first_frame
import tui.loading
from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing
from tui.app import SurveysApp


def _drawn(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What the browser held each time the screen was really drawn (not held in the batch)."""
    frames: list[dict[str, Any]] = []
    original = App._display

    def display(app: App[Any], *args: Any, **kwargs: Any) -> None:
        if isinstance(app, SurveysApp) and not app._batch_count:
            found = app.state.found
            frames.append({"rows": bool(found and found.total), "facets": bool(found and found.facets),
                           "status": str(app.browser.query_one("#status").render())})
        original(app, *args, **kwargs)

    monkeypatch.setattr(App, "_display", display)
    return frames


async def test_the_first_frame_drawn_holds_the_rows_and_the_next_the_facets(bundled_store: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    TinyDBRepository(bundled_store).index.ensure()  # indexed before: a launch like every one after the first
    monkeypatch.setattr(tui.first_frame, "PATIENCE", 60.0)  # a busy machine's slow first search is still held
    frames = _drawn(monkeypatch)
    async with browsing(bundled_store):
        pass
    assert frames, "the browser was drawn"
    assert frames[0]["rows"] and not frames[0]["facets"] and "counting" in frames[0]["status"], frames[0]
    assert any(frame["facets"] and "counting" not in frame["status"] for frame in frames[1:]), frames


async def test_a_slow_store_says_it_is_opening(bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frames = _drawn(monkeypatch)
    monkeypatch.setattr(tui.first_frame, "PATIENCE", 0.05)
    opened = tui.loading.open_for_browsing

    def slow(location: str) -> Any:
        """A distant server or a cold disk: the store opens only once a frame has been drawn without it
        (waiting on the frame, not a fixed sleep, so a loaded machine's slow start cannot outrun it)."""
        deadline = time.monotonic() + 30
        while not frames and time.monotonic() < deadline:
            time.sleep(0.01)
        return opened(location)

    monkeypatch.setattr(tui.loading, "open_for_browsing", slow)
    TinyDBRepository(bundled_store).index.ensure()
    async with browsing(bundled_store):
        pass
    assert not frames[0]["rows"] and "Opening" in frames[0]["status"], frames[0]
    assert frames[-1]["rows"], "then the rows"


@pytest.mark.parametrize("patience", [60.0, 0.05])
async def test_the_collector_held_for_the_launch_goes_back_on_once_the_first_frame_is_drawn(
        bundled_store: Path, monkeypatch: pytest.MonkeyPatch, patience: float) -> None:
    """`surveys` turns the cyclic collector off before importing the browser; the first frame drawn (with the
    rows, or "Opening…" after `PATIENCE`) turns it on again, what the launch left alive frozen."""
    monkeypatch.setattr(tui.first_frame, "PATIENCE", patience)
    frames = _drawn(monkeypatch)
    on_at_frames: list[bool] = []
    original = App._display

    def display(app: App[Any], *args: Any, **kwargs: Any) -> None:
        if isinstance(app, SurveysApp) and not app._batch_count:
            on_at_frames.append(gc.isenabled())
        original(app, *args, **kwargs)

    monkeypatch.setattr(App, "_display", display)
    TinyDBRepository(bundled_store).index.ensure()
    gc.disable()
    tui.first_frame.hold_collector()
    try:
        async with browsing(bundled_store):
            assert gc.isenabled() and gc.get_freeze_count() > 0
        assert frames and on_at_frames[0] is False, "the first frame is drawn with the collector still off"
    finally:
        tui.first_frame.let_collector_go()
        gc.unfreeze()
        gc.enable()
