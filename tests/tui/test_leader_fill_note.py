"""While an older index file is given its leader names (`store.sqlindex.leaders`), a leader filter that takes
long says why, and still shows the exact count (a full scan's); once filled, it says nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from store.matching import Matcher
from store.query import Filter
from store.sqlindex import SqlIndex, index_path_for, leaders
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store
from tests.test_sqlindex_leaders import as_schema_12
from tests.tui.browser_helpers import browsing, notes, result, set_filter

NOTE = "still being given its leader names"

pytestmark = pytest.mark.slow  # Pilot flows: the whole app on a virtual screen


@pytest.mark.parametrize("filled", [False, True])
async def test_a_slow_leader_filter_during_the_fill_says_why_and_counts_exactly(tmp_path: Path, monkeypatch,
                                                                              filled: bool) -> None:
    store = tmp_path / "s.json"
    records = generate(80, seed=9)
    write_store(store, records)
    repository = TinyDBRepository(store)
    repository.index.ensure()
    repository.close()
    if not filled:
        as_schema_12(index_path_for(store))
    monkeypatch.setattr(SqlIndex, "_fill", lambda self: None)  # the fill waits: the filter meets it unfilled
    reading = leaders.partial_numbers

    def slow(*args, **options):  # a million records' pass, in short
        time.sleep(1.0)
        return reading(*args, **options)

    monkeypatch.setattr(leaders, "partial_numbers", slow)
    async with browsing(store, "en", (120, 30)) as (app, pilot):
        await set_filter(pilot, "leader:nguyen")
        expected = sum(Matcher(Filter.parse("leader:nguyen")).matches_record(r) for r in records)
        assert result(app).total == expected > 0
        said = [note for note in notes(app) if NOTE in note]
        assert len(said) == (0 if filled else 1)
        if said:
            assert "0 of 80 records" in said[0] and "count is exact" in said[0]
