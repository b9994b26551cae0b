"""A compaction re-stamps the persistent index instead of leaving it to a whole build, and a build leaves no lock
file beside the index (`TinyDBRepository.compact`, `IndexFile.restamp`, `IndexFile._one_build`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from store.query import Filter
from store.sqlindex import index_path_for
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store


@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    write_store(tmp_path / "s.json", generate(40, seed=7))
    return TinyDBRepository(tmp_path / "s.json")


def _renamed(record: dict[str, Any]) -> dict[str, Any]:
    record["summary"] = "Quokka visit"
    return record


def _journaled(repository: TinyDBRepository) -> str:
    """A write that goes to the journal, so that a compaction has something to fold in; the record's id."""
    first = repository.search(Filter(), limit=1).records[0]
    repository.update(first["id"], _renamed)
    return str(first["id"])


def test_a_compaction_restamps_the_index_in_place(repository: TinyDBRepository) -> None:
    changed = _journaled(repository)
    inode, before = repository.index.path.stat().st_ino, repository.change_token()
    repository.compact()
    assert repository.change_token() != before  # a new store file: the token moved
    other = TinyDBRepository(repository.path)  # an open browser's view: current, with nothing to build
    assert other.index.fresh() and repository.index.fresh()
    assert repository.index.path.stat().st_ino == inode  # the same file, never built again
    assert [r["id"] for r in other.search(Filter.parse("quokka")).records] == [changed]
    assert other.search(Filter()).total == 40


def test_an_index_stale_before_the_compaction_stays_stale(repository: TinyDBRepository, tmp_path: Path) -> None:
    repository.search(Filter())
    records = generate(40, seed=7)
    records[3]["summary"] = "Zanzibar"
    write_store(repository.path, records)  # another program rewrote the file: the index no longer describes it
    repository.compact()
    assert not repository.index.fresh()  # re-stamped only what described the store before
    assert repository.search(Filter.parse("zanzibar")).total == 1


def test_surveys_compact_keeps_the_index(repository: TinyDBRepository) -> None:
    _journaled(repository)
    inode = repository.index.path.stat().st_ino
    repository.close()
    assert main(["--db", str(repository.path), "compact"]) == 0
    assert TinyDBRepository(repository.path).index.fresh()
    assert index_path_for(repository.path).stat().st_ino == inode


def test_a_build_leaves_no_lock_file_beside_the_index(repository: TinyDBRepository) -> None:
    repository.search(Filter())
    path = repository.index.path
    assert path.exists()
    assert not Path(f"{path}.building").exists()
    path.unlink()
    repository.search(Filter())  # built again
    assert not Path(f"{path}.building").exists()
