"""Migration 3: an archive of version 2 has its folded texts made again with its figures' values in them, so that
free text finds a figure by its number (`store.numbers.figure_search_text`) in an archive made before, as the scan
(`Matcher`) does."""

from __future__ import annotations

import psycopg

from store.matching import Matcher
from store.postgres import init_postgres, open_postgres
from store.postgres.schema import LATEST
from store.query import Filter
from tests.present import present
from tests.synthetic import generate


def test_an_archive_of_version_two_gets_its_figures_in_its_text(archive_url: str) -> None:
    records = generate(40, seed=12)
    figures = [figure for record in records for figure in record.get("figures", [])]
    repository, _ = init_postgres(archive_url)
    repository.upsert_many(records)
    repository.close()
    with psycopg.connect(archive_url, autocommit=True) as connection:  # as version 2 left it: no figure keys
        connection.execute("UPDATE surveys SET text_key = regexp_replace(text_key, ' ?xq[0-9xpm]+qx', '', 'g')")
        connection.execute("DELETE FROM surveys_schema WHERE version > 2")
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        terms = [str(figures[0]["value"]).replace(".", ","), str(figures[-1]["value"]).replace(".", ",")]
        for term in terms:
            query = Filter.parse(f'"{term}"')
            matcher = Matcher(query)
            expected = sorted(record["id"] for record in records if matcher.matches_record(record))
            assert expected
            assert sorted(record["id"] for record in repository.search(query).records) == expected, term
    finally:
        repository.close()
