"""The browser's search line is made once the launch's rows and counts are drawn (#17): hidden until `/`, its label
and input are not in those frames. A line opened before they are made (a `/` that came first) makes them and opens
once they are mounted; a line relabelled before it is made is made in the new words."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Input, Label

from store.query import Filter
from tests.tui.widget_helpers import until
from tui.widgets.search_bar import SearchBar

pytestmark = pytest.mark.slow  # Pilot runs


class _LaterLine(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[SearchBar.Typed | SearchBar.Closed] = []

    def compose(self) -> ComposeResult:
        yield SearchBar("/", "type here", id="search-bar", later=True)

    def on_search_bar_typed(self, message: SearchBar.Typed) -> None:
        self.asked.append(message)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        self.asked.append(message)


async def test_nothing_inside_until_made_then_the_same_line() -> None:
    app = _LaterLine()
    async with app.run_test() as pilot:
        bar = app.query_one(SearchBar)
        assert not bar.made and not bar.query(Input) and not bar.query(Label)
        bar.make()
        await pilot.pause()
        assert bar.made and bar.input.placeholder == "type here"
        bar.make()  # once only
        await pilot.pause()
        assert len(bar.query(Input)) == 1


async def test_opened_before_it_is_made() -> None:
    app = _LaterLine()
    async with app.run_test() as pilot:
        bar = app.query_one(SearchBar)
        bar.open(Filter.parse("year:2025 lai"))
        await until(pilot, lambda: bar.has_class("-open"))
        assert bar.input.value == "lai" and app.focused is bar.input  # the text clause taken back to be edited
        await pilot.press("escape")
        await until(pilot, lambda: app.asked and isinstance(app.asked[-1], SearchBar.Closed))
        assert app.asked[-1].query == Filter.parse("year:2025")
        bar.open(Filter.parse("year:2025"))
        await pilot.press("l", "a", "i", "enter")
        await until(pilot, lambda: len(app.asked) > 1 and isinstance(app.asked[-1], SearchBar.Closed)
                    and app.asked[-1].query != Filter.parse("year:2025"))
    assert app.asked[-1].query == Filter.parse("year:2025 lai")


async def test_relabelled_before_it_is_made() -> None:
    app = _LaterLine()
    async with app.run_test() as pilot:
        bar = app.query_one(SearchBar)
        bar.relabel("Tìm", "gõ vào đây")
        bar.make()
        await pilot.pause()
        assert bar.input.placeholder == "gõ vào đây"
        assert str(bar.query_one("#search-label", Label).render()) == "Tìm"


async def test_the_browser_makes_its_line_after_the_first_frame(tmp_path: object) -> None:
    from tui.app import SurveysApp  # noqa: PLC0415

    app = SurveysApp("unused.json", lang="en", records=[])
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_idle)
        bar = app.browser.search_bar
        await until(pilot, lambda: bar.made and bool(bar.query(Input)))
        await pilot.press("slash")
        await until(pilot, lambda: bar.has_class("-open"))
        assert app.focused is bar.input
