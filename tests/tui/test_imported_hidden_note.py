"""A visit just imported that the filter in use hides is said so: "Đã nhập: thêm 1" alone had left the person
looking for it in a list that cannot show it (tui.screens.browser.on_search_done, `note.written_hidden`)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from textual.screen import ModalScreen

from store.query import Filter
from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, listed_ids, notes, selected_id, settle

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

NEW = make_record(id="2025-10-02-hdnd-test-tan-dinh")
HIDDEN = {"vi": "Chuyến vừa nhập không khớp bộ lọc đang dùng nên không có trong danh sách: X để bỏ mọi lọc.",
          "en": "The visit just imported does not match the filter in use, so it is not listed: X clears the filter."}


def fake_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """An import dialog that writes `NEW` and says so, as the real one does (`written`)."""
    class ImportScreen(ModalScreen[bool]):
        def __init__(self, store_path: Path, **_: object) -> None:
            super().__init__()
            self.store_path = store_path
            self.written = [NEW["id"]]

        def on_mount(self) -> None:
            SurveyStore.open(self.store_path).upsert_many([NEW])
            self.dismiss(True)

    module = types.ModuleType("tui.screens.import_dialog")
    module.ImportScreen = ImportScreen  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.screens.import_dialog", module)


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_an_import_the_filter_hides_is_said_so(bundled_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                     lang: str) -> None:
    fake_dialog(monkeypatch)
    async with browsing(bundled_store, lang) as (app, pilot):
        app.browser.apply_filter(Filter.parse('tinh:"Hà Nội"'))
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert NEW["id"] not in listed_ids(app)
        assert HIDDEN[lang] in notes(app)


async def test_an_import_the_list_shows_is_selected_and_not_said_hidden(bundled_store: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dialog(monkeypatch)
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("i")
        await settle(pilot)
        assert selected_id(app) == NEW["id"]
        assert HIDDEN["vi"] not in notes(app)
