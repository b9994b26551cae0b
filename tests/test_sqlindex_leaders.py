"""The leader terms of an index file of schema 12 (`store.sqlindex.leaders`): opening it reads no record, the terms
are filled in steps by the background filling (`wordfill`), and a `leader:` clause agrees with a full scan at every
step, with writes and another process's steps between them. Not timed (measured in docs/performance-log.md).
"""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from store.facet_keys import leader_key
from store.matching import Matcher
from store.query import Clause, Filter
from store.sqlindex import Interrupted, SqlIndex, leaders, rows, wordfill
from store.sqlindex.packing import Packer
from store.sqlindex.schema import SCHEMA_VERSION, connect
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store
from tests.test_index_vs_scan import _odd_records, _random_filters

STEP = 16


def as_schema_12(path: Path) -> None:
    """What schema 12 wrote: the same file without the leader terms."""
    db = sqlite3.connect(path)
    db.executescript("DELETE FROM post WHERE t IN (SELECT t FROM term WHERE field = 'leader');"
                     "DELETE FROM term WHERE field = 'leader'; UPDATE meta SET value = '12' WHERE key = 'schema';")
    db.close()


def leader_posts(path: Path) -> set[tuple[str, str]]:
    """(record id, leader term) of every leader term the file posts."""
    with sqlite3.connect(path) as db:
        return set(db.execute("SELECT rec.id, term.value FROM post JOIN term USING (t) JOIN rec USING (n) "
                              "WHERE term.field = 'leader'"))


def meta(path: Path, key: str) -> str | None:
    with sqlite3.connect(path) as db:
        found = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if found is None else found[0]


def leader_queries(rng: random.Random, records: list[dict[str, Any]]) -> list[Filter]:
    """Random filters with a leader clause (and others beside it), and names of every kind: whole, a first or
    last word, two words in a row, a word's start, and one no record has."""
    queries = [query for query in _random_filters(rng, records, 150) if "leader" in query.fields()]
    for record in rng.sample(records, 8):
        name = (record.get("leader") or {}).get("name", "")
        words = name.split()
        if not words:
            continue
        at = rng.randrange(len(words))
        for typed in (name, words[0], words[-1], " ".join(words[at:at + 2]), words[at][:2], name.upper()):
            queries.append(Filter((Clause("leader", typed),)))
    queries += [Filter((Clause("leader", "zzq wombat"),)),
                Filter((Clause("leader", "nguyen"), Clause("text", "xa"))), Filter((Clause("leader", "an"),))]
    return queries


def agrees(repository: TinyDBRepository, queries: list[Filter]) -> None:
    """Every query finds what the scan finds, in the same order, with the same facet counts; one leader clause
    counted alone (`count_each`) as well."""
    stored = repository.store.records()
    for query in queries:
        matcher = Matcher(query)
        page = repository.search(query)
        assert sorted(r["id"] for r in page.records) == sorted(r["id"] for r in stored if matcher.matches_record(r)), \
            query.render()
    index = repository.index
    base = Filter((Clause("year", "2024"),))
    clauses = [clause for query in queries[:20] for clause in query.clauses_of("leader")][:6]
    counted = index.count_each(base, clauses)
    assert counted == [sum(Matcher(Filter((*base.clauses, clause))).matches_record(r) for r in stored)
                       for clause in clauses]


def step(index: SqlIndex) -> bool:
    return wordfill.fill(index._locked, lambda: index._packer_of(index._connection()), "leaders")


@pytest.fixture
def older(tmp_path: Path, monkeypatch) -> tuple[TinyDBRepository, list[Filter]]:
    """A store of 90 records whose index file is of schema 12, the fill's step made small."""
    monkeypatch.setattr(wordfill, "STEP", STEP)
    records = generate(90, seed=11) + _odd_records(11)
    write_store(tmp_path / "s.json", records)
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    repository.index.close()
    as_schema_12(repository.index.path)
    return repository, leader_queries(random.Random(4), repository.store.records())


