"""The file store's `stored_ids` reads the persistent index's id column while it is current, so marking an
import's drafts already stored never parses a large store; when the index is older than the store (a writer
that does not keep it), the store is read and the answer is still right."""

from __future__ import annotations

from pathlib import Path

from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record

FIRST = make_record()
SECOND = make_record(id="2024-03-05-doan-dbqh-rach-dua", date="2024-03-05", body="Đoàn ĐBQH TP Hồ Chí Minh")


def test_a_current_index_answers_without_the_store(tmp_path: Path) -> None:
    path = tmp_path / "surveys.json"
    writer = TinyDBRepository(path)
    writer.upsert_many([FIRST])
    writer.index.ensure()
    writer.close()
    reader = TinyDBRepository(path)
    assert reader.stored_ids([FIRST["id"], SECOND["id"]]) == {FIRST["id"]}
    assert reader._opened is None  # the store file was not parsed
    reader.close()


def test_an_index_older_than_the_store_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "surveys.json"
    writer = TinyDBRepository(path)
    writer.upsert_many([FIRST])
    writer.index.ensure()
    writer.close()
    SurveyStore(path).upsert_many([SECOND])  # the store alone: the index still describes the state before
    reader = TinyDBRepository(path)
    assert not reader.index.fresh()
    assert reader.stored_ids([FIRST["id"], SECOND["id"]]) == {FIRST["id"], SECOND["id"]}
    reader.close()
