"""The browser's import dialog, driven through a tiny host app with App.run_test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, Checkbox, Input

from store.store import SurveyStore
from tests.factories import make_record
from tests.import_dialog_helpers import (
    BUNDLED,
    Host,
    dialog_idle,
    enter_path,
    import_dialog,
    make_store,
    shown,
    until,
    write_jsonl,
)
from tests.present import present
from tests.tui.browser_helpers import keep_notes, notes
from tui.i18n import Translator
from tui.screens.import_dialog import ImportScreen, complete_path
from tui.screens.import_path import path_matches


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_store(tmp_path)


def two_records() -> list[dict[str, Any]]:
    return [make_record(id=f"dlg-{n}", date=f"2025-10-{n + 1:02d}", body=f"Đoàn {n}") for n in range(2)]


async def settle(app: Host, pilot: Any) -> None:
    """Wait until the dialog's worker has reported back (or the dialog is gone)."""
    await until(pilot, dialog_idle(app))


@pytest.mark.slow  # a Pilot flow
async def test_check_then_confirm_imports_and_dismisses_true(tmp_path: Path, db: Path) -> None:
    write_jsonl(tmp_path / "new.jsonl", two_records())
    async with import_dialog(db, tmp_path, path="new.jsonl") as (app, pilot):
        assert isinstance(app.screen, ImportScreen)
        assert "Would add 2, update 0, skip 0; 0 invalid (of 2 read)" in shown(app, "#status")
        assert "dlg-0" in shown(app, "#report") and "dlg-1" in shown(app, "#report")
        assert len(SurveyStore(db)) == BUNDLED  # the check wrote nothing
        confirm = app.screen.query_one("#confirm", Button)
        assert not confirm.disabled
        await pilot.click("#confirm")
        await settle(app, pilot)
        assert app.results == [True]
        assert not isinstance(app.screen, ImportScreen)
    assert {"dlg-0", "dlg-1"} <= {r["id"] for r in SurveyStore(db).records()}


@pytest.mark.slow  # a Pilot flow
async def test_an_import_says_what_it_did(tmp_path: Path, db: Path) -> None:
    """The dialog closed on a confirmed import and nothing said what was written: under a filter (the remembered
    `overdue`, say) the visits added did not show, and only the total in the status line had moved."""
    write_jsonl(tmp_path / "new.jsonl", two_records())
    async with import_dialog(db, tmp_path, path="new.jsonl") as (app, pilot):
        keep_notes(app)
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert app.results == [True]
        assert notes(app) == ["Imported: added 2"]  # the counts that are not zero


@pytest.mark.slow  # a Pilot flow
async def test_ctrl_y_confirms_and_escape_cancels(tmp_path: Path, db: Path) -> None:
    write_jsonl(tmp_path / "new.jsonl", two_records())
    async with import_dialog(db, tmp_path, path="new.jsonl") as (app, pilot):
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert app.results == [True] and len(SurveyStore(db)) == BUNDLED + 2
    before = db.read_bytes()
    async with import_dialog(db, tmp_path, path="new.jsonl") as (app, pilot):
        assert "skip 2" in shown(app, "#status") and "same id" in shown(app, "#report")
        assert app.screen.query_one("#confirm", Button).disabled  # nothing to do
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.results == [False]
    assert db.read_bytes() == before


@pytest.mark.slow  # a Pilot flow
async def test_cancel_button_writes_nothing(tmp_path: Path, db: Path) -> None:
    write_jsonl(tmp_path / "new.jsonl", two_records())
    before = db.read_bytes()
    async with import_dialog(db, tmp_path, path="new.jsonl") as (app, pilot):
        await pilot.click("#cancel")
        await settle(app, pilot)
        assert app.results == [False]
    assert db.read_bytes() == before


@pytest.mark.slow  # a Pilot flow
async def test_problems_are_listed_literally_and_block_the_import(tmp_path: Path, db: Path) -> None:
    bad = make_record(id="[bold]x[/bold]", date="31/2/2024", summary="[red]\x1b[31m")
    write_jsonl(tmp_path / "bad [b]file[b].jsonl", [two_records()[0], bad])
    before = db.read_bytes()
    async with import_dialog(db, tmp_path, path="bad [b]file[b].jsonl") as (app, pilot):
        report = shown(app, "#report")
        assert "Problems (2):" in report
        assert "bad [b]file[b].jsonl:2: id: \"[bold]x[/bold]\" does not match" in report
        assert "bad [b]file[b].jsonl:2: date: '31/2/2024' is not a real date" in report
        assert "\x1b" not in report
        assert "Would add 1" in shown(app, "#status") and "Fix the problems" in shown(app, "#status")
        assert app.screen.query_one("#confirm", Button).disabled
        await pilot.press("ctrl+y")  # refused while problems remain
        await settle(app, pilot)
        assert isinstance(app.screen, ImportScreen) and app.results == []
    assert db.read_bytes() == before


