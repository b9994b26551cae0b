"""An item's history in every output and from the command line (session 40, hist2).

A user who writes a monthly report from the follow-up had only the browser's dialog (three rows): `surveys show`, the
follow-up CSV and the Markdown brief printed no history, and `surveys followup` could neither print it nor undo. Each
now says every change (when, who, from → to) in the run's language; `--undo` puts back the user's own latest save,
refused naming a later change by someone else. The name is `store.writer_name`'s: the settings' `user`, or
`SURVEYS_USER`, else the OS user (a file store). Times are said in the machine's zone: UTC here (`TZ`).
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cli.commands.describe import describe_record
from store import writer_name
from store.export import to_csv, to_markdown
from store.history_said import entry_line, history_lines
from store.tinydb_repository import TinyDBRepository
from tests.bundled import LAI_THIEU
from tests.factories import make_record
from tests.test_cli_store import db, run  # noqa: F401 - `db`: a sample store

STAMP = "2026-12-07T09:14:03Z"
ITEM = {"text": "Bổ sung biên chế cho xã.", "status": "done", "deadline": "2027-01-31", "history": [
    {"at": STAMP, "who": "Nguyễn Thị Lan", "field": "status", "from": "open", "to": "done"},
    {"at": STAMP, "who": "Nguyễn Thị Lan", "field": "deadline", "to": "2027-01-31"},
]}
SAID = {"vi": ["Nguyễn Thị Lan, 07/12/2026 09:14: trạng thái chưa giải quyết → đã giải quyết",
               "Nguyễn Thị Lan, 07/12/2026 09:14: hạn — → 31/01/2027"],
        "en": ["Nguyễn Thị Lan, 2026-12-07 09:14: status open → done",
               "Nguyễn Thị Lan, 2026-12-07 09:14: deadline — → 2027-01-31"]}


@pytest.fixture(autouse=True)
def _utc_and_a_name(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.delenv(writer_name.ENV, raising=False)
    monkeypatch.setattr(writer_name.getpass, "getuser", lambda: "lan")
    yield
    monkeypatch.undo()
    time.tzset()


def _record() -> dict[str, Any]:
    return make_record(recommendations=[ITEM, {"text": "Chưa đổi gì."}])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_show_prints_each_items_history_under_it_in_the_runs_language(lang: str) -> None:
    text = describe_record(_record(), lang)
    heading = {"vi": "Lịch sử:", "en": "History:"}[lang]
    assert f"\n      {heading}\n        {SAID[lang][0]}\n        {SAID[lang][1]}" in text
    assert text.count(heading) == 1  # the item never changed has none


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_follow_up_csv_has_a_history_cell_with_the_stored_stamps(lang: str) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([_record()], "recommendations", lang=lang).decode("utf-8"))))
    words = {"vi": "trạng thái chưa giải quyết → đã giải quyết", "en": "status open → done"}[lang]
    assert rows[0]["history"].startswith(f"Nguyễn Thị Lan, {STAMP}: {words} | Nguyễn Thị Lan, {STAMP}: ")
    assert rows[0]["history"].endswith("2027-01-31")  # ISO, as the CSV's deadline column
    assert rows[1]["history"] == ""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_markdown_brief_lists_the_history_under_the_item(lang: str) -> None:
    brief = to_markdown([_record()], lang=lang)
    heading = {"vi": "Lịch sử", "en": "History"}[lang]
    assert f"\n  - {heading}:\n    - {SAID[lang][0]}\n    - {SAID[lang][1]}" in brief


def test_a_hostile_name_is_shown_never_obeyed() -> None:
    entry = {"at": STAMP, "who": "x\x1b[2Jy", "field": "to", "to": "*Sở* [a](b)"}
    assert "\x1b" not in entry_line(entry, "vi")
    brief = to_markdown([make_record(recommendations=[{"text": "A.", "history": [entry]}])], lang="vi")
    assert "\x1b" not in brief and "\\*Sở\\*" in brief and "\\[a\\]" in brief
    assert history_lines({"text": "A."}, "vi") == []


def _history(db: Path) -> list[dict[str, Any]]:  # noqa: F811
    repository = TinyDBRepository(db)
    try:
        stored = repository.get(LAI_THIEU)
        assert stored is not None
        return list(stored["directions"][1].get("history") or [])
    finally:
        repository.close()


def test_followup_names_the_settings_user_prints_the_history_and_undoes(capsys, db: Path,  # noqa: F811
                                                                          tmp_path: Path) -> None:
    (tmp_path / "config" / "surveys").mkdir(parents=True)
    (tmp_path / "config" / "surveys" / "settings.json").write_text(json.dumps({"user": "Nguyễn Thị Lan"}))
    import os  # noqa: PLC0415

    os.environ["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the conftest's monkeypatch puts it back
    code, _, _ = run(capsys, "--db", str(db), "--lang", "en", "followup", LAI_THIEU, "d2", "--status", "done")
    assert code == 0 and _history(db)[-1]["who"] == "Nguyễn Thị Lan"
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "followup", LAI_THIEU, "d2", "--history")
    assert code == 0 and out.splitlines()[0] == f"{LAI_THIEU} d2:"
    assert out.splitlines()[1].startswith("  Nguyễn Thị Lan, ") and out.splitlines()[1].endswith(": status open → done")
    code, out, _ = run(capsys, "--db", str(db), "--lang", "en", "followup", LAI_THIEU, "d2", "--undo")
    assert code == 0 and out.startswith(f"Undone on {LAI_THIEU} d2: status done → open")
    assert [entry.get("to", "open") for entry in _history(db)] == ["done", "open"]


def test_followup_undo_is_refused_naming_a_later_change_and_writes_nothing(capsys, db: Path,  # noqa: F811
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, "--db", str(db), "--lang", "en", "followup", LAI_THIEU, "d2", "--undo")
    assert code == 1 and "holds no save by lan to undo; nothing was written" in err
    assert run(capsys, "--db", str(db), "followup", LAI_THIEU, "d2", "--status", "in progress")[0] == 0
    monkeypatch.setenv(writer_name.ENV, "Trần Văn Minh")
    assert run(capsys, "--db", str(db), "followup", LAI_THIEU, "d2", "--deadline", "2027-01-31")[0] == 0
    monkeypatch.delenv(writer_name.ENV)
    code, _, err = run(capsys, "--db", str(db), "--lang", "vi", "followup", LAI_THIEU, "d2", "--undo")
    assert code == 1 and "không hoàn tác" in err and "Trần Văn Minh" in err and "chưa ghi gì" in err
    assert len(_history(db)) == 2
    code, out, _ = run(capsys, "--db", str(db), "--lang", "vi", "followup", LAI_THIEU, "d1", "--history")
    assert code == 0 and out.splitlines()[1] == "  chưa có thay đổi nào được ghi lại (trạng thái, hạn, nơi nhận)"


@pytest.mark.parametrize("lang, mark", [("vi", " (hoàn tác)"), ("en", " (undo)")])
def test_an_undos_entry_says_it_is_an_undo_in_every_output(lang: str, mark: str) -> None:
    undo = {"at": STAMP, "save": "0123456789ab", "who": "Nguyễn Thị Lan", "field": "status", "from": "done",
            "to": "open", "undoes": "a1b2c3d4e5f6"}  # session 41: an undo names the save it put back
    assert entry_line(undo, lang) == SAID[lang][0].replace(*_swapped(lang)) + mark
    assert not entry_line({**undo, "undoes": ""}, lang).endswith(mark)  # no save named: an ordinary change
    assert history_lines({**ITEM, "history": [undo]}, lang, iso=True)[0].endswith(mark)


def _swapped(lang: str) -> tuple[str, str]:
    """SAID's first line says open → done; the undo's says done → open."""
    return (("chưa giải quyết → đã giải quyết", "đã giải quyết → chưa giải quyết") if lang == "vi"
            else ("open → done", "done → open"))
