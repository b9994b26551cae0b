"""The browser and its store: an import reloads it, a missing dialog says so, q quits, the filter, sort and sidebar
are remembered, an empty store says how to import, an unreadable one is reported and the app stays up."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from textual.screen import ModalScreen

from store.store import SurveyStore
from tests.bundled import LAI_THIEU
from tests.tui.browser_helpers import (
    browsing,
    filter_text,
    listed_ids,
    notes,
    screen_text,
    selected_id,
    settle,
    type_text,
)
from tui.app import SurveysApp

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


async def test_import_reloads_the_store_after_a_successful_import(bundled_store: Path, generated,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    class ImportScreen(ModalScreen[bool]):
        def __init__(self, store_path: Path, **_: object) -> None:  # the browser's repository: not needed here
            super().__init__()
            self.store_path = store_path
            self.written: list[str] = []  # the real dialog's ids written; none here: the selection stays

        def on_mount(self) -> None:
            SurveyStore.open(self.store_path).upsert_many(generated[:3])
            self.dismiss(True)

    module = types.ModuleType("tui.screens.import_dialog")
    module.ImportScreen = ImportScreen  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.screens.import_dialog", module)
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("j")
        await pilot.press("i")
        await settle(pilot)
        assert len(listed_ids(app)) == 8
        assert selected_id(app) == LAI_THIEU


async def test_import_without_the_dialog_says_so(bundled_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tui.screens.import_dialog", None)
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("i")
        await pilot.pause()
        assert any("surveys import FILE" in note for note in notes(app))
        assert app.is_running


async def test_q_quits(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_filter_sort_and_sidebar_are_remembered(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "lai")
        await pilot.press("enter", "s", "f")
        await settle(pilot)
    assert (bundled_store.parent / "s.json.settings.json").exists()
    again = SurveysApp(bundled_store, lang="en")
    async with again.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert filter_text(again) == 'ward="Lái Thiêu"'
        assert again.sort_order == "locality"
        assert again.facets.display
        assert listed_ids(again) == [LAI_THIEU]


async def test_empty_store_says_how_to_import(tmp_path: Path) -> None:
    deep = tmp_path / "a-rather-long-folder-name" / "of-an-office-archive" / "kept-for-years"  # a long path wraps
    deep.mkdir(parents=True)
    async with browsing(deep / "empty.json", "vi", records=[]) as (app, pilot):
        text = screen_text(app)
        assert "Kho chưa có chuyến nào" in text
        assert "surveys import TỆP.json" in text  # in the details pane: the list's rows had lost it under the path
        assert text.count("Kho chưa có chuyến nào") == 1
        await pilot.press("j", "G", "W", "T", "enter", "w")
        await settle(pilot)
        assert app.is_running


async def test_unreadable_store_is_reported_and_the_app_stays_up(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    async with browsing(broken, "en") as (app, pilot):
        assert app.load_error is not None
        assert "could not be opened" in screen_text(app)
        await pilot.press("w", "j", "x", "s")
        await pilot.pause()
        assert app.is_running
