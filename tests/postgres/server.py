"""The PostgreSQL server the tests use, and a private empty archive per test.

`SURVEYS_TEST_PG` names a database the tests may create schemas in
(`.ci/run` starts a throw-away server and sets it). Without it, or when the
server does not answer, the PostgreSQL tests skip with a message saying how
to run them, except under `CI=true`, where they fail: CI must run them.

Each archive lives in a schema of its own (named in the URL's
`search_path`), dropped when the test ends, so tests never see each other's
records and need no database of their own.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest

if TYPE_CHECKING:
    from store.postgres import PostgresRepository

HOW = ("set SURVEYS_TEST_PG=postgresql://USER@HOST/DB (a database where the tests may create schemas), "
       "or run .ci/run, which starts a throw-away server")


def server_url() -> str:
    """The test server's URL; skips (fails under CI=true) when there is none or it does not answer."""
    url = os.environ.get("SURVEYS_TEST_PG", "")
    if not url:
        _unavailable(f"PostgreSQL tests need a server: {HOW}")
    try:
        import psycopg  # noqa: PLC0415 - optional driver: without it the tests skip, not fail to collect
    except ImportError:
        _unavailable("PostgreSQL tests need the driver: pip install -e '.[test]' (it brings psycopg)")
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as connection:
            connection.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except psycopg.Error as error:
        _unavailable(f"PostgreSQL server at SURVEYS_TEST_PG does not answer ({str(error).strip()}); {HOW}")
    return url


def _unavailable(message: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true requires the PostgreSQL tests to run: {message}", pytrace=False)
    pytest.skip(message)


def with_schema(url: str, schema: str) -> str:
    """`url` with its search_path set to `schema` (then public, where pg_trgm lives)."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options={quote(f'-csearch_path={schema},public')}"


@contextmanager
def scratch_schema(url: str, prefix: str = "bench") -> Iterator[str]:
    """A URL whose archive is a new schema of the database at `url`, dropped on leaving (the benchmarks')."""
    import psycopg  # noqa: PLC0415 - optional driver

    schema = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(url, schema)
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


def fresh_schema(request: pytest.FixtureRequest) -> str:
    """A URL whose archive is a new, empty schema, dropped at the end of the test."""
    import psycopg  # noqa: PLC0415 - optional driver, present once server_url() has not skipped

    url = server_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    request.addfinalizer(drop)
    return with_schema(url, schema)


def fresh_archive(request: pytest.FixtureRequest) -> PostgresRepository:
    """An empty, initialised archive in a private schema."""
    from store.postgres import init_postgres  # noqa: PLC0415 - needs psycopg, optional until a test asks

    repository, _ = init_postgres(fresh_schema(request))
    request.addfinalizer(repository.close)
    return repository
