"""The history's words in both languages and the last look remembered per archive and visit (s39, hist1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.i18n import Translator
from tui.screens.item_changes import entry_line, history_rows, status_changed, undo_refused, when_label
from tui.settings import last_looked, save_looked

ENTRY = {"at": "2026-12-07T09:14:03Z", "who": "surveys_editor", "field": "status", "from": "open", "to": "done"}


@pytest.mark.parametrize(("lang", "said"), [("vi", "trạng thái chưa giải quyết → đã giải quyết"),
                                             ("en", "status open → done")])
def test_an_entry_says_who_when_and_from_what_to_what(lang: str, said: str) -> None:
    line = entry_line(ENTRY, Translator(lang))
    assert line.startswith("surveys_editor, ") and line.endswith(": " + said)
    assert entry_line({k: v for k, v in ENTRY.items() if k != "who"}, Translator(lang)).endswith(said)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_rows_are_newest_first_and_the_older_ones_counted(lang: str) -> None:
    t = Translator(lang)
    history = [{**ENTRY, "at": f"2026-12-0{day}T09:00:00Z", "field": "deadline", "to": f"2027-01-0{day}"}
               for day in range(1, 6)]
    rows = history_rows({"text": "x", "history": history}, t).plain.splitlines()
    assert len(rows) == 4 and "2027-01-05" in rows[0].replace("05/01/2027", "2027-01-05")
    assert rows[-1] == t("history.older", count=t.number(2))
    assert status_changed({"text": "x", "history": history}, t) is None  # never the status
    assert status_changed({"text": "x", "history": [ENTRY]}, t) is not None


def test_a_later_change_is_named_in_the_refusal() -> None:
    t = Translator("en")
    assert entry_line(ENTRY, t) in undo_refused("later", ENTRY, t)
    assert undo_refused("gone", None, t) == t("history.undo_gone")


def test_the_last_look_is_kept_per_archive_and_visit(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    url = "postgresql://editor:secret@db.example/surveys"
    assert last_looked(url, "v1", path) is None
    save_looked(url, "v1", "2026-12-01T00:00:00Z", path)
    save_looked("/data/office.json", "v1", "2026-12-05T00:00:00Z", path)
    assert last_looked(url, "v1", path) == "2026-12-01T00:00:00Z"
    assert last_looked(url, "v2", path) == "2026-12-01T00:00:00Z"  # never opened: the archive's last look
    assert last_looked("/data/office.json", "v1", path) == "2026-12-05T00:00:00Z"
    assert "secret" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("lang", "said"), [("vi", "07/12"), ("en", "7 Dec")])
def test_the_changed_since_day_is_not_ambiguous_in_english(lang: str, said: str) -> None:
    # 05:00 UTC is the same day in every zone a Vietnamese office uses; "07/12" would be 12 July to an English reader.
    assert when_label("2026-12-07T05:00:00Z", lang, day=False) == said