@pytest.mark.slow  # a Pilot flow
async def test_a_failed_import_changes_nothing_and_says_why(tmp_path: Path, db: Path) -> None:
    write_jsonl(tmp_path / "new.jsonl", two_records())
    async with import_dialog(db, tmp_path, path="new.jsonl") as (app, pilot):
        db.chmod(0o444)  # the store became read-only between the check and the confirmation
        try:
            before = db.read_bytes()
            await pilot.click("#confirm")
            await settle(app, pilot)
            assert isinstance(app.screen, ImportScreen) and app.results == []
            assert "Nothing was imported: store" in shown(app, "#status") and "read-only" in shown(app, "#status")
            assert db.read_bytes() == before
            # a reason of the moment: the checked import can be tried again once the store is writable
            assert "Press Import (Ctrl+S) to try again" in shown(app, "#status")
            assert not app.screen.query_one("#confirm", Button).disabled
        finally:
            db.chmod(0o644)


@pytest.mark.slow  # a Pilot flow
async def test_missing_path_is_reported(tmp_path: Path, db: Path) -> None:
    async with import_dialog(db, tmp_path, path="nowhere.json") as (app, pilot):
        assert "nowhere.json: no such file or directory" in shown(app, "#report")
        assert app.screen.query_one("#confirm", Button).disabled


@pytest.mark.slow  # a Pilot flow
async def test_changing_the_path_disables_confirm(tmp_path: Path, db: Path) -> None:
    write_jsonl(tmp_path / "new.jsonl", two_records())
    async with import_dialog(db, tmp_path, path="new.jsonl") as (app, pilot):
        assert not app.screen.query_one("#confirm", Button).disabled
        await pilot.press("x")
        assert app.screen.query_one("#confirm", Button).disabled


@pytest.mark.slow  # a Pilot flow
async def test_update_checkbox_reruns_the_check(tmp_path: Path, db: Path) -> None:
    records = two_records()
    SurveyStore(db).upsert_many(records)
    write_jsonl(tmp_path / "changed.jsonl", [{**r, "summary": "Bản mới."} for r in records])
    async with import_dialog(db, tmp_path, path="changed.jsonl") as (app, pilot):
        assert "skip 2" in shown(app, "#status")
        await pilot.click("#update")
        await settle(app, pilot)
        assert "update 2" in shown(app, "#status")
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert app.results == [True]
    assert present(SurveyStore(db).get("dlg-0"))["summary"] == "Bản mới."


@pytest.mark.slow  # a Pilot flow
async def test_tab_accepts_the_path_completion(tmp_path: Path, db: Path) -> None:
    (tmp_path / "inbox").mkdir()
    write_jsonl(tmp_path / "inbox" / "records.jsonl", two_records())
    async with import_dialog(db, tmp_path) as (app, pilot):
        field = app.screen.query_one("#path", Input)
        field.focus()
        await pilot.press("i", "n")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("tab")
        assert field.value == "inbox/"
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("tab")
        assert field.value == "inbox/records.jsonl"


@pytest.mark.slow  # a Pilot flow
async def test_after_enter_the_field_shows_the_path_it_checked(tmp_path: Path, db: Path) -> None:
    """"surveys-export.json" Enter: the report read .json while the field still showed ".jsonl" in grey."""
    write_jsonl(tmp_path / "surveys-export.jsonl", two_records())
    (tmp_path / "surveys-export.json").write_text("[]", encoding="utf-8")
    async with import_dialog(db, tmp_path) as (app, pilot):
        field = app.screen.query_one("#path", Input)
        field.focus()
        await pilot.press(*"surveys-export.json")
        await until(pilot, lambda: field._suggestion == "surveys-export.jsonl")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.pause()
        assert field.value == "surveys-export.json" and field._suggestion == ""
        assert "surveys-export.jsonl" not in field.render_line(0).text
        await pilot.press("l")
        await pilot.press("backspace")
        await until(pilot, lambda: field._suggestion == "surveys-export.jsonl")  # typing brings it back


