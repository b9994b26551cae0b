"""Keys typed into the search line (#17): a key alone is searched at once, a burst once it pauses, and a key
that leaves the filter as it was searches nothing.

The pause is made very long or nil by hand (`search_bar.DEBOUNCE`), so that what counts as a burst does not
depend on how fast the machine running the tests is.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

import tui.widgets.search_bar as search_bar
from store.query import Filter
from tui.widgets.search_bar import SearchBar

pytestmark = pytest.mark.slow  # Pilot runs of the widget alone


class LineOnly(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[SearchBar.Typed | SearchBar.Closed] = []

    def compose(self) -> ComposeResult:
        yield SearchBar("/", "", id="search-bar")

    def on_search_bar_typed(self, message: SearchBar.Typed) -> None:
        self.asked.append(message)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.asked.append(message)


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
