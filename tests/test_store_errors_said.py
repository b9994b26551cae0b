"""The store's refusals reach a Vietnamese reader in Vietnamese.

The store explains itself in English words with the path inside (the CLI prints
them as they are); the browser reads each shape back through the catalog's
`err.*` patterns (`tui.i18n_errors.explain`). These errors are raised by the
real code paths where a test can provoke them, so a reworded message in the
store that the catalog no longer matches fails here rather than reaching a
reader as English.
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest
from filelock import FileLock

from store.backends import init_repository, open_repository
from store.errors import StoreError
from store.journal import JournalCorrupt
from store.repository import RecordNotFound
from store.storage import StoreCorruptError, write_atomically
from store.store import StoreWriteError, SurveyStore
from tui.i18n import Translator
from tui.i18n_errors import explain

ENGLISH = re.compile(r"\b(?:cannot|is not|does not|exists?|nothing|was|were|written|store|the|read-only|try again|"
                     r"backup|damaged|folder|no such|permission|disk)\b")
"""Words of the store's English messages; none may be left once said in Vietnamese (paths and commands aside)."""


def _said_in_vietnamese(error: BaseException) -> str:
    message = str(error)
    said = explain(message, Translator("vi"))
    assert said != message, message
    bare = re.sub(r"`[^`]*`|/\S+|postgresql://\S+", " ", said)  # paths and commands stay as typed
    assert not ENGLISH.search(bare), said
    assert explain(message, Translator("en")) == message
    return said


def _raised(action: object) -> StoreError:
    with pytest.raises(StoreError) as caught:
        action()  # type: ignore[operator]
    return caught.value


def test_a_missing_folder_and_a_missing_store(tmp_path: Path) -> None:
    said = _said_in_vietnamese(_raised(lambda: init_repository(tmp_path / "absent" / "s.json")))
    assert str(tmp_path / "absent") in said
    _said_in_vietnamese(_raised(lambda: open_repository(tmp_path / "none.json")))


def test_a_store_locked_by_another_writer(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    SurveyStore(path).create()
    other = FileLock(str(path) + ".lock")
    other.acquire()
    try:
        said = _said_in_vietnamese(_raised(lambda: SurveyStore(path, lock_timeout=0.05).update("x", dict)))
    finally:
        other.release()
    assert "0.05" in said


def test_a_read_only_store_and_an_absent_record(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    SurveyStore(path).create()
    _said_in_vietnamese(_raised(lambda: SurveyStore(path).update("nobody", dict)))
    assert isinstance(_raised(lambda: SurveyStore(path).update("nobody", dict)), RecordNotFound)
    _said_in_vietnamese(_raised(lambda: init_repository(path)))  # it exists already
    os.chmod(path, 0o444)
    _said_in_vietnamese(_raised(lambda: write_atomically(path, b"{}")))


@pytest.mark.parametrize("content", ["", "{\"surveys\": {\"1\": ", "[1, 2]", "{\"surveys\": []}"])
@pytest.mark.parametrize("backup", [False, True])
def test_a_damaged_store_with_and_without_its_backup(tmp_path: Path, content: str, backup: bool) -> None:
    path = tmp_path / "s.json"
    path.write_text(content, encoding="utf-8")
    if backup:
        (tmp_path / "s.json.bak").write_text("{}", encoding="utf-8")
    error = _raised(lambda: SurveyStore(path).update("x", dict))
    assert isinstance(error, StoreCorruptError)
    said = _said_in_vietnamese(error)
    assert ("recover" in said) == backup


def test_a_missing_store_whose_backup_is_there(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    (tmp_path / "s.json.bak").write_text("{}", encoding="utf-8")
    _said_in_vietnamese(_raised(lambda: SurveyStore(path).update("x", dict)))


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS])
def test_a_write_the_disk_refused(tmp_path: Path, code: int) -> None:
    _said_in_vietnamese(StoreWriteError(tmp_path / "s.json", OSError(code, os.strerror(code))))


def test_a_damaged_journal(tmp_path: Path) -> None:
    _said_in_vietnamese(JournalCorrupt(tmp_path / "s.json.journal", 3))


def test_an_unreachable_database() -> None:
    pytest.importorskip("psycopg")
    error = _raised(lambda: open_repository("postgresql://surveys@127.0.0.1:1/none?connect_timeout=2"))
    _said_in_vietnamese(error)
