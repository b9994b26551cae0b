"""Migration 2 (`leader_key`): an archive of version 1 is moved forward with its rows' leader names filled in, so
`leader:` finds what it finds in an archive made at version 2, and the same as the scan (`Matcher`)."""

from __future__ import annotations

import psycopg

from store.matching import Matcher
from store.postgres import init_postgres, open_postgres
from store.postgres.schema import LATEST
from store.query import Filter
from tests.present import present
from tests.synthetic import generate


def test_an_archive_of_version_one_gets_its_leader_keys(archive_url: str) -> None:
    records = generate(40, seed=11)
    repository, _ = init_postgres(archive_url)
    repository.upsert_many(records)
    repository.close()
    with psycopg.connect(archive_url, autocommit=True) as connection:  # as version 1 left it
        connection.execute("ALTER TABLE surveys DROP COLUMN leader_key")
        connection.execute("DELETE FROM surveys_schema WHERE version > 1")
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
            assert present(connection.execute("SELECT count(*) FROM surveys WHERE leader_key = ''").fetchone())[0] \
                == sum(1 for record in records if not (record.get("leader") or {}).get("name"))
        names = [records[0]["leader"]["name"], records[1]["leader"]["name"].split()[-1], "nguyễn thị", "oa"]
        for name in names:
            query = Filter.parse(f'truongdoan:"{name}"')
            matcher = Matcher(query)
            expected = sorted(record["id"] for record in records if matcher.matches_record(record))
            assert sorted(record["id"] for record in repository.search(query).records) == expected, name
    finally:
        repository.close()
