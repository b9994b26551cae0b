"""How the contract suite makes a fresh, empty repository of each backend.

Each maker takes pytest's `tmp_path` and returns a `Repository` that holds
nothing. A backend that cannot run here (no PostgreSQL server) skips with a
message saying how to run it; under `CI=true` it must not skip.

`REOPENERS` give, for a repository, a picklable function of no arguments
that opens the same store again: the tests that run other processes call it
there. The default reopens `repository.location` with `open_repository`; a
backend whose printed location hides a password supplies its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

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
