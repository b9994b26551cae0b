"""`surveys list` and `show` follow the browser's language rule: --lang, else the locale, else English."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.store import SurveyStore
from tests.bundled import RACH_DUA


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
