"""The `repository` fixture: every contract test runs once per backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.repository import Repository
from tests.contract.backends import BACKENDS


@pytest.fixture(params=sorted(BACKENDS))
def repository(request: pytest.FixtureRequest, tmp_path: Path) -> Repository:
    repo = BACKENDS[request.param](tmp_path, request)
    yield repo
    repo.close()
