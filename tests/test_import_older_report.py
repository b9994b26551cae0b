"""The import dialog's dry run names an older copy that `update` would write over a later edit (session 34).

Two offices on one store: one exports a visit, the other edits it, the first
imports its export with "replace" ticked (`update`). The dialog's dry run is
what the person reads before Ctrl+Y writes; it said only "Will update" and
the other office's edit was lost unseen. It now says, beside the record, when
the stored one was edited and that importing would write over that edit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.text import Text

from store.importing import prepare, run_import
from store.store import SurveyStore
from tests.factories import make_record
from tui.i18n import Translator
from tui.screens.import_report import report_lines


@pytest.mark.parametrize(("lang", "said"), [("en", "importing would write over that edit"),
                                            ("vi", "nhập sẽ ghi đè sửa đổi đó")])
def test_the_dry_run_names_a_later_edit_that_update_would_write_over(tmp_path: Path, lang: str, said: str) -> None:
    store = SurveyStore(tmp_path / "s.json")
    store.upsert_many([make_record(id="cu-1"), make_record(id="cu-2", date="2024-02-03", body="Đoàn khác")])
    exported = [store.update(rid, lambda current: {**current, "summary": "Bản xuất."}) for rid in ("cu-1", "cu-2")]
    later = store.update("cu-1", lambda current: {**current, "summary": "Sửa sau."})
    (tmp_path / "copy.json").write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    with prepare([tmp_path / "copy.json"]) as prepared:
        result = run_import(store, prepared, "update", True)
    report = Text()
    report_lines(report, result, Translator(lang))
    lines = report.plain.splitlines()
    first = next(line for line in lines if "cu-1" in line)
    assert said in first and f"{later['updated'][:10]} {later['updated'][11:16]} UTC" in first
    assert not any(said in line for line in lines if "cu-2" in line)  # not edited since: no note
