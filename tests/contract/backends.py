"""How the contract suite makes a fresh, empty repository of each backend.

Each maker takes pytest's `tmp_path` and returns a `Repository` that holds
nothing. A backend that cannot run here (no PostgreSQL server) skips with a
message saying how to run it; under `CI=true` it must not skip.

`REOPENERS` give, for a repository, a picklable function of no arguments
that opens the same store again: the tests that run other processes call it
there. The default reopens `repository.location` with `open_repository`; a
backend whose printed location hides a password supplies its own.

`STORED` read a record's body as the backend keeps it (the store file with its
journal, the PostgreSQL row), past every read path; `PLANTED` put records in
as an older version wrote them, past every write path.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import orjson
import pytest

from store.backends import open_repository
from store.repository import Repository
from store.tinydb_repository import TinyDBRepository
from tests.postgres.server import fresh_archive


def make_tinydb(tmp_path: Path, request: pytest.FixtureRequest) -> Repository:

    return TinyDBRepository(tmp_path / "contract.json")


def make_postgres(tmp_path: Path, request: pytest.FixtureRequest) -> Repository:

    return fresh_archive(request)


BACKENDS: dict[str, Callable[[Path, pytest.FixtureRequest], Repository]] = {
    "tinydb": make_tinydb,
    "postgres": make_postgres,
}


def reopen_by_location(repository: Repository) -> Callable[[], Repository]:
    return partial(open_repository, repository.location, must_exist=False, lock_timeout=60.0)


REOPENERS: dict[str, Callable[[Repository], Callable[[], Repository]]] = {
    "tinydb": reopen_by_location,
    "postgres": reopen_by_location,
}


def stored_tinydb(repository: Repository, record_id: str) -> dict[str, Any]:
    """The record's body in the store file, or the journal's last line that put it (journal lines: crc, space,
    JSON)."""
    path = Path(repository.location)
    data = orjson.loads(path.read_bytes())
    bodies = dict(data["surveys"])
    lines = path.with_name(path.name + ".journal").read_bytes().splitlines() \
        if path.with_name(path.name + ".journal").exists() else []
    if lines and orjson.loads(lines[0][9:])["generation"] == data["_store"]["1"]["generation"]:
        for line in lines[1:]:
            entry = orjson.loads(line[9:])
            for doc_id in entry.get("del", {}):
                bodies.pop(doc_id, None)
            bodies.update(entry.get("put", {}))
    return next(body for body in bodies.values() if body.get("id") == record_id)


def stored_postgres(repository: Repository, record_id: str) -> dict[str, Any]:
    """The record's jsonb as text, parsed here (not by the connection's reader)."""
    archive: Any = repository  # a PostgresRepository: its connection
    row = archive._db.read(
        lambda c: c.execute("SELECT record::text FROM surveys WHERE id = %s", (record_id,)).fetchone())
    return orjson.loads(row[0])


def planted_tinydb(repository: Repository, records: list[dict[str, Any]]) -> None:
    """A store file holding `records` byte for byte (no journal), as a version before session 36 wrote it."""
    path = Path(repository.location)
    for old in path.parent.glob(path.name + ".journal*"):
        old.unlink()
    table = {str(number): record for number, record in enumerate(records, start=1)}
    path.write_bytes(orjson.dumps({"_store": {"1": {"generation": "0123456789abcdef"}}, "surveys": table}))


def planted_postgres(repository: Repository, records: list[dict[str, Any]]) -> None:
    """Rows holding `records` as jsonb exactly as given, the other columns as the backend computes them."""
    from store.postgres.columns import COLUMNS, row_of  # noqa: PLC0415 - needs psycopg, optional

    archive: Any = repository  # a PostgresRepository: its connection
    at = COLUMNS.index("record")
    for record in records:
        values = [*row_of(record)]
        values[at] = orjson.dumps(record).decode()
        archive._db.read(lambda c, values=values: c.execute(
            f"INSERT INTO surveys ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * len(COLUMNS))})", values))


STORED: dict[str, Callable[[Repository, str], dict[str, Any]]] = {
    "tinydb": stored_tinydb,
    "postgres": stored_postgres,
}
PLANTED: dict[str, Callable[[Repository, list[dict[str, Any]]], None]] = {
    "tinydb": planted_tinydb,
    "postgres": planted_postgres,
}
