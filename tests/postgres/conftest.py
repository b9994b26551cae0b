"""Fixtures for the PostgreSQL backend's own tests (see `server` for how they find a server)."""

from __future__ import annotations

import pytest

from store.postgres import PostgresRepository
from tests.postgres.server import fresh_archive, fresh_schema


@pytest.fixture
def archive(request: pytest.FixtureRequest) -> PostgresRepository:
    """An empty archive in a private schema, dropped after the test."""
    return fresh_archive(request)


@pytest.fixture
def archive_url(request: pytest.FixtureRequest) -> str:
    """The URL of a private, empty schema with no archive tables yet."""
    return fresh_schema(request)