def test_complete_path_lists_directories_and_json_files(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.json").write_text("{}")
    (tmp_path / "data" / "b.txt").write_text("")
    (tmp_path / "data" / "c.JSONL").write_text("")
    (tmp_path / "data" / ".hidden.json").write_text("")
    assert complete_path("da", tmp_path) == "data/"
    assert complete_path("data/", tmp_path) is None  # a.json and c.JSONL agree on nothing more
    assert complete_path("data/a", tmp_path) == "data/a.json"
    assert complete_path("data/b", tmp_path) is None
    assert complete_path("data/c", tmp_path) == "data/c.JSONL"
    assert complete_path("data/.h", tmp_path) == "data/.hidden.json"
    assert complete_path(str(tmp_path / "data" / "a"), tmp_path) == str(tmp_path / "data" / "a.json")
    assert complete_path("missing/x", tmp_path) is None
    assert complete_path("", tmp_path) is None


def test_completion_goes_as_far_as_every_match_agrees(tmp_path: Path) -> None:
    """As a shell: `t1` → `t100_` when t100_a.json and t100_b.jsonl are there (it was t100_a.json, the first)."""
    for name in ("t100_a.json", "t100_b.jsonl", "t100_c.txt", "t2.json"):
        (tmp_path / name).write_text("")
    (tmp_path / "t100_dir").mkdir()
    assert complete_path("t1", tmp_path) == "t100_"
    assert path_matches("t100_", tmp_path) == ["t100_a.json", "t100_b.jsonl", "t100_dir/"]
    assert complete_path("t100_", tmp_path) is None
    assert complete_path("t100_b", tmp_path) == "t100_b.jsonl"
    assert complete_path("t", tmp_path) is None  # t100_… and t2.json: only "t" in common


@pytest.mark.slow  # a Pilot flow
async def test_tab_completes_the_common_part_then_lists_then_moves_on(tmp_path: Path, db: Path) -> None:
    for name in ("t100_a.json", "t100_b.json", "t100_c.jsonl"):
        write_jsonl(tmp_path / name, two_records())
    async with import_dialog(db, tmp_path) as (app, pilot):
        field = app.screen.query_one("#path", Input)
        field.focus()
        await pilot.press("t", "1", "tab")
        assert field.value == "t100_"  # not t100_a.json: the part every match shares
        await pilot.press("tab")  # nothing more to complete: the matches listed
        await pilot.pause()
        assert app.screen.focused is field
        assert "3 names match: t100_a.json  t100_b.json  t100_c.jsonl" in shown(app, "#status")
        await pilot.press("b", "tab")
        assert field.value == "t100_b.json"
        await pilot.press("tab")  # a whole name: on to the next field
        assert app.screen.focused is app.screen.query_one("#update", Checkbox)


@pytest.mark.slow  # a Pilot flow
async def test_enter_on_the_replace_box_checks_and_never_ticks_it(tmp_path: Path, db: Path) -> None:
    """Tab past a complete path puts the focus on "Replace records already stored": the Enter the hint promises
    for the check had ticked it and checked in replace mode ("update 2" where the user had asked for nothing of the
    kind). Enter checks; Space ticks."""
    records = two_records()
    SurveyStore(db).upsert_many(records)
    write_jsonl(tmp_path / "changed.jsonl", [{**r, "summary": "Bản mới."} for r in records])
    async with import_dialog(db, tmp_path) as (app, pilot):
        field = app.screen.query_one("#path", Input)
        field.value = "changed.jsonl"
        field.focus()
        await pilot.press("tab")  # nothing left to complete: on to the box
        box = app.screen.query_one("#update", Checkbox)
        assert app.screen.focused is box
        await pilot.press("enter")
        await settle(app, pilot)
        assert not box.value
        assert "skip 2" in shown(app, "#status")
        await pilot.press("space")
        await settle(app, pilot)
        assert box.value and "update 2" in shown(app, "#status")


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_ctrl_s_imports_as_it_saves_in_the_other_dialogs(tmp_path: Path, db: Path, lang: str) -> None:
    """Export, review and follow-up save with Ctrl+S; here it did nothing and only Ctrl+Y wrote. Both write now,
    and the status line names Ctrl+S, the key the other dialogs share."""
    write_jsonl(tmp_path / "new.jsonl", two_records())
    async with import_dialog(db, tmp_path) as (app, pilot):
        app.lang = lang
        await enter_path(app, pilot, "new.jsonl")
        await settle(app, pilot)
        said = Translator(lang)("import.confirm")
        assert "Ctrl+S" in said and said in shown(app, "#status")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.results == [True]
    assert len(SurveyStore(db)) == BUNDLED + 2
