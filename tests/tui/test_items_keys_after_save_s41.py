"""The follow-up list (`u`) keeps its keys' line in sight after a save at 80×24 (tryout s41-tryout13).

A council officer set an item in progress with a deadline and a response, and came back to the list: the text under
it had grown by the response and the "status changed … · z undoes it" rows, and the keys' line lost its last row
("Esc thoát · F1 giúp"), cut by the box with no sign. The list was fitted to the rows the text under it had before
(measured before its new text was laid out); fitted shorter it scrolls, and its lines, made for the width before the
scrollbar, wrapped each item onto two rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Select

from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows
RESPONSE = "Văn phòng Chính phủ đã nhận kiến nghị, đang giao Bộ Công an chủ trì xây dựng hướng dẫn"


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (80, 24)), ("en", (120, 40))])
async def test_the_keys_line_stays_whole_after_a_save(bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        dialog = await open_screen(pilot, "enter", FollowUpScreen)
        dialog.query_one("#followup-status", Select).value = "in progress"
        dialog.query_one("#followup-deadline", Input).value = "31/12/2025"
        dialog.query_one("#followup-response-text", Input).value = RESPONSE
        await pilot.press("ctrl+s")
        await finish(pilot)
        items = app.screen
        assert isinstance(items, ItemsScreen)
        await pilot.press("k")  # back on the item saved: its response and its "z" row under the list
        await finish(pilot)
        shown = screen_text(app)
        flat = " ".join(shown.split())
        assert t("history.undo_hint") in flat, shown  # the saved item's rows are there
        last_group = t("items.hint").rsplit(" · ", 1)[-1]  # "F1 giúp" / "F1 help", the hint's end
        assert last_group in flat, shown
        options = items.query_one("#items-options", OptionList)
        assert options.option_count == 9
        box_rows = [row for row in shown.splitlines() if "│" in row]
        wrapped = [row for row in box_rows if row.split("│")[1].strip() == "…"]
        assert not wrapped, shown  # each item on one row, cut with "…" on it, never a row of "…" alone
