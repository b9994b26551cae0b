"""Warming (`store.sqlindex.warming`): the leaves it finds by walking a b-tree's interior pages are exactly the leaf
pages SQLite's `dbstat` lists for that b-tree, for tables and indexes, one level deep or several; a file that is
not a database, or is gone, warms nothing and raises nothing. Not timed (`scripts/cold_pages.py` measures it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.sqlindex import SqlIndex, warming
from tests.synthetic import generate


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> SqlIndex:
    records = generate(600, seed=3)
    found = SqlIndex(tmp_path_factory.mktemp("warming") / "i.sqlite3", lambda: "t1", lambda: records)
    found.build()
    return found


def dbstat_leaves(path: Path, name: str) -> list[int]:
    db = sqlite3.connect(path)
    try:
        return sorted(page for (page,) in db.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (name,)))
    finally:
        db.close()


@pytest.mark.parametrize("name", ["doc", "post", "post_n", "rec", "fpost", "word", "ppost", "term", "meta"])
def test_leaves_are_dbstats(index: SqlIndex, name: str) -> None:
    db = sqlite3.connect(index.path)
    try:
        starts = warming.roots(db, [name])
    finally:
        db.close()
    assert starts
    assert warming.leaves(index.path, starts) == dbstat_leaves(index.path, name)


def test_deep_btree(tmp_path: Path) -> None:
    """A table and an index three levels deep or more (small pages, long keys)."""
    path = tmp_path / "deep.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size = 512")
    db.execute("CREATE TABLE t(n INTEGER PRIMARY KEY, s TEXT)")
    db.execute("CREATE INDEX t_s ON t(s)")
    db.executemany("INSERT INTO t VALUES (?, ?)", ((n, f"{n * 7919 % 100003:08d}" * 6) for n in range(20_000)))
    db.commit()
    depth = db.execute("SELECT max(length(path) - length(replace(path, '/', ''))) FROM dbstat WHERE name = 't_s'"
                       ).fetchone()[0]
    starts = {name: warming.roots(db, [name]) for name in ("t", "t_s")}
    db.close()
    assert depth >= 2
    for name, roots in starts.items():
        assert warming.leaves(path, roots) == dbstat_leaves(path, name)
    both = warming.leaves(path, starts["t"] + starts["t_s"])
    assert both == sorted(dbstat_leaves(path, "t") + dbstat_leaves(path, "t_s"))
    assert warming.warm(path, starts["t"]) == len(dbstat_leaves(path, "t"))
    assert warming.warm(path, starts["t"], limit=lambda: 512 * len(dbstat_leaves(path, "t")) - 1) == 0
    assert warming.budget() > 0


def test_runs() -> None:
    assert warming.runs([]) == []
    assert warming.runs([3, 4, 5, 9, 11, 12]) == [(3, 3), (9, 1), (11, 2)]


def test_not_a_database(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    assert warming.leaves(garbage, [1, 2]) == []
    assert warming.warm(garbage, [1, 2]) == 0
    assert warming.warm(tmp_path / "gone.sqlite3", [1]) == 0
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert warming.warm(tmp_path / "empty.sqlite3", [1]) == 0


def test_prepare_warms_and_searches_alike(index: SqlIndex) -> None:
    """The read-ahead with its warming leaves the answers as they were."""
    from store.query import Filter  # noqa: PLC0415

    before = index.search(Filter.parse("ward:a"), limit=5)
    index.prepare()
    after = index.search(Filter.parse("ward:a"), limit=5)
    assert (before.total, [r["id"] for r in before.records]) == (after.total, [r["id"] for r in after.records])