def test_opening_a_schema_12_file_reads_no_record_and_only_marks_it(tmp_path: Path, monkeypatch) -> None:
    write_store(tmp_path / "s.json", generate(40, seed=2))
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    path = repository.index.path
    repository.close()
    as_schema_12(path)
    with sqlite3.connect(path) as db:
        before = {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()  # fixed names
                  for table in ("term", "post", "rec", "doc", "fpost")}
        kept = dict(db.execute("SELECT key, value FROM meta"))

    def never(*_: object) -> None:
        raise AssertionError("the open read a record")

    monkeypatch.setattr(rows, "leader_terms", never)
    monkeypatch.setattr(Packer, "unpack", never)
    db = connect(path)
    wordfill.upgrade(db)
    db.close()
    with sqlite3.connect(path) as db:
        after = {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()  # fixed names
                 for table in before}
        now = dict(db.execute("SELECT key, value FROM meta"))
    assert after == before  # no term, no post: nothing but the marks
    assert now == {**kept, "schema": SCHEMA_VERSION, "leaders": "0"}


def test_a_leader_clause_agrees_with_a_full_scan_at_every_step_of_the_fill(older) -> None:
    repository, queries = older
    index = repository.index
    assert index.fresh()  # upgraded in place, not stale
    inode = index.path.stat().st_ino
    covered = []
    while True:
        agrees(repository, queries)
        with index._locked() as db:
            covered.append(leaders.covered(db))
        if not step(index):
            break
    assert covered[:3] == [0, STEP, 2 * STEP] and covered[-1] == leaders.ALL
    agrees(repository, queries)
    assert index.path.stat().st_ino == inode  # never rebuilt
    filled = leader_posts(index.path)
    index.build()
    assert meta(index.path, "leaders") is None  # a build's file: complete, no mark
    assert leader_posts(index.path) == filled


def test_the_fill_goes_on_where_an_interrupted_run_left_it(older, monkeypatch) -> None:
    repository, queries = older
    index = repository.index
    assert step(index) and step(index)

    def killed(*_: object) -> None:
        raise KeyboardInterrupt  # the program ended in the middle of a step's write

    monkeypatch.setattr(leaders, "write", killed)
    with pytest.raises(KeyboardInterrupt):
        step(index)
    monkeypatch.undo()
    monkeypatch.setattr(wordfill, "STEP", STEP)
    repository.close()
    assert meta(index.path, "leaders") == str(2 * STEP)  # the step cut short left nothing
    again = TinyDBRepository(repository._path)  # another run
    agrees(again, queries)
    with again.index._locked() as db:
        assert leaders.covered(db) == 2 * STEP
    again.index.fill_words()  # what the read-ahead's thread runs (`SqlIndex._fill`)
    assert meta(index.path, "leaders") == "all"
    agrees(again, queries)
    filled = leader_posts(index.path)
    again.index.build()
    assert leader_posts(index.path) == filled
    again.close()


def test_writes_during_the_fill_keep_the_terms_right(older, monkeypatch) -> None:
    """Writes to records on both sides of `covered` and a write between a step's read and its write: that step is
    dropped and read again, and every answer agrees with the scan meanwhile."""
    repository, queries = older
    index = repository.index
    assert step(index) and step(index)
    with index._locked() as db:
        numbers = dict(db.execute("SELECT id, n FROM rec"))
    early = sorted((n, rid) for rid, n in numbers.items() if n < 2 * STEP)
    late = sorted((n, rid) for rid, n in numbers.items() if n >= 3 * STEP)

    def led_by(name: str):
        def change(record: dict[str, Any]) -> dict[str, Any]:
            record["leader"] = {"name": name, "title": "Phó Chủ tịch"}
            return record
        return change

    repository.update(early[0][1], led_by("Wombat Thị Quỳnh"))
    repository.update(late[0][1], led_by("Wombat Văn Tư"))
    repository.delete([early[1][1], late[1][1]])
    added = generate(1, seed=3, start=7000)[0]
    added["leader"] = {"name": "Lưu Wombat", "title": "Chủ tịch"}
    repository.upsert_many([added])
    queries += [Filter((Clause("leader", "wombat"),)), Filter((Clause("leader", "wombat van"),)),
                Filter((Clause("leader", "luu"),))]
    agrees(repository, queries)
    read = leaders.terms_of

    def written_meanwhile(*args):
        found = read(*args)
        repository.update(late[2][1], led_by("Wombat Thị Năm"))  # between the read and the write
        return found

    monkeypatch.setattr(leaders, "terms_of", written_meanwhile)
    assert step(index)  # dropped: the file changed since its records were read
    monkeypatch.setattr(leaders, "terms_of", read)
    with index._locked() as db:
        assert leaders.covered(db) == 2 * STEP
    agrees(repository, queries)
    index.fill_words()
    assert meta(index.path, "leaders") == "all"
    agrees(repository, queries)
    filled = leader_posts(index.path)
    index.build()
    assert leader_posts(index.path) == filled


