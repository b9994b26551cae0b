"""`surveys import --on-duplicate update` and the browser's import dialog (update) write an item's history under the
name in the user's settings, as a follow-up save does (session 41, hist4); without update, nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from store import writer_name
from store.export import to_json
from store.followup import get_item
from store.store import SurveyStore
from tests.factories import make_record
from tests.present import present
from tui.screens.import_work import run_outcome
from tui.settings import user_settings_path

RECORD = make_record(recommendations=[{"text": "Bổ sung máy quét hồ sơ.", "by": "UBND phường Tân Định"}])
R1 = ("recommendations", 0)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(writer_name.ENV, raising=False)
    settings = user_settings_path()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"user": "Nguyễn Thị Lan"}), encoding="utf-8")
    path = tmp_path / "office.json"
    SurveyStore(path).upsert_many([RECORD])
    return path


def _copy(tmp_path: Path, **fields: Any) -> str:
    edited = json.loads(json.dumps(RECORD))
    edited["recommendations"][0].update(fields)
    path = tmp_path / "copy.json"
    path.write_bytes(to_json([edited]))
    return str(path)


def _history(path: Path) -> list[tuple[Any, ...]]:
    item = get_item(present(SurveyStore(path).get(RECORD["id"])), R1)
    return [(entry["who"], entry["field"], entry.get("from"), entry.get("to")) for entry in item.get("history") or []]


def test_the_command_writes_the_history_under_the_settings_name(store: Path, tmp_path: Path) -> None:
    copy = _copy(tmp_path, status="done")
    assert main(["--db", str(store), "import", copy]) == 1  # skipped, differs: nothing written
    assert _history(store) == []
    assert main(["--db", str(store), "import", copy, "--on-duplicate", "update"]) == 0
    assert _history(store) == [("Nguyễn Thị Lan", "status", "open", "done")]


def test_the_dialog_s_update_writes_the_history_under_the_settings_name(store: Path, tmp_path: Path) -> None:
    copy = _copy(tmp_path, deadline="2026-12-31")
    assert run_outcome(store, copy, "update", True).error is None and _history(store) == []  # the check: nothing
    outcome = run_outcome(store, copy, "update", False)
    assert outcome.error is None and outcome.result is not None and outcome.result.report.updated == [RECORD["id"]]
    assert _history(store) == [("Nguyễn Thị Lan", "deadline", None, "2026-12-31")]
