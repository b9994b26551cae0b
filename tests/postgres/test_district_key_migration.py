"""Migration 4: an archive of version 3 has its ward keys made again with the key of each locality written as a
district (`store.districts.locality_key`), so that `ward="huyện Tân Uyên, Lai Châu"` finds the reports naming that
district in an archive made before, as the scan (`Matcher`) does, and Bình Dương's Tân Uyên not."""

from __future__ import annotations

import psycopg

from store.matching import Matcher
from store.postgres import init_postgres, open_postgres
from store.postgres.schema import LATEST
from store.query import Filter
from tests.contract.test_former_units import namesakes
from tests.present import present
from tests.synthetic import generate


def test_an_archive_of_version_three_gets_its_district_keys(archive_url: str) -> None:
    records = generate(30, seed=14) + namesakes()
    repository, _ = init_postgres(archive_url)
    repository.upsert_many(records)
    repository.close()
    with psycopg.connect(archive_url, autocommit=True) as connection:  # as version 3 left it: no district keys
        connection.execute("UPDATE surveys SET ward_keys = regexp_replace(ward_keys, '@[^\x1f]*\x1f', '', 'g')")
        connection.execute("DELETE FROM surveys_schema WHERE version > 3")
        assert not present(connection.execute("SELECT count(*) FROM surveys WHERE ward_keys LIKE '%@%'")
                           .fetchone())[0]
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        for value in ("huyện Tân Uyên, Lai Châu", "thành phố Tân Uyên, Bình Dương", "thị xã Kỳ Anh, Hà Tĩnh"):
            query = Filter.parse(f'ward="{value}"')
            matcher = Matcher(query)
            expected = sorted(record["id"] for record in records if matcher.matches_record(record))
            assert expected
            assert sorted(record["id"] for record in repository.search(query).records) == expected, value
    finally:
        repository.close()
