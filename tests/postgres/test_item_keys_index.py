"""`to:` on PostgreSQL is answered through an index (migration 10, `store.postgres.item_keys.INDEX`, session 40).

On the base `to:` read every row's `item_keys`: a LIKE on an array's elements uses no index. Migration 10 keeps
the entries joined under a trigram index and the rows whose column is NULL under a partial one, so the whole
condition (both branches, as `item_keys.condition` writes it) is a bitmap OR of the two; shown by EXPLAIN with
sequential scans priced out (a few rows would otherwise be read whole, rightly). The step runs again harmlessly,
and a program of version 9 still open writes rows that `to:` finds.
"""

from __future__ import annotations

from typing import Any

import psycopg

from store.matching import Matcher
from store.postgres import PostgresRepository, open_postgres
from store.postgres import item_keys as kept
from store.postgres.schema import LATEST
from store.query import Filter
from tests.contract.test_addressee_clause import CASES, _records
from tests.postgres.older import archive_at, older_columns, older_row


def _url(archive: PostgresRepository) -> str:
    return archive._db._url  # noqa: SLF001 - the archive's own schema


def _plan(url: str, text: str) -> str:
    sql, params = kept.condition(Matcher(Filter.parse(text)))
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("SET enable_seqscan = off")
        rows = connection.execute(f"EXPLAIN SELECT id FROM surveys WHERE {sql}", params).fetchall()  # noqa: S608
    return "\n".join(row[0] for row in rows)


def test_to_is_answered_through_the_indexes(archive: PostgresRepository) -> None:
    archive.upsert_many(_records())
    for text in ('to:"so tai chinh"', 'to:"ubnd tinh" overdue', 'to:"Sở GD&ĐT" status:open'):
        plan = _plan(_url(archive), text)
        assert "surveys_item_keys_trgm" in plan and "surveys_item_keys_unset" in plan, plan
        assert "Seq Scan on surveys" not in plan, plan


def test_the_step_runs_again_and_answers_as_before(archive: PostgresRepository) -> None:
    archive.upsert_many(_records())
    with psycopg.connect(_url(archive), autocommit=True) as connection:
        connection.execute(kept.INDEX)  # a second migrator, or a step cut short and run again
    for text, found in CASES:
        assert sorted(r["id"] for r in archive.search(Filter.parse(text), facets=False).records) == found, text


def test_a_program_of_version_nine_still_open_writes_rows_to_finds(archive_url: str) -> None:
    records: list[dict[str, Any]] = _records()
    archive_at(archive_url, 9, records[:3])
    upgraded = open_postgres(archive_url)  # migration 10 runs; the older program goes on writing
    try:
        names = older_columns(9)
        with psycopg.connect(archive_url, autocommit=True) as older:
            older.execute(f"INSERT INTO surveys ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})",
                          older_row(records[3], 9))
            assert older.execute("SELECT max(version) FROM surveys_schema").fetchone() == (LATEST,)
        written = {record["id"] for record in records[:4]}
        for text, found in CASES:
            answered = sorted(r["id"] for r in upgraded.search(Filter.parse(text), facets=False).records)
            assert answered == [name for name in found if name in written], text
    finally:
        upgraded.close()
