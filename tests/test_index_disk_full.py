"""A disk that fills while the index is built: said as a full disk, the store untouched (tryout s34).

On a 200 kB tmpfs the browser said "The store could not be opened: database or
disk is full" (SQLite's words): the person took the archive for damaged. Now
the error names the index file, says the disk is full and that the store
itself is untouched, in the reader's language. SQLite's error is made here
(a full file system cannot be made in a test), as SQLite raises it, and an
`OSError` ENOSPC from the scratch file's creation alike.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from store.query import Filter
from store.sqlindex import build as building
from store.sqlindex import index_path_for
from store.storage import StoreError
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record
from tui.i18n import Translator
from tui.i18n_errors import explain


@pytest.mark.parametrize("failure", [sqlite3.OperationalError("database or disk is full"),
                                     OSError(errno.ENOSPC, "No space left on device")])
def test_a_full_disk_while_building_says_the_store_is_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 failure: Exception) -> None:
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.upsert_many([make_record()])
    stored = (tmp_path / "s.json").read_bytes()
    index_path_for(repository.path).unlink(missing_ok=True)
    repository.close()

    def full(*_: object) -> None:
        raise failure

    monkeypatch.setattr(building, "build", full)
    repository = TinyDBRepository(tmp_path / "s.json")
    with pytest.raises(StoreError) as raised:
        repository.search(Filter())
    said = str(raised.value)
    assert said.startswith(f"cannot build the search index {index_path_for(repository.path)}: the disk is full")
    assert "The store itself is untouched" in said
    assert (tmp_path / "s.json").read_bytes() == stored
    assert "ổ đĩa đã đầy" in explain(said, Translator("vi")) and "Kho không bị động đến" in explain(said,
                                                                                                 Translator("vi"))


def test_another_sqlite_error_is_not_called_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.upsert_many([make_record()])
    index_path_for(repository.path).unlink(missing_ok=True)
    repository.close()

    def locked(*_: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(building, "build", locked)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        TinyDBRepository(tmp_path / "s.json").search(Filter())
