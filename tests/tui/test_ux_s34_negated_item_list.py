"""Under a negated follow-up clause, the `u` list counts the items of the clauses not negated (session 34).

The rule (docs/tryout-s34-product11.md): the items shown are those meeting the filter's positive follow-up clauses,
of the visits the whole filter finds; a `not` clause picks visits and takes no item away. So under
`status:open not overdue` the visit's `u` list counts its open item ("khớp bộ lọc: 1/3") and dims the others, and
under `không quá hạn` alone it counts nothing (every item is shown, none dimmed). The filter help (F1) says the
rule in the reader's language; on 5b8b4538 it did not. Pilot at 80×24 in Vietnamese and 120×40 in English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label, Static

from store.store import SurveyStore
from tests.tui.browser_helpers import browsing, listed_ids, set_filter
from tests.tui.test_ux_s33_negated_items import LATE, LATER, _visit  # the same visits' shape
from tests.tui.waiting import until
from tui.screens.help import HelpScreen
from tui.screens.items import ItemsScreen

CALM = _visit("2019-10-01-calm", "2019-10-01", ("open", LATER), ("in progress", None), ("done", LATE))
"""Open, in progress, done: no late item (a done item past its day is not late)."""
LATE_VISIT = _visit("2019-09-01-late", "2019-09-01", ("open", LATE), ("done", None))

CASES = [
    ("vi", (80, 24), "nam:2019 trangthai:open -quahan", "khớp bộ lọc: 1/3", "Mục hiện ở danh sách u"),
    ("en", (120, 40), "year:2019 status:open not overdue", "matching the filter: 1 of 3", "Items in the u list"),
    ("vi", (80, 24), "nam:2019 không quá hạn", None, "Mục hiện ở danh sách u"),
    ("en", (120, 40), "year:2019 not overdue", None, "Items in the u list"),
]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "typed", "counted", "helped"), CASES)
async def test_the_u_list_counts_the_positive_clauses_items(tmp_path: Path, lang: str, size: tuple[int, int],
                                                            typed: str, counted: str | None, helped: str) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([CALM, LATE_VISIT])
    async with browsing(path, lang, size=size) as (app, pilot):
        await set_filter(pilot, typed)
        assert listed_ids(app) == [CALM["id"]]  # the late visit is not found
        await pilot.press("u")
        await until(pilot, lambda: isinstance(app.screen, ItemsScreen), "the list of items")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ItemsScreen)
        title = str(screen.query_one(".dialog-title", Label).render())
        if counted is None:  # a negation alone asks for no item: every item, none counted, none dimmed
            assert "khớp bộ lọc" not in title and "matching" not in title, title
            assert screen.wanted is None
        else:
            assert counted in title, title
            assert screen.wanted is not None
            shown = [screen.wanted(item) for item in CALM["recommendations"]]
            assert shown == [True, False, False]  # the open one; in progress and done dimmed
        await pilot.press("escape")
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        await pilot.pause()
        notes = str(app.screen.query_one("#help-filter", Static).render())
        assert helped in notes, notes
