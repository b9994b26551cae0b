"""An archive of version 6, its rows as that program wrote them, upgraded to this program's schema: every reader sees
what it sees in an archive this program wrote; and two programs upgrading at once do not both run a step.

Until session 38 the migrations were tested one by one on a current archive whose `surveys_schema` had been cut
back (the tables already held every column), and the whole path only in CI. `tests.postgres.older.archive_at`
builds the archive as version 6 left it: migrations 1-6 only, the rows with version 6's columns and folded text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg
import pytest

from store.postgres import PostgresRepository, open_postgres
from store.postgres.schema import LATEST, migrate
from store.query import Filter
from tests.contract.test_former_units import every_record
from tests.contract.test_response_text import RECORDS
from tests.postgres.older import archive_at
from tests.postgres.server import fresh_schema
from tests.present import present
from tests.synthetic import generate
from tui.former import former_units
from tui.model import Catalog
from tui.searcher import Searcher

OLDEST = 6
"""The oldest version an archive in use may still be at (the first of the migrations kept as they ran)."""


def _records() -> list[dict[str, Any]]:
    return generate(30, seed=38) + every_record() + RECORDS


def _units(repository: PostgresRepository) -> list[tuple[str, str, str]]:
    return former_units(Catalog(Searcher(repository)))


def _found(typed: str) -> Callable[[PostgresRepository], Any]:
    def run(repository: PostgresRepository) -> Any:
        page = repository.search(Filter.parse(typed), limit=1000)
        return page.total, sorted(record["id"] for record in page.records), page.facets
    return run


READERS: dict[str, Callable[[PostgresRepository], Any]] = {
    "count": lambda repository: repository.count(),
    "records": lambda repository: sorted(repository.records(), key=lambda record: record["id"]),
    "get": lambda repository: [repository.get(record["id"]) for record in _records()],
    "stored_ids": lambda repository: repository.stored_ids([record["id"] for record in _records()] + ["none"]),
    "records_of": lambda repository: sorted(repository.records_of([record["id"] for record in _records()[:9]]),
                                            key=lambda record: record["id"]),
    "row_stamps": lambda repository: sorted(repository.row_stamps()),
    "ward_provinces": lambda repository: repository.ward_provinces(),
    "former units": _units,
    "every record, facets": _found(""),
    "free text, a reply (6)": _found('"Bộ đã có văn bản hướng dẫn"'),
    "free text, an id (7)": _found(_records()[3]["id"]),
    "a former district": _found('ward="Bố Trạch"'),
    "a former province": _found('province:"Quảng Bình"'),
    "position": lambda repository: repository.position(Filter(), _records()[5]["id"]),
    "count_each": lambda repository: repository.count_each(
        Filter(), [*Filter.parse('ward="Bố Trạch" province:"Quảng Bình" topic:tthc').clauses]),
}


@pytest.fixture
def current(request: pytest.FixtureRequest) -> PostgresRepository:
    """The same records, written by this program into a new archive."""
    from store.postgres import init_postgres  # noqa: PLC0415

    repository, _ = init_postgres(fresh_schema(request))
    repository.upsert_many(_records())
    request.addfinalizer(repository.close)
    return repository


def test_every_reader_sees_the_rows_an_archive_of_version_six_held(
        archive_url: str, current: PostgresRepository) -> None:
    archive_at(archive_url, OLDEST, _records())
    upgraded = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        for name, read in READERS.items():
            assert read(upgraded) == read(current), name
        assert READERS["free text, an id (7)"](upgraded)[0] == 1
        assert READERS["former units"](upgraded)
    finally:
        upgraded.close()


def test_two_programs_upgrading_at_once_run_each_step_once(archive_url: str) -> None:
    archive_at(archive_url, OLDEST, _records())
    ready = threading.Barrier(2)
    applied: list[list[int]] = []
    failed: list[BaseException] = []

    def upgrade() -> None:
        try:
            with psycopg.connect(archive_url, autocommit=True) as connection:
                ready.wait()
                applied.append(migrate(connection))
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            failed.append(error)

    threads = [threading.Thread(target=upgrade) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == []
    assert sorted(applied[0] + applied[1]) == list(range(OLDEST + 1, LATEST + 1))  # each step by one of them
    with psycopg.connect(archive_url, autocommit=True) as connection:
        versions = [row[0] for row in connection.execute("SELECT version FROM surveys_schema ORDER BY version")]
        unfilled = present(connection.execute("SELECT count(*) FROM surveys WHERE named_units IS NULL").fetchone())
    assert versions == list(range(1, LATEST + 1))
    assert unfilled[0] == 0
