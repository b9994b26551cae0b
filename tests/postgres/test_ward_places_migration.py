"""Migration 5: an archive of version 4 has each row's `ward_places` filled (each locality's ward facet value and
province, `columns.ward_places_of`), so that the browser's sidebar nests its wards under their provinces there too
(`PostgresRepository.ward_provinces`, one query), as the in-memory index does."""

from __future__ import annotations

import psycopg

from store.index import SurveyIndex
from store.postgres import init_postgres, open_postgres
from store.postgres.schema import LATEST
from tests.contract.test_ward_namesakes import every_record
from tests.present import present


def test_an_archive_of_version_four_gets_its_ward_places(archive_url: str) -> None:
    records = every_record()
    repository, _ = init_postgres(archive_url)
    repository.upsert_many(records)
    repository.close()
    with psycopg.connect(archive_url, autocommit=True) as connection:  # as version 4 left it: no such column
        connection.execute("ALTER TABLE surveys DROP COLUMN ward_places")
        connection.execute("DELETE FROM surveys_schema WHERE version > 4")
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        expected = SurveyIndex(records).ward_provinces()
        found = repository.ward_provinces()
        assert expected and {ward: set(provinces) for ward, provinces in found.items()} == {
            ward: set(provinces) for ward, provinces in expected.items()}
    finally:
        repository.close()
