"""A record taken for a stored visit under another id replaces it in place: the index drops the old id.

`planning.plan` treats an incoming record with the same date, places and body as the stored visit it repeats; with
`on_duplicate="update"` it replaces that record, id included. The persistent index was told only of the new id and
kept the old one as a ghost (found by searches, counted twice in the former units) until its next whole build.
Found by `test_sqlindex_units` once the generated records changed (session 33).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.query import Filter
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store


@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    write_store(tmp_path / "s.json", generate(12, seed=3))
    found = TinyDBRepository(tmp_path / "s.json")
    found.search(Filter())  # the index built
    return found


def _indexed_ids(repository: TinyDBRepository) -> list[str]:
    return sorted(record["id"] for record in repository.search(Filter()).records)


def test_upsert_of_the_same_visit_under_a_new_id_leaves_no_ghost(repository: TinyDBRepository) -> None:
    stored = repository.store.records()[0]
    again = {**stored, "id": stored["id"] + "-again"}
    report = repository.upsert_many([again], on_duplicate="update")
    assert report.updated == [again["id"]]
    ids = sorted(record["id"] for record in repository.store.records())
    assert stored["id"] not in ids and again["id"] in ids
    assert repository.index.fresh()
    assert _indexed_ids(repository) == ids


def test_upsert_by_the_same_id_deletes_nothing(repository: TinyDBRepository) -> None:
    stored = repository.store.records()[0]
    repository.upsert_many([{**stored, "body": stored["body"] + " (sửa)"}], on_duplicate="update")
    assert _indexed_ids(repository) == sorted(record["id"] for record in repository.store.records())
    assert len(_indexed_ids(repository)) == 12
