"""`e` in the browser: the export dialog, and the file it writes holding exactly the filtered view."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Select, Static

from store.export import export
from store.store import SurveyStore
from store.validation import validate
from tests.bundled import LAI_THIEU, NEWEST_FIRST, RACH_DUA
from tests.present import present
from tests.tui.browser_helpers import (
    browsing,
    finish,
    listed_ids,
    notes,
    open_screen,
    run_from_palette,
    screen_text,
    set_filter,
    settle,
    type_text,
)
from tui.app import SurveysApp
from tui.i18n import Translator
from tui.screens.export_dialog import ExportScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


@pytest.mark.parametrize("lang, said", [("en", "Wrote 1 visit to"), ("vi", "Đã ghi 1 chuyến vào")])
async def test_e_writes_the_filtered_surveys_to_the_default_file(bundled_store: Path, export_home: Path,
                                                                 lang: str, said: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        await set_filter(pilot, 'ward:"lái thiêu"')
        assert listed_ids(app) == [LAI_THIEU]
        dialog = await open_screen(pilot, "e", ExportScreen)
        assert dialog.query_one("#export-path", Input).value == "~/surveys-export.csv"  # where it goes, in full
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, ExportScreen)
        written = export_home / "surveys-export.csv"
        [row] = rows_of(written)
        assert row["id"] == LAI_THIEU and row["localities"] == "phường Lái Thiêu"
        assert not written.read_bytes().startswith(b"\xef\xbb\xbf")
        assert any(said in note and str(written) in note for note in notes(app))
        assert app.is_running


async def test_figure_rows_with_a_bom_chosen_from_the_keyboard(bundled_store: Path, tmp_path: Path) -> None:
    app = SurveysApp(bundled_store, lang="en")
    target = tmp_path / "out" / "figures.csv"
    target.parent.mkdir()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await set_filter(pilot, "topic:de-an-06")
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#export-format", Select).has_focus
        await pilot.press("tab", "enter")  # the row shape: survey → figure
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert dialog.query_one("#export-rows", Select).value == "figures"
        await pilot.press("tab", "space", "tab", "tab")  # the BOM, past the decimal-comma box, then the path
        assert dialog.query_one("#export-bom", Checkbox).value
        await pilot.press("ctrl+u")
        await type_text(pilot, str(target))
        await pilot.press("enter")
        await finish(pilot)
        payload = target.read_bytes()
        assert payload.startswith(b"\xef\xbb\xbf")
        rows = rows_of(target)
        store = SurveyStore.open(bundled_store)
        expected = [(r["id"], f["label"]) for r in (present(store.get(RACH_DUA)), present(store.get(LAI_THIEU)))
                    for f in r.get("figures", [])]
        assert [(row["survey_id"], row["label"]) for row in rows] == expected
        received = next(row for row in rows if row["label"].startswith("Hồ sơ trung tâm"))
        assert received["value"] == "2446" and received["unit"] == "hồ sơ"
        assert any(f"Wrote {len(rows)} figure" + ("" if len(rows) == 1 else "s") in note for note in notes(app))


async def test_json_is_newest_first_whatever_the_sort_and_imports_back(bundled_store: Path, tmp_path: Path) -> None:
    app = SurveysApp(bundled_store, lang="en")
    target = tmp_path / "view.json"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")  # sorted by locality on screen
        await settle(pilot)
        assert listed_ids(app) != NEWEST_FIRST
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#export-format", Select).value = "json"
        await pilot.pause()
        assert Path(dialog.query_one("#export-path", Input).value).name == "surveys-export.json"
        assert dialog.query_one("#export-rows", Select).disabled
        assert dialog.query_one("#export-bom", Checkbox).disabled
        dialog.query_one("#export-path", Input).value = str(target)
        await pilot.press("ctrl+s")
        await finish(pilot)
    records = json.loads(target.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == NEWEST_FIRST
    store = SurveyStore.open(bundled_store)
    assert target.read_bytes() == export([present(store.get(i)) for i in NEWEST_FIRST], "json")  # what the CLI writes
    assert all(validate(r) == [] and r == store.get(r["id"]) for r in records)  # imports back as it was


async def test_markdown_brief_and_item_rows_follow_a_status_filter(bundled_store: Path, tmp_path: Path) -> None:
    store = SurveyStore.open(bundled_store)
    record = copy.deepcopy(present(store.get(LAI_THIEU)))
    record["directions"][0]["status"] = "done"
    store.replace(record)
    async with browsing(bundled_store, "en") as (app, pilot):
        await set_filter(pilot, "status:done")
        assert listed_ids(app) == [LAI_THIEU]
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#export-rows", Select).value = "recommendations"
        dialog.query_one("#export-path", Input).value = str(tmp_path / "done.csv")
        await pilot.press("ctrl+s")
        await finish(pilot)
        [row] = rows_of(tmp_path / "done.csv")
        assert (row["type"], row["status"], row["survey_id"]) == ("direction", "done", LAI_THIEU)

        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#export-path", Input).value == str(tmp_path / "done.csv")  # remembered
        dialog.query_one("#export-format", Select).value = "md"
        await pilot.pause()
        assert dialog.query_one("#export-path", Input).value == str(tmp_path / "done.md")
        await pilot.press("ctrl+s")
        await finish(pilot)
        brief = (tmp_path / "done.md").read_text(encoding="utf-8")
        assert "Lái Thiêu" in brief and "Rạch Dừa" not in brief


async def test_bad_paths_and_write_failures_are_reported_and_the_app_stays_up(
        bundled_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        path_input = dialog.query_one("#export-path", Input)
        path_input.value = str(tmp_path / "missing" / "x.csv")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert "does not exist" in str(dialog.query_one("#export-error", Static).render())
        path_input.value = str(tmp_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog and "is a folder" in str(dialog.query_one("#export-error", Static).render())
        path_input.value = ""
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog and "Give a file name" in str(dialog.query_one("#export-error", Static).render())

        def refuse(path: Path, payload: bytes) -> None:
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr("store.export.write_file", refuse)
        path_input.value = str(tmp_path / "x.csv")
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert any("Permission denied" in note for note in notes(app))
        assert not (tmp_path / "x.csv").exists()
        assert app.is_running and listed_ids(app) == NEWEST_FIRST

        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)


async def test_the_palette_opens_the_export_dialog_and_typing_e_in_it_stays_text(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", (100, 30)) as (app, pilot):
        await run_from_palette(pilot, "xuat")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        dialog.query_one("#export-path", Input).focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "ecu")  # e, c and u are the browser's keys, not here
        assert dialog.query_one("#export-path", Input).value == "ecu"
        assert app.screen is dialog


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_what_a_format_does_not_use_is_not_on_screen(bundled_store: Path, export_home: Path, lang: str) -> None:
    """Markdown had kept "One CSV row per" and the BOM box "(for Excel)" on screen, greyed: read as choices of the file
    written. The row shape shows for CSV only, the BOM box for CSV and Markdown (saying what it is for), never JSON."""
    t = Translator(lang)
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert t("export.rows") in screen_text(app) and t("export.bom") in screen_text(app)
        for fmt, rows, bom in (("md", False, "export.bom_text"), ("json", False, None), ("csv", True, "export.bom")):
            dialog.query_one("#export-format", Select).value = fmt
            await pilot.pause()
            shown = screen_text(app)
            assert (t("export.rows") in shown) is rows, (fmt, shown)
            assert all((t(key) in shown) is (key == bom) for key in ("export.bom", "export.bom_text")), (fmt, shown)
