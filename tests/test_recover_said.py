"""After `surveys recover`, what it says is not in the restored store gives the store file's reason alone: the line
had nested the whole open error, ending "run `surveys --db … recover` to restore it", recover telling the user to run
recover (tryout s35 tryout7, left 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.file_stamps import journal_path
from tests.bundled import RACH_DUA
from tests.recovery_helpers import as_older_version


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "SURVEYS_DB"):
        monkeypatch.delenv(name, raising=False)


def _said(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize(("lang", "lost", "reason", "advice"), [
    ("en", "not in the restored store: the last write that went into the store file itself (not valid JSON: ",
     "unexpected end of data", ("recover`", "restore it", "left untouched", "a backup of the previous version")),
    ("vi", "không có trong kho đã khôi phục: lần ghi cuối cùng vào chính tệp kho (không phải JSON hợp lệ: ",
     "dữ liệu dừng giữa chừng", ("recover`", "để khôi phục", "được giữ nguyên", "bản sao lưu của phiên bản trước")),
])
def test_the_lost_line_gives_the_reason_without_telling_to_run_recover(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, lost: str, reason: str,
        advice: tuple[str, ...]) -> None:
    db = str(tmp_path / "d.json")
    assert _said(capsys, "--lang", lang, "init", db, "--sample")[0] == 0
    assert _said(capsys, "--db", db, "compact")[0] == 0
    assert _said(capsys, "--db", db, "followup", RACH_DUA, "r2", "--status", "done")[0] == 0
    as_older_version(journal_path(Path(db)))  # not replayed: the store file's last write is said lost
    raw = Path(db).read_bytes()
    Path(db).write_bytes(raw[: len(raw) // 2])
    code, err = _said(capsys, "--db", db, "--lang", lang, "recover")
    assert code == 0
    line = next(line for line in err.splitlines() if line.startswith(lost))
    assert reason in line
    for words in advice:
        assert words not in err, words
