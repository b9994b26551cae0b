"""`surveys followup --undo` within one second, after the browser's `z`, and again and again (session 41, hist3).

`--undo` took the writer's last entries of one (second, writer): two saves in one second were undone together, and
after a `z` in the browser the undo itself was the "last save", so `--undo` redid the change. Each `--undo` now puts
back the writer's latest save not undone yet, stepping over their undos and saying so, and refuses once all are
undone. The clock is frozen (`now_stamp`), so every save shares one stamp.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.followup import undo_save
from store.tinydb_repository import TinyDBRepository
from tests.bundled import LAI_THIEU
from tests.test_cli_store import db, run  # noqa: F401 - `db`: a sample store

STAMP = "2026-12-07T09:14:03Z"
D2 = ("directions", 1)


@pytest.fixture(autouse=True)
def _one_second_by_lan(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, writer_lan: None) -> Iterator[None]:
    monkeypatch.setattr("store.followup.now_stamp", lambda: STAMP)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no settings: the OS user's name
    yield


def _item(db: Path) -> dict[str, Any]:  # noqa: F811
    repository = TinyDBRepository(db)
    try:
        stored = repository.get(LAI_THIEU)
        assert stored is not None
        return dict(stored["directions"][1])
    finally:
        repository.close()


def _followup(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:  # noqa: F811
    return run(capsys, "--db", str(db), "--lang", "en", "followup", LAI_THIEU, "d2", *args)


def test_two_saves_in_one_second_are_undone_one_at_a_time(capsys, db: Path) -> None:  # noqa: F811
    assert _followup(capsys, db, "--status", "in progress")[0] == 0
    assert _followup(capsys, db, "--deadline", "2027-01-31")[0] == 0  # the same second: a save of its own
    code, out, _ = _followup(capsys, db, "--undo")
    assert code == 0 and out.startswith(f"Undone on {LAI_THIEU} d2: deadline 2027-01-31 → —\n")
    item = _item(db)
    assert item["status"] == "in progress" and "deadline" not in item


def test_each_undo_steps_further_back_says_so_and_stops_when_all_are_undone(capsys, db: Path) -> None:  # noqa: F811
    assert _followup(capsys, db, "--status", "done")[0] == 0
    assert _followup(capsys, db, "--status", "not accepted")[0] == 0
    code, out, _ = _followup(capsys, db, "--undo")
    assert code == 0 and out.startswith(f"Undone on {LAI_THIEU} d2: status not accepted → done\n")
    code, out, _ = _followup(capsys, db, "--undo")  # the last change is an undo: the save before it, not a redo
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith(f"{LAI_THIEU} d2: your latest change was an undo; undoing the save "
                                             "before it (lan, ") and lines[0].endswith(": status open → done)")
    assert lines[1] == f"Undone on {LAI_THIEU} d2: status done → open"
    code, out, err = _followup(capsys, db, "--undo")
    assert code == 1 and out == "" and "every save by lan of this item is undone already" in err
    assert "nothing was written" in err
    history = _item(db)["history"]
    assert [entry.get("to", "open") for entry in history] == ["done", "not accepted", "done", "open"]
    assert [entry.get("undoes") for entry in history] == [None, None, history[1]["save"], history[0]["save"]]


def test_undo_after_the_browsers_z_puts_back_the_save_before_not_the_undo(capsys, db: Path) -> None:  # noqa: F811
    was = _item(db).get("to")
    assert _followup(capsys, db, "--status", "in progress")[0] == 0
    assert _followup(capsys, db, "--to", "Sở Nội vụ")[0] == 0
    repository = TinyDBRepository(db)
    try:  # `z` in the browser: the addressee put back
        undo_save(repository, LAI_THIEU, D2, _item(db)["history"][-1:])
    finally:
        repository.close()
    code, out, _ = run(capsys, "--db", str(db), "--lang", "vi", "followup", LAI_THIEU, "d2", "--undo")
    assert code == 0 and "thay đổi gần nhất của bạn là một lần hoàn tác" in out
    item = _item(db)
    assert item.get("status", "open") == "open" and item.get("to") == was != "Sở Nội vụ"
    assert [entry["field"] for entry in item["history"]] == ["status", "to", "to", "status"]
