"""Keys typed into the search line (#17): a key alone is searched at once, a burst once it pauses, and a key
that leaves the filter as it was searches nothing.

The pause is made very long or nil by hand (`search_bar.DEBOUNCE`), so that what counts as a burst does not
depend on how fast the machine running the tests is.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import tui.searching
import tui.widgets.search_bar as search_bar
from store.query import Filter
from tests.tui.browser_helpers import browsing, result, settle, until
from tests.tui.waiting import drained, searching
from tests.tui.widget_helpers import LineOnly
from tui.model import PAGE, Catalog, Found
from tui.widgets.search_bar import SearchBar

pytestmark = pytest.mark.slow  # Pilot runs of the widget alone




def _keys(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


async def test_a_key_alone_is_searched_at_once_and_a_burst_once_it_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bar, "DEBOUNCE", 60.0)  # every key after the first is within the burst
    app = LineOnly()
    async with app.run_test() as pilot:
        bar = app.query_one(SearchBar)
        bar.open(Filter.parse("year:2025"))
        await pilot.press("l")
        await pilot.pause()
        assert [m.query for m in app.asked] == [Filter.parse("year:2025 l")], "the first key: searched at once"
        assert not bar.pending
        await pilot.press("a", "i")
        await pilot.pause()
        assert len(app.asked) == 1 and bar.pending, "the keys close after it wait for the pause"
        await pilot.press("enter")
        await pilot.pause()
    assert isinstance(app.asked[-1], SearchBar.Closed) and app.asked[-1].query == Filter.parse("year:2025 lai")
    assert len(app.asked) == 2, "closing the line asks for the whole text: the burst's own search is not made"


async def test_keys_apart_are_each_searched_and_a_change_that_keeps_the_filter_asks_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_bar, "DEBOUNCE", 0.0)  # no key is close enough to another to be a burst
    app = LineOnly()
    async with app.run_test() as pilot:
        bar = app.query_one(SearchBar)
        bar.open(Filter.parse('year:2025 "rach"'))  # opened on a text clause: it is edited, not searched again
        await pilot.pause()
        for key in _keys(" dua  "):  # spaces at the end search the same words: nothing new is asked
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
    asked = [m.query.render() for m in app.asked if isinstance(m, SearchBar.Typed)]
    assert asked == [Filter.parse(f'year:2025 "{text}"').render()
                     for text in ("rach d", "rach du", "rach dua", "rach du", "rach d", "rach")]


@pytest.mark.parametrize("burst, drawn", [("lai", ""), ("l ", "l")])
async def test_a_burst_shows_no_rows_of_its_first_key(bundled_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                      burst: str, drawn: str) -> None:
    """The first key of a burst is searched at once, yet its rows are not drawn (nor its facets) while the keys
    after it wait for their pause: their search comes next. Unless they leave the filter as it was ("l "): no
    search comes next, and the first key's rows are drawn."""
    monkeypatch.setattr(search_bar, "DEBOUNCE", 60.0)
    monkeypatch.setattr(tui.searching, "TYPING_PAUSE", 0.05)
    typed = threading.Event()
    original = Catalog.search

    searched: list[Filter] = []

    def search(catalog: Catalog, query: Filter, sort: str, rows: int = PAGE, keep: str | None = None) -> Found:
        if query == Filter.parse("l"):
            typed.wait(10)  # the first key's rows come only once the keys after it are typed
        found = original(catalog, query, sort, rows, keep)
        searched.append(query)
        return found

    monkeypatch.setattr(Catalog, "search", search)
    async with browsing(bundled_store) as (app, pilot):
        everything = result(app)
        await pilot.press("slash", *_keys(burst))
        typed.set()
        # the first key's search has come back and what it sent been handled (drawn or not), not a guess at how long
        await until(pilot, lambda: Filter.parse("l") in searched and not searching(app), "the first key's search")
        await drained(pilot, idle=False)  # not idle: "ai" waits for its pause (a minute here)
        if drawn:
            await until(pilot, lambda: result(app).query == Filter.parse(drawn) and result(app).facets.get("ward"),
                        "the first key's rows and facets")
        if not drawn:
            assert result(app) is everything, "nothing of 'l' drawn: 'lai' is on its way"
        else:
            assert result(app).query == Filter.parse(drawn) and result(app).facets["ward"]
        await pilot.press("enter")
        await settle(pilot)
        assert result(app).query == Filter.parse(burst) and result(app).facets["ward"]
