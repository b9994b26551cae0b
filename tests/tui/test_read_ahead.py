"""Reading ahead and the frozen heap (#17, `tui.heap`).

Once the first screen of a catalog is up, what the first filter reads is
read ahead in a worker and the heap is frozen; closing the browser gives
the frozen objects back. A second freeze (a new catalog after an import)
first collects what the first one kept, so an old catalog's cycles do not
live on.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest

from store.sqlindex import SqlIndex
from tests.tui.browser_helpers import browsing, settle
from tui.heap import HeapKeeper


class _Node:
    other: Any = None


async def test_read_ahead_then_frozen_then_given_back(bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prepared: list[SqlIndex] = []
    original = SqlIndex.prepare

    def prepare(index: SqlIndex) -> None:
        prepared.append(index)
        original(index)

    monkeypatch.setattr(SqlIndex, "prepare", prepare)
    async with browsing(bundled_store) as (app, pilot):
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert len(prepared) == 1, "read ahead once, after the first screen"
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0, "closing gives the heap back to the collector"


def test_a_second_freeze_collects_what_the_first_kept() -> None:
    keeper = HeapKeeper(host=None)  # type: ignore[arg-type]  # settle and release do not use the screen
    try:
        node = _Node()
        node.other = node  # a cycle: only the collector frees it
        gone = weakref.ref(node)
        keeper.settle()
        del node
        gc.collect()
        assert gone() is not None, "frozen: the collector skips it"
        keeper.settle()
        assert gone() is None, "the next freeze collects first"
    finally:
        keeper.release()
    assert gc.get_freeze_count() == 0