FILL_ELSEWHERE = """
import sys, threading
from contextlib import contextmanager
from store.sqlindex import wordfill
from store.sqlindex.packing import packer_of
from store.sqlindex.schema import connect

db, lock = connect(sys.argv[1]), threading.Lock()
wordfill.STEP = int(sys.argv[2])

@contextmanager
def locked():
    with lock:
        yield db

for _ in range(int(sys.argv[3])):
    if not wordfill.fill(locked, lambda: packer_of(db), "leaders"):
        break
"""


def fill_elsewhere(path: Path, steps: int) -> None:
    """`steps` steps of the fill in another process."""
    subprocess.run([sys.executable, "-c", FILL_ELSEWHERE, str(path), str(STEP), str(steps)], check=True)


def test_another_process_filling_the_same_file(older, monkeypatch) -> None:
    """Steps of another process between this one's read and write of a step (this step is dropped), and after this
    one has read the leader terms (they are read again): the answers agree throughout, and the terms end as a
    build's."""
    repository, queries = older
    index = repository.index
    assert step(index)
    agrees(repository, queries)  # the leader terms as far as STEP are read and kept
    read = leaders.terms_of

    def other_meanwhile(*args):
        found = read(*args)
        fill_elsewhere(index.path, 2)
        return found

    monkeypatch.setattr(leaders, "terms_of", other_meanwhile)
    assert step(index)  # dropped: the other process covered this block first
    monkeypatch.setattr(leaders, "terms_of", read)
    with index._locked() as db:
        assert leaders.covered(db) == 3 * STEP
    agrees(repository, queries)
    fill_elsewhere(index.path, 1000)
    assert meta(index.path, "leaders") == "all"
    agrees(repository, queries)  # terms the other process added are found
    assert not step(index)
    filled = leader_posts(index.path)
    index.build()
    assert leader_posts(index.path) == filled


def test_the_read_ahead_fills_the_leader_terms_in_its_thread(older) -> None:
    repository, queries = older
    index = repository.index
    index.prepare()
    assert index._filler is not None
    index._filler.join(timeout=120)
    assert meta(index.path, "leaders") == "all"
    agrees(repository, queries)


def _docs() -> list[bytes]:
    """Records' JSON as an index keeps it, and as a hand or another program might write it: the leader where the
    fast reading finds it, and every way it may not."""
    record = generate(1, seed=5)[0]
    ordered = orjson.dumps(record)
    nested_first = {"schema_version": 1, "extra": {"leader": {"name": "Giả Mạo", "title": ""}}, **record}
    listed_first = {"schema_version": 1, "extra": [{"leader": {"name": "Giả Mạo"}}], **record}
    last = {key: value for key, value in record.items() if key != "leader"} | {"leader": record["leader"]}
    odd_names = [{"name": 'Trần "Bảy" \\ }', "title": "{x} [y] }"}, {"name": None, "title": "x"}, {"title": "x"},
                 {"name": "Nguyễn\u00a0Văn  Tư", "title": "", "other": {"a": 1}}, None, {}]
    docs = [ordered, orjson.dumps(nested_first), orjson.dumps(listed_first), orjson.dumps(last),
            json.dumps(record, ensure_ascii=True).encode(), json.dumps(record, indent=1).encode(),
            orjson.dumps({**record, "body": "x" * 3000}), orjson.dumps({**record, "body": '"leader":{"name":"Giả"}'})]
    docs += [orjson.dumps({**record, "leader": leader}) for leader in odd_names]
    docs += [b'{"id":"a","leader":{"name":"L\\u00ea Th\\u1ecb B","title":"t"}}', b'{"leader":null,"id":"b"}',
             b'{"id":"c"}', b'{"id":"d","body":"\\\\","leader":{"name":"Vo"}}']
    return docs


