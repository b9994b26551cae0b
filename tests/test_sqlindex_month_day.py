"""The SQLite index answers a day without its year (`ngay:22/10`) through `rec_month_day`, not by scanning `rec`;
a file built before that index is given it by the background filling (`wordfill.fill_all`), with the same ids."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store.matching import Matcher
from store.query import Filter
from store.sqlindex.compile import MONTH_DAY
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store

QUERIES = ("ngay:22/10", "tu:1/9 den:30/9", "ngay:20/12..10/1", "ngay:29/2 nam:2024")


def _has_index(path: Path) -> bool:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT 1 FROM sqlite_master WHERE name = 'rec_month_day'").fetchone() is not None


def test_a_day_without_its_year_reads_the_month_day_index_and_an_older_file_is_given_it(tmp_path: Path) -> None:
    records = generate(300, seed=5)
    write_store(tmp_path / "s.json", records)
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    path = repository.index.path
    assert _has_index(path)  # a build makes it
    with sqlite3.connect(path) as db:
        plan = db.execute(f"EXPLAIN QUERY PLAN SELECT n FROM rec WHERE {MONTH_DAY} BETWEEN ? AND ?",
                          ("10-22", "10-22")).fetchall()
    assert "rec_month_day" in str(plan)  # the compiled expression is the index's: a search, not a scan
    repository.close()
    with sqlite3.connect(path) as db:  # as a file built before the index
        db.execute("DROP INDEX rec_month_day")
    repository = TinyDBRepository(tmp_path / "s.json")
    expected = {text: sorted(r["id"] for r in records if Matcher(Filter.parse(text)).matches_record(r))
                for text in QUERIES}
    for text in QUERIES:  # without it: the same ids, by a scan of `rec`
        assert sorted(r["id"] for r in repository.search(Filter.parse(text)).records) == expected[text], text
    repository.index.fill_words()
    assert _has_index(path)
    for text in QUERIES:
        assert sorted(r["id"] for r in repository.search(Filter.parse(text)).records) == expected[text], text
    repository.close()
