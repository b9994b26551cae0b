"""`surveys list` and `show` follow the browser's language rule (`tui.settings.interface_lang`): --lang, else the
language last chosen with `L` on this store, else on any store (the user's), else the locale, else English."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from cli.main import main
from store.store import SurveyStore
from tests.bundled import LAI_THIEU, RACH_DUA
from tui.settings import Settings, save_settings, save_user_lang, settings_path


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "s.json"
    SurveyStore.open(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv, env, header, heading, number", [
    (("--lang", "vi"), {}, "NGÀY", "Số liệu:", "2.446"),
    (("--lang", "en"), {}, "DATE", "Figures:", "2,446"),
    ((), {"LANG": "vi_VN.UTF-8"}, "NGÀY", "Số liệu:", "2.446"),
    ((), {"LANG": "en_GB.UTF-8"}, "DATE", "Figures:", "2,446"),
    ((), {}, "DATE", "Figures:", "2,446"),
])
def test_list_and_show_speak_the_browser_language(capsys, db, monkeypatch, argv, env, header, heading, number) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert run(capsys, "--db", str(db), *argv, "list").startswith(header)
    shown = run(capsys, "--db", str(db), *argv, "show", RACH_DUA)
    assert heading in shown and number in shown


def test_list_and_show_follow_the_language_saved_by_the_browser(capsys, db, monkeypatch) -> None:
    """They had followed --lang and the locale only: after `L` in the browser, `surveys show` spoke the other
    language. The order is the browser's: --lang > this store's (`L` here) > the user's (`L` anywhere) > locale."""
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")

    def speaks(*argv: str) -> str:
        listed = run(capsys, "--db", str(db), *argv, "list")
        shown = run(capsys, "--db", str(db), *argv, "show", RACH_DUA)
        lang = "vi" if listed.startswith("NGÀY") else "en"
        assert ("Số liệu:" in shown) == (lang == "vi") and ("Figures:" in shown) == (lang == "en")
        return lang

    assert speaks() == "vi"  # the locale
    save_user_lang("en")
    assert speaks() == "en"  # the user's, over the locale
    save_settings(settings_path(db), Settings(lang="vi"))
    assert speaks() == "vi"  # this store's, over the user's
    assert speaks("--lang", "en") == "en"  # --lang over both
    monkeypatch.setenv("SURVEYS_DB", str(db))
    assert run(capsys, "list").startswith("NGÀY")  # the store named by SURVEYS_DB has its settings too


@pytest.mark.parametrize(("lang", "note"), [("vi", "(năm suy ra)"), ("en", "(year inferred)")])
def test_list_and_show_mark_an_inferred_year(capsys, db, lang: str, note: str) -> None:
    """The browser writes `04/09/2025?` for a visit whose article gave no year; the table and `show` had printed
    `2025-09-04` as if it were stated."""
    listed = run(capsys, "--db", str(db), "--lang", lang, "list").splitlines()
    inferred, stated = ("04/09/2025", "09/09/2025") if lang == "vi" else ("2025-09-04", "2025-09-09")  # as read
    assert any(line.startswith(f"{inferred}?  ") and LAI_THIEU[:30] in line for line in listed)
    assert any(line.startswith(f"{stated}   ") for line in listed)  # a stated year: no mark, the column aligned
    shown = run(capsys, "--db", str(db), "--lang", lang, "show", LAI_THIEU)
    assert shown.startswith(f"{inferred}? {note}  ")
    assert run(capsys, "--db", str(db), "--lang", lang, "show", RACH_DUA).startswith(f"{stated}  ")
    assert '"date":"2025-09-04"' in run(capsys, "--db", str(db), "list", "--format", "jsonl")  # data as stored


@pytest.mark.parametrize(("lang", "line"), [
    ("vi", "Nguồn: Báo Quảng Trị · Trần An · Giám sát tại xã Lệ Thủy · 04/11/2025 · https://example.vn/a"),
    ("en", "Source: Báo Quảng Trị · Trần An · Giám sát tại xã Lệ Thủy · 2025-11-04 · https://example.vn/a"),
])
def test_show_gives_the_source_as_the_details_do(capsys, db, lang: str, line: str) -> None:
    """`show` had printed the record's keys, "Nguồn: title: …, url: …, published: 2025-11-04", English words in a
    Vietnamese text; the details pane gives the values, in its order, the day as the reader writes it."""
    store = SurveyStore.open(db)
    record = copy.deepcopy(store.get(RACH_DUA))
    assert record is not None
    record["source"] = {"url": "https://example.vn/a", "title": "Giám sát tại xã Lệ Thủy", "published": "2025-11-04",
                        "outlet": "Báo Quảng Trị", "author": "Trần An"}
    store.replace(record)
    shown = run(capsys, "--db", str(db), "--lang", lang, "show", RACH_DUA)
    assert line in shown.splitlines()
