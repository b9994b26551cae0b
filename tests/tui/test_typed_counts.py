"""A search typed into the search line shows its rows and count at once and its facet counts once typing
pauses (`tui.searching.TYPING_PAUSE`): counting cannot be interrupted, and a word half typed is never counted.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import tui.searching
from store.query import Filter
from tests.tui.browser_helpers import browsing, settle
from tui.model import Catalog, Found


async def test_facets_wait_for_a_pause_in_typing(bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[Filter] = []
    original = Catalog.facets

    def facets(catalog: Catalog, found: Found) -> dict[str, list[tuple[str, int]]]:
        counted.append(found.query)
        return original(catalog, found)

    # A pause no test outlasts, ended below by hand: on a loaded machine a short one could pass before the
    # rows were even drawn, and counts would land "while typing".
    monkeypatch.setattr(tui.searching, "TYPING_PAUSE", 30.0)
    async with browsing(bundled_store) as (app, pilot):
        monkeypatch.setattr(Catalog, "facets", facets)
        browser = app.browser
        browser.apply_filter(Filter.parse("lai"), typing=True)
        browser.apply_filter(Filter.parse("lai thi"), typing=True)  # the next key, within the pause
        for _ in range(50):
            await pilot.pause()
            if app.found is not None and app.found.query == Filter.parse("lai thi"):
                break
            await asyncio.sleep(0.01)
        assert app.found is not None and app.found.total == 1, "rows and count before the pause"
        assert counted == [], "no counts while typing"
        browser.searches.hurry()  # what the pause ending does: count the last typed search
        await settle(pilot)
        assert counted == [Filter.parse("lai thi")], "the last search only, once typing paused"
        assert dict(app.found.facets["ward"]) == {"Lái Thiêu": 1}
        browser.apply_filter(Filter.parse("rach"))  # a filter applied otherwise counts at once
        await settle(pilot)
        assert counted[-1] == Filter.parse("rach")


async def test_closing_the_search_line_counts_at_once(bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tui.searching, "TYPING_PAUSE", 30.0)  # only Enter can bring the counts in time
    async with browsing(bundled_store) as (app, pilot):
        await pilot.press("slash", "l", "a", "i")
        for _ in range(100):
            await pilot.pause()
            if app.found is not None and app.found.query == Filter.parse("lai"):
                break
            await asyncio.sleep(0.01)
        assert not app.browser.searches.settled, "typing: the counts wait"
        await pilot.press("enter")
        await settle(pilot, limit=5.0)
        assert app.found is not None and app.found.query == Filter.parse("lai") and app.found.facets["ward"]
