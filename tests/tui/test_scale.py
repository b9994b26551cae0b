"""The survey list stays instant with 100,000 rows: it formats only the rows on screen.

The measure is how many rows were formatted, not the wall clock: a timed assertion fails on a
loaded machine without telling anything (the time is printed by scripts/bench_terminal.py).
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult

from tui.model import Row
from tui.widgets.survey_list import SurveyList

pytestmark = pytest.mark.slow  # the app at scale, on a virtual screen

ROWS = 100_000


class ListOnly(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.formatted: set[int] = set()

    def compose(self) -> ComposeResult:
        yield SurveyList(Row("Date", "Locality", "Body", "Leader", "Topics"), id="list")

    def row(self, position: int) -> Row:
        self.formatted.add(position)
        return Row(f"2025-01-{position % 28 + 1:02d}", f"Phường {position}", "HĐND", "Nguyễn Văn An", "cchc")


async def test_a_hundred_thousand_rows_render_only_the_window() -> None:
    app = ListOnly()
    async with app.run_test(size=(80, 24)) as pilot:
        survey_list = app.query_one(SurveyList)
        survey_list.set_source(app.row)
        survey_list.focus()
        survey_list.set_rows(list(range(ROWS)))
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        assert survey_list.selected == ROWS - 1
        await pilot.press("pageup", "k", "g", "pagedown")
        await pilot.pause()
        assert survey_list.selected == survey_list.page
        assert len(app.formatted) < 200, len(app.formatted)
