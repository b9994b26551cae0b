"""`status:open overdue` in the browser asks for one item that is both (session 32).

A visit whose open item has no deadline and whose late item is in progress had been listed under
`trangthai:"chưa giải quyết" quahan`, and `u` on it then said "khớp bộ lọc: 0/9": none of its nine items was what
the filter asked for. Now only the visit with an open late item is listed, and its `u` list counts that item.
Pilot at 80×24 in Vietnamese.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, listed_ids, set_filter
from tests.tui.waiting import until
from tui.screens.items import ItemsScreen
from tui.widgets.status_line import StatusLine

LATE, LATER = "2020-03-01", "2999-12-31"


def _items(statuses: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
    made = []
    for number, (status, deadline) in enumerate(statuses, 1):
        item: dict[str, Any] = {"text": f"Việc thứ {number} cần theo dõi.", "status": status}
        if deadline:
            item["deadline"] = deadline
        made.append(item)
    return made


def _visit(visit_id: str, day: str, first: tuple[str, str | None], second: tuple[str, str | None]) -> dict[str, Any]:
    """Nine items: the two given, then seven done (done items are never late, whatever their deadline)."""
    rest: list[tuple[str, str | None]] = [("done", LATE)] * 7
    return make_record(id=visit_id, date=day, recommendations=_items([first, second, *rest[:2]]),
                       directions=_items(rest[2:]))


SPLIT = _visit("2025-09-01-split", "2025-09-01", ("open", None), ("in progress", LATE))
"""Open, and late, but not the same item."""
BOTH = _visit("2025-10-01-both", "2025-10-01", ("open", LATE), ("in progress", LATER))


@pytest.mark.slow  # a Pilot flow
async def test_the_visit_found_counts_its_open_late_item(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([SPLIT, BOTH])
    async with browsing(path, "vi") as (app, pilot):  # 80×24
        await set_filter(pilot, 'trangthai:"chưa giải quyết" quahan')
        assert listed_ids(app) == [BOTH["id"]]  # the split visit had been listed too
        assert str(app.browser.query_one(StatusLine).render()).startswith("1 / "), "one visit found"
        await pilot.press("u")
        await until(pilot, lambda: isinstance(app.screen, ItemsScreen), "the list of items")
        await pilot.pause()
        title = str(app.screen.query_one(".dialog-title", Label).render())
        assert "khớp bộ lọc: 1/9" in title, title