@pytest.mark.parametrize("zdict", [b"", b'{"schema_version":1,"id":"2024-01-01","leader":{"name":"Nguy'])
def test_the_leader_read_from_a_records_head_is_the_one_a_full_parse_gives(zdict: bytes, monkeypatch) -> None:
    packer = Packer(zdict)
    reader = leaders.LeaderReader(packer)
    for doc in _docs():
        assert reader.key(packer.pack(doc)) == leader_key(orjson.loads(doc)), doc[:120]
        assert packer.unpack(packer.pack(doc)) == doc and packer.head(packer.pack(doc), 50) == doc[:50]
    monkeypatch.setattr(leaders, "HEAD", 8)  # nothing in the head: read on, whole
    for doc in _docs():
        assert reader.key(packer.pack(doc)) == leader_key(orjson.loads(doc))


def test_a_record_packed_otherwise_is_still_read() -> None:
    """A record another level packed (another header): expanded from its start, not from the primed copy."""
    zdict = b'{"leader":{"name":"Tr' * 10
    packer = Packer(zdict)
    other = zlib.compressobj(9, zdict=zdict)
    doc = orjson.dumps(generate(1, seed=6)[0])
    blob = other.compress(doc) + other.flush()
    assert blob[:6] != packer.pack(doc)[:6]
    assert packer.unpack(blob) == doc and packer.head(blob, 40) == doc[:40]
    assert leaders.LeaderReader(packer).key(blob) == leader_key(orjson.loads(doc))


def test_a_search_during_the_fill_reads_each_record_once_and_a_newer_search_stops_it(older, monkeypatch) -> None:
    """The leaders read past the terms are kept for the store state (a second search reads none), a search made
    moot stops between chunks and keeps what it read, and a write makes them read again."""
    repository, queries = older
    index = repository.index
    monkeypatch.setattr(leaders, "CHUNK", 10)
    read: list[int] = []
    key = leaders.LeaderReader.key

    def counted(self: leaders.LeaderReader, doc: bytes) -> str:
        read.append(1)
        return key(self, doc)

    monkeypatch.setattr(leaders.LeaderReader, "key", counted)
    checks = iter([None, None, None, Interrupted("a newer search began")])  # the search's own, then each chunk's

    def moot() -> Callable[[], None]:
        def check() -> None:
            found = next(checks, None)
            if found is not None:
                raise found
        return check

    monkeypatch.setattr(index, "moot", moot)
    with pytest.raises(Interrupted):
        index.search(Filter((Clause("leader", ""),)))  # every record past the terms: stopped at its third chunk
    assert len(read) == 20
    monkeypatch.undo()
    monkeypatch.setattr(leaders.LeaderReader, "key", counted)
    read.clear()
    agrees(repository, queries)
    first = len(read)
    assert 0 < first <= len(repository.store.records()) - 20
    agrees(repository, queries)
    assert len(read) == first  # kept: nothing read again
    record = repository.store.records()[-1]
    repository.update(record["id"], lambda r: {**r, "leader": {"name": "Wombat Mới", "title": "x"}})
    agrees(repository, queries + [Filter((Clause("leader", "wombat"),))])
    assert len(read) > first  # another store state: read again
