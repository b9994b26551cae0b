"""The `repository` fixture: every contract test runs once per backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.repository import Repository
from tests.contract.backends import BACKENDS, REOPENERS


@pytest.fixture(params=sorted(BACKENDS))
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def repository(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Repository]:
    repo = BACKENDS[backend](tmp_path, request)
    yield repo
    repo.close()


@pytest.fixture
def another(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Repository]:
    """A second, separate empty repository of the same backend (round trips)."""
    where = tmp_path / "another"
    where.mkdir()
    repo = BACKENDS[backend](where, request)
    yield repo
    repo.close()


@pytest.fixture
def reopen(backend: str, repository: Repository) -> Callable[[], Repository]:
    """A picklable opener of the same store, for other processes."""
    return REOPENERS[backend](repository)
