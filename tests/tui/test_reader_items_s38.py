"""A reader (a read-only PostgreSQL role, a read-only store) opens the follow-up list (`u`) to read.

The list only reads; its Enter edits. A reader had been refused the whole list ("read-only"), and with it the "!"
marks of late items and the text under the list (tryout s38-tryout10, item 9). Now the list opens with a line saying
why Enter only shows; Enter opens the item with its fields closed; Ctrl+S there and y/x in the list say why nothing is
saved, and nothing is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Input, Select, Static

from store.item_links import Link
from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, notes, open_screen, screen_text
from tui.i18n import Translator
from tui.screens.browser import BrowserScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.screens.items_whole import whole_text

SIZES = [("vi", (80, 24)), ("en", (120, 40))]


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TinyDBRepository, "read_only", property(lambda self: True))


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_reader_opens_the_follow_up_list_and_its_items_to_read(bundled_store: Path, read_only: None,
                                                                       lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    before = bundled_store.read_bytes()
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        items = await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        assert t("items.read_only") in screen_text(app)  # why Enter only shows, whole on its line
        assert str(items.query_one("#items-whole", Static).render()).strip()  # the text under the list
        await pilot.press("y")
        await finish(pilot)
        assert notes(app)[-1] == t("items.read_only") and isinstance(app.screen, ItemsScreen)
        dialog = await open_screen(pilot, "enter", FollowUpScreen)
        await finish(pilot)
        assert dialog.query_one("#followup-status", Select).disabled
        assert all(field.disabled for field in dialog.query(Input))
        assert app.focused is dialog.query_one("#followup-cancel", Button)
        await pilot.press("ctrl+s")
        await finish(pilot)
        said = str(dialog.query_one("#followup-error", Static).render())
        assert said == t("followup.read_only") and isinstance(app.screen, FollowUpScreen)
        await pilot.press("escape")
        await finish(pilot)
        assert isinstance(app.screen, BrowserScreen)
    assert bundled_store.read_bytes() == before  # nothing written


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("dropped", [False, True])
def test_a_readers_link_line_names_only_p(lang: str, dropped: bool) -> None:
    """y and x save a decision: a reader's line under the list names only p (an editor's names all three)."""
    t = Translator(lang)
    link = Link("2026-03-12-x", "2026-03-12", "r2", "Sửa lỗi đồng bộ dữ liệu", "open", "Ban Pháp chế", False, 0.9,
                dropped)
    item = {"text": "Sửa lỗi đồng bộ dữ liệu dân cư", "status": "open"}
    reader = whole_text(item, [link], 0, t, 76, read_only=True).plain.splitlines()[-1]
    editor = whole_text(item, [link], 0, t, 76).plain.splitlines()[-1]
    kind = "links.dropped" if dropped else "links.suggested"
    assert editor.split(" · ", 1)[1] == t(kind)  # "suggested · p opens, y confirms, x drops"
    assert reader.split(" · ", 1)[1] == t(kind + "_reader")  # "suggested · p opens"
    assert not {"y", "x"} & set(t(kind + "_reader").replace(",", " ").split())
