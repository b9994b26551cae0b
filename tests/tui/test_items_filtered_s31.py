"""The follow-up list (`u`) under an `overdue` or `status:` filter (a tryout of session 31): it listed every item
alike, the one the filter found among them unmarked, and its "!" after a late deadline was explained nowhere.
Now the title counts the items the filter asks for ("khớp bộ lọc: 1/3") and says what "!" means, and the other
lines are dimmed, kept in place. Pilot at 80×24 in Vietnamese and 120×40 in English."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Label, OptionList

from store.export import item_filter
from tests.tui.hosts import Host
from tui.i18n import Translator
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows
TODAY = date(2026, 12, 6)
RECORD: dict[str, Any] = {
    "id": "2025-09-09-x", "date": "2025-09-09",
    "recommendations": [
        {"text": "Số hóa hồ sơ đất đai.", "status": "in-progress", "deadline": "2026-11-30"},  # late
        {"text": "Bổ sung cán bộ cho xã.", "status": "done", "deadline": "2026-10-01"},  # done: not late
        {"text": "Tập huấn an toàn thông tin."},
    ],
    "directions": [],
}
SAID = {"vi": ("khớp bộ lọc: 1/3", "! quá hạn"), "en": ("matching the filter: 1 of 3", "! overdue")}


def _title(app: App[Any]) -> str:
    return str(app.screen.query_one(".dialog-title", Label).render())


def _dimmed(app: App[Any]) -> list[bool]:
    options = app.screen.query_one("#items-options", OptionList)
    return [any("dim" in str(span.style) for span in options.get_option_at_index(i).prompt.spans  # type: ignore[union-attr]
                if span.start == 0 and span.end >= len(options.get_option_at_index(i).prompt.plain) - 1)  # type: ignore[union-attr]
            for i in range(options.option_count)]


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_under_an_overdue_filter_the_late_item_is_counted_and_the_others_dimmed(
        lang: str, size: tuple[int, int]) -> None:
    matching, mark = SAID[lang]
    screen = ItemsScreen(RECORD, Translator(lang), today=TODAY, start=("recommendations", 0),
                         wanted=item_filter((), True, TODAY))
    app = Host(lambda: screen)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        title = _title(app)
        assert matching in title and mark in title, title
        assert _dimmed(app) == [False, True, True]


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_without_a_filter_nothing_is_dimmed_and_the_mark_is_said_only_when_shown(
        lang: str, size: tuple[int, int]) -> None:
    matching, mark = SAID[lang]
    app = Host(lambda: ItemsScreen(RECORD, Translator(lang), today=TODAY))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        title = _title(app)
        assert mark in title and matching.split(":")[0] not in title, title
        assert _dimmed(app) == [False, False, False]
    on_time = {**RECORD, "recommendations": RECORD["recommendations"][1:]}
    app = Host(lambda: ItemsScreen(on_time, Translator(lang), today=TODAY))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert mark not in _title(app)
