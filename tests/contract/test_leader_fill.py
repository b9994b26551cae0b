"""A `leader:` clause while a store's leader names are still being prepared finds what a full scan finds.

A TinyDB store whose index file an older version wrote (schema 12) has its leader terms filled in steps
(`store.sqlindex.leaders`); until they are complete a leader clause takes what the terms find and reads the
records past them (`partial_numbers`, each record's leader read from the head of its packed JSON,
`LeaderReader`). PostgreSQL fills its leader column whole when it upgrades the archive: it has no partial state,
and is asked the same questions. Broad names (a family name, one letter, every leader) and records whose leader
the fast reading cannot take (written after the localities, past the head, a `}` or quotes in its title, a body
quoting `"leader":`) are among them. Not timed (docs/performance-log.md).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from store.matching import Matcher
from store.query import Clause, Filter
from store.repository import Repository
from store.sqlindex import leaders, wordfill
from store.tinydb_repository import TinyDBRepository
from tests.factories import make_record
from tests.synthetic import generate
from tests.test_sqlindex_leaders import as_schema_12

STEP = 8


def _awkward() -> list[dict[str, Any]]:
    """Records whose leader the head of the JSON does not give plainly."""
    last = make_record(id="leader-last", date="2024-05-01")
    leader = last.pop("leader")
    leader["name"] = "Nguyễn Văn Cuối"
    last["leader"] = leader  # written after the localities, topics and figures: read whole
    long_body = make_record(id="long-body", date="2024-05-02", body="Đoàn giám sát " + "rất dài " * 200,
                            leader={"name": "Nguyễn Thị Xa", "title": "Trưởng đoàn"})
    braced = make_record(id="braced", date="2024-05-03",
                         leader={"name": 'Trần "Bảy" Tám', "title": "Phó Chủ tịch {tạm} \\ [kiêm] }"})
    quoting = make_record(id="quoting", date="2024-05-04", body='Đoàn "leader":{"name":"Nguyễn Giả"} [x]',
                          leader={"name": "Lê Thật", "title": "Trưởng đoàn"})
    short = make_record(id="short", date="2024-05-05", leader={"name": "N Văn Một", "title": ""})
    return [last, long_body, braced, quoting, short]


def _queries(records: list[dict[str, Any]]) -> list[Filter]:
    names = ["nguyen", "n", "tran", "le", "nguyen van", "nguyen thi", "tam", "bay", "gia", "that", "cuoi", "xa",
             "zzq wombat"]
    for record in random.Random(5).sample(records, 6):
        name = (record.get("leader") or {}).get("name", "")
        names += [name, name.split()[-1]] if name else []
    queries = [Filter((Clause("leader", name),)) for name in names]
    queries += [Filter((Clause("leader", "nguyen"), Clause("year", "2024"))),
                Filter((Clause("leader", "n"), Clause("text", "doan"))),
                Filter((Clause("leader", "tran"), Clause("leader", "le")))]
    return queries


def _partly_filled(repository: Repository, monkeypatch: pytest.MonkeyPatch) -> Callable[[], bool]:
    """The store's leader names as an older version left them, and a step of their filling (False once there is
    no step left); for PostgreSQL, nothing to prepare."""
    if not isinstance(repository, TinyDBRepository):
        return lambda: False
    monkeypatch.setattr(wordfill, "STEP", STEP)
    repository.search(Filter())  # the index file, built
    index = repository.index
    index.close()
    as_schema_12(index.path)
    repository.search(Filter())  # opened again: marked, no term yet

    def step() -> bool:
        return wordfill.fill(index._locked, lambda: index._packer_of(index._connection()), "leaders")

    return step


def _agrees(repository: Repository, queries: list[Filter]) -> None:
    stored = list(repository.records())
    for query in queries:
        matcher = Matcher(query)
        expected = sorted(r["id"] for r in stored if matcher.matches_record(r))
        page = repository.search(query)
        assert (page.total, sorted(r["id"] for r in page.records)) == (len(expected), expected), query.render()


def test_a_leader_clause_during_the_fill_finds_what_a_scan_finds(repository: Repository, monkeypatch) -> None:
    records = generate(60, seed=17) + _awkward()
    repository.upsert_many(records)
    step = _partly_filled(repository, monkeypatch)
    queries = _queries(records)
    _agrees(repository, queries)  # no term yet
    for _ in range(3):
        step()
    if isinstance(repository, TinyDBRepository):
        with repository.index._locked() as db:
            assert leaders.covered(db) == 3 * STEP  # partly filled: terms below, records read past them
    _agrees(repository, queries)
    _agrees(repository, queries)  # again: the leaders read the first time are kept, not read again
    while step():
        pass
    _agrees(repository, queries)  # complete
