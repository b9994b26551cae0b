"""Text typed in the export and import dialogs' path and Ctrl+S in one burst: Ctrl+S acts on the path as typed.

Session 37 made the save keys run at their turn among the keys typed (`tui.dialog_keys.IN_TURN`) in the follow-up,
export and import dialogs, and tested it through the follow-up only (`test_dialog_save_burst_s37`). Here the other
two: the export writes to the path typed just before Ctrl+S, not the one the field held; the import of a checked
file does not run when a key typed just before Ctrl+S changed its path (the changed path must be checked first).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from store.store import SurveyStore
from tests.factories import make_record
from tests.import_dialog_helpers import enter_path, until, write_jsonl
from tests.tui.browser_helpers import browsing, finish, open_screen
from tests.tui.test_ux_bursts import burst
from tui.screens.export_dialog import ExportScreen
from tui.screens.import_dialog import ImportScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]
NEW = "2024-03-12-quoc-oai"


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_a_path_typed_with_ctrl_s_in_the_export_is_the_one_written(
        bundled_store: Path, export_home: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        dialog.query_one("#export-path", Input).focus()
        await pilot.pause()
        burst(app, "ctrl+u", "~", "/", "o", "u", "t", ".", "c", "s", "v", "ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, ExportScreen)
    assert (export_home / "out.csv").exists()
    assert not (export_home / "surveys-export.csv").exists()  # not the path the field held before the burst


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_a_key_typed_with_ctrl_s_in_the_import_is_read_first(
        bundled_store: Path, tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    records = write_jsonl(tmp_path / "one.jsonl", [make_record(id=NEW)])
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await open_screen(pilot, "i", ImportScreen)
        await enter_path(app, pilot, str(records))  # type: ignore[arg-type]  # any app with the dialog on top
        await until(pilot, lambda: not app.screen._busy and app.screen.checked is not None)  # type: ignore[attr-defined]
        burst(app, "x", "ctrl+s")  # the path is now one.jsonlx: checked by nothing
        await finish(pilot)
        assert isinstance(app.screen, ImportScreen)
        assert app.screen.query_one("#path", Input).value == f"{records}x"
    assert SurveyStore.open(bundled_store).get(NEW) is None  # the file checked before the key was not imported
