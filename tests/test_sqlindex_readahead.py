"""The read-ahead yields to searches, and the vocabularies it reads are kept whole in the index file (#17).

`store.sqlindex.readahead` reads what the first searches need a step at a
time, each step only once no search runs (`IndexFile.idle`), letting a
search have the connection between the chunks of a large row
(`columns.pausing`), and taking again a step a search's interrupt stopped.
`store.sqlindex.vocabulary` keeps the words and pairs of words in one row
each, read back instead of the tables, and read from the tables again when
the copy is missing, damaged or of other tables. Behaviour only: how long
any of it takes is measured by scripts/bench_terminal.py and the README.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

import pytest

from store.query import Clause, Filter
from store.sqlindex import SqlIndex, columns
from store.sqlindex import words as wording
from store.sqlindex.pairs import PAIRS
from store.sqlindex.readahead import _let_searches_go
from store.sqlindex.vocabulary import Vocabulary, key_of
from store.sqlindex.words import WORDS
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store
from tests.test_sqlindex_words import expected_ids, say


@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    write_store(tmp_path / "s.json", generate(40, seed=11))
    found = TinyDBRepository(tmp_path / "s.json")
    found.search(Filter())  # builds the index
    return found


def _same(one: Vocabulary, other: Vocabulary) -> None:
    assert (one.ids, one.starts, one.blob, one.phrases) == (other.ids, other.starts, other.blob, other.phrases)


def test_the_build_keeps_each_vocabulary_as_its_table_says(repository: TinyDBRepository) -> None:
    with repository.index._locked() as db:
        for tables in (WORDS, PAIRS):
            assert db.execute("SELECT 1 FROM columns WHERE key = ?", (key_of(tables),)).fetchone()
            kept = Vocabulary.read(db, tables)
            _same(kept, Vocabulary(db, tables))
            assert kept.ids and any(kept.phrases.values()) == (tables is WORDS)


@pytest.mark.parametrize("damage", ["missing", "truncated", "garbage", "other words"])
def test_a_copy_missing_damaged_or_of_other_words_is_read_from_the_table_and_kept_again(
        repository: TinyDBRepository, damage: str) -> None:
    with repository.index._locked() as db:
        key = key_of(WORDS)
        (data,) = db.execute("SELECT data FROM columns WHERE key = ?", (key,)).fetchone()
        if damage == "missing":
            db.execute("DELETE FROM columns WHERE key = ?", (key,))
        elif damage == "truncated":
            db.execute("UPDATE columns SET data = ? WHERE key = ?", (data[:len(data) // 2], key))
        elif damage == "garbage":
            db.execute("UPDATE columns SET data = ? WHERE key = ?", (random.Random(1).randbytes(len(data)), key))
        else:  # the table's words renamed under the copy: ids that no longer say what the copy says
            db.execute("UPDATE word SET word = word || 'x' WHERE w % 3 = 0")
        found = Vocabulary.read(db, WORDS)
        _same(found, Vocabulary(db, WORDS))
        (again,) = db.execute("SELECT data FROM columns WHERE key = ?", (key,)).fetchone()
        assert (again != data) == (damage == "other words")  # kept again, as the table says now
        kept = Vocabulary._kept(db, WORDS)
        assert kept is not None
        _same(kept, found)


def test_words_added_in_place_after_the_copy_are_found(repository: TinyDBRepository) -> None:
    index = repository.index
    index.prepare()
    rid = repository.store.records()[0]["id"]
    repository.update(rid, say("Zorblat quokkavan mới họp"))  # new words and pairs, in place
    index._forget(replaced=True)  # a new session: the copies are read, then the words added since
    for text in ("zorblat", "quokkavan", "zorblat quokka", "blat quokkav"):
        query = Filter((Clause("text", text),))
        assert [r["id"] for r in repository.search(query, facets=False).records] == [rid], text
    with index._locked() as db:
        for tables in (WORDS, PAIRS):
            _same(Vocabulary.read(db, tables), Vocabulary(db, tables))


def test_a_read_only_file_is_searched_without_keeping_anything(repository: TinyDBRepository, tmp_path: Path) -> None:
    path = repository.index.path
    with repository.index._locked() as db:
        db.execute("DELETE FROM columns WHERE key LIKE 'vocabulary:%'")
    repository.index.close()
    index = SqlIndex(path, lambda: "?", lambda: [])
    index._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None)
    index._inode = path.stat().st_ino
    query = Filter((Clause("text", "chinh quyen"),))
    assert [r["id"] for r in index.search(query, facets=False).records] == \
        expected_ids(repository.store.records(), query)
    assert not index._db.execute("SELECT 1 FROM columns WHERE key LIKE 'vocabulary:%'").fetchone()


def test_many_offsets_are_set_alike_with_numpy_or_without(monkeypatch) -> None:
    """A search before the read-ahead has imported numpy sets a block's many offsets in C without it."""
    rng = random.Random(3)
    for count in (3, wording.MANY, 700, 5000):
        offsets = [rng.randrange(wording.BLOCK) for _ in range(count)]
        joined = array("H", offsets).tobytes()
        expected = sum(1 << at for at in set(offsets))
        import numpy  # noqa: F401, PLC0415 - the branch with it

        assert wording._offsets_set(joined) == expected
        with monkeypatch.context() as patched:
            patched.delitem(sys.modules, "numpy")
            assert wording._offsets_set(joined) == expected


def test_the_read_ahead_waits_while_a_search_runs(repository: TinyDBRepository) -> None:
    index = repository.index
    index._forget(replaced=True)
    done = threading.Event()
    with index.searching():  # a search under way (a key's)

        def read_ahead() -> None:
            index.prepare()
            done.set()

        reader = threading.Thread(target=read_ahead)
        reader.start()
        assert not done.wait(0.3)
        assert WORDS not in index._vocabulary and "date" not in index._sorts.kept  # no step taken
    assert done.wait(60)
    assert WORDS in index._vocabulary and PAIRS in index._vocabulary and "date" in index._sorts.places_of


def test_a_search_has_the_connection_between_the_chunks_of_a_large_row(repository: TinyDBRepository,
                                                                      monkeypatch) -> None:
    """The read-ahead reading a kept row lets a search that asks meanwhile have the lock, with its blob closed (an
    open one would let the search's interrupt stop the search's own statements); the row is read whole after."""
    index = repository.index
    monkeypatch.setattr(columns, "CHUNK", 64)
    query = Filter((Clause("text", "chinh"),))
    results: list[Any] = []
    searcher = threading.Thread(target=lambda: results.append(  # as the browser asks: the index itself
        [r["id"] for r in index.search(query, facets=False).records]))

    def wanted() -> bool:
        if searcher.ident is None:
            index.interrupt()  # as a key does, with the read-ahead's blob open
            searcher.start()
            while not index._searching:  # the search waits for the lock now
                threading.Event().wait(0.001)
        return index.busy()

    with index._lock, columns.pausing(wanted, lambda: _let_searches_go(index)):
        db = index._connection()
        (whole,) = db.execute("SELECT data FROM columns WHERE key = 'owners'").fetchone()
        read = columns.read_blob(db, "owners")
        assert results  # answered while the row was being read
    searcher.join()
    assert read == whole
    assert results == [expected_ids(repository.store.records(), query)]
