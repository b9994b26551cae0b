"""What the build keeps for counting facets (`store.sqlindex.columns`: where each record's facet values start,
every record newest first, the unfiltered counts by facet) gives the counts and pages that deriving them from
the tables gives: in a file made before they were kept, after an in-place change removed them, and when kept
again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.query import Filter
from store.sqlindex.columns import DERIVED
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store

QUERIES = ("", "year:2025", "thieu", "ch", "topic:1-cua", "province:79 year:2024")


@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    write_store(tmp_path / "s.json", generate(120, seed=6))
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.index.ensure()
    return repository


def answers(repository: TinyDBRepository) -> list[tuple[list[str], dict]]:
    repository.index.close()  # forget what was read: the file alone answers
    found = []
    for text in QUERIES:
        page = repository.search(Filter.parse(text), limit=30)
        found.append(([record["id"] for record in page.records], page.facets))
    return found


def kept(repository: TinyDBRepository) -> set[str]:
    db = sqlite3.connect(repository.index.path)
    try:
        return {key for (key,) in db.execute("SELECT key FROM columns")} & set(DERIVED)
    finally:
        db.close()


def test_a_file_without_the_kept_arrays_answers_the_same_and_keeps_them(repository: TinyDBRepository) -> None:
    assert kept(repository) == set(DERIVED)
    built = answers(repository)
    db = sqlite3.connect(repository.index.path)
    db.execute("DELETE FROM columns WHERE key IN ('starts', 'newest', 'named-collated')")
    db.commit()
    db.close()
    assert answers(repository) == built
    assert kept(repository) == set(DERIVED)  # derived by the reader and kept for the next
    assert answers(repository) == built


def test_an_in_place_change_drops_them_and_the_counts_follow_the_change(repository: TinyDBRepository) -> None:
    repository.upsert_many(generate(5, seed=8, start=7000))
    assert not kept(repository) & {"starts", "newest", "named-collated"}
    after = answers(repository)
    assert after[0][1] == TinyDBRepository(repository.path).search(Filter()).facets
    fresh = TinyDBRepository(repository.path)
    fresh.index.build()
    assert answers(fresh) == after
