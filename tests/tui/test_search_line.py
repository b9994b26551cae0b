"""The search line (`/`) edits the last free-text clause of the filter; Escape leaves the filter it opened on.

The widget is driven without the browser: it is given a filter, typed into, and the filter it asks for
is read from its messages, so these checks say what `SearchBar` itself promises.
"""

from __future__ import annotations

import pytest

from store.query import Filter
from tests.tui.widget_helpers import LineOnly, until
from tui.widgets.search_bar import SearchBar

pytestmark = pytest.mark.slow  # Pilot runs of the widget alone




@pytest.mark.parametrize("before, typed, kept, left", [
    ("", "lai thieu", '"lai thieu"', ""),
    ("year:2025", "lai", "year:2025 lai", "year:2025"),
    ('year:2025 "rach dua"', " x", 'year:2025 "rach dua x"', "year:2025"),
    ('"rach dua" year:2025', "lai", '"rach dua" year:2025 lai', '"rach dua" year:2025'),  # only a last one is taken
])
@pytest.mark.parametrize("key", ["enter", "escape"])
async def test_the_line_asks_for_the_filter_it_opened_on_with_or_without_the_text(
        before: str, typed: str, kept: str, left: str, key: str) -> None:
    app = LineOnly()
    async with app.run_test() as pilot:
        bar = app.query_one(SearchBar)
        bar.open(Filter.parse(before))
        await pilot.press(*["space" if ch == " " else ch for ch in typed])
        await until(pilot, lambda: not bar.pending)  # past the pause after typing: the typed text was asked for
        await pilot.press(key)
        await pilot.pause()
    typed_query, closed = app.asked[-2], app.asked[-1]
    assert isinstance(typed_query, SearchBar.Typed) and isinstance(closed, SearchBar.Closed)
    assert typed_query.query == Filter.parse(kept)
    assert closed.query == Filter.parse(kept if key == "enter" else left)
