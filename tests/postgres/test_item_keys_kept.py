"""Each row keeps its items' addressees (migration 9, `store.postgres.item_keys`), and `compact` finishes a fill.

Checked here: an archive of version 8 gets `item_keys` filled on opening and answers `to:` as one this program
wrote; a row whose column is NULL (an older program's write, a hand UPDATE of the items: the trigger) is answered
from its document alike; the fill never overwrites a row another office wrote meanwhile; `surveys compact` fills
the rows a fill cut short left NULL, `named_units` (migration 8) and `item_keys` both.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from store.postgres import PostgresRepository, open_postgres
from store.postgres import item_keys as kept
from store.postgres.columns import encoded_units
from store.postgres.schema import LATEST
from store.query import Filter
from tests.contract.test_addressee_clause import CASES, _records
from tests.postgres.older import archive_at
from tests.present import present


def _stored(url: str) -> dict[str, list[str] | None]:
    with psycopg.connect(url, autocommit=True) as connection:
        return dict(connection.execute("SELECT id, item_keys FROM surveys").fetchall())


def _expected(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    return {record["id"]: kept.keys_of(record) for record in records}


def _answers(repository: PostgresRepository) -> dict[str, list[str]]:
    return {text: sorted(record["id"] for record in repository.search(Filter.parse(text), facets=False).records)
            for text, _ in CASES}


def _url(archive: PostgresRepository) -> str:
    return archive._db._url  # noqa: SLF001 - the archive's own schema


def _nulled(url: str, column: str) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"UPDATE surveys SET {column} = NULL")


def test_an_archive_of_version_eight_has_its_item_keys_filled(archive_url: str) -> None:
    records = _records()
    archive_at(archive_url, 8, records)
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        assert _stored(archive_url) == _expected(records)
        assert _answers(repository) == {text: found for text, found in CASES}
    finally:
        repository.close()


def test_rows_not_worked_out_are_answered_from_their_documents(archive: PostgresRepository) -> None:
    archive_url = _url(archive)
    archive.upsert_many(_records())
    _nulled(archive_url, "item_keys")  # every row as an older writer would leave it
    assert set(_stored(archive_url).values()) == {None}
    assert _answers(archive) == {text: found for text, found in CASES}


def test_a_hand_update_of_the_items_leaves_the_column_null(archive: PostgresRepository) -> None:
    archive_url = _url(archive)
    archive.upsert_many(_records())
    with psycopg.connect(archive_url, autocommit=True) as connection:  # a program of version 8, still open
        connection.execute("UPDATE surveys SET record = jsonb_set(record, '{recommendations,1,to}', %s) "
                           "WHERE id = 'split'", (Jsonb("Sở Tài chính"),))
        connection.execute("UPDATE surveys SET record = jsonb_set(record, '{summary}', %s) WHERE id = 'hoa'",
                           (Jsonb("Tóm tắt khác."),))
    stored = _stored(archive_url)
    assert stored["split"] is None  # its items moved: worked out from the document
    assert stored["hoa"] == _expected(_records())["hoa"]  # the items did not move: the column still says them
    found = sorted(record["id"] for record in archive.search(Filter.parse('to:"so tai chinh" overdue')).records)
    assert found == ["late-there", "progress", "split"]


def test_the_fill_leaves_a_row_another_office_wrote_meanwhile(archive_url: str) -> None:
    records = _records()
    archive_at(archive_url, 8, records)
    target = records[1]["id"]

    def another_office(ids: list[str]) -> None:
        if target in ids:
            with psycopg.connect(archive_url, autocommit=True) as other:
                other.execute("UPDATE surveys SET record = jsonb_set(record, '{summary}', %s) WHERE id = %s",
                              (Jsonb("Sửa bởi văn phòng khác."), target))

    with psycopg.connect(archive_url, autocommit=True) as connection:
        connection.execute(kept.MIGRATION)
        written = kept.fill(connection, batch=2, between=another_office)
    stored = _stored(archive_url)
    assert written == len(records) - 1
    assert stored[target] is None
    assert {key: value for key, value in stored.items() if key != target} == {
        key: value for key, value in _expected(records).items() if key != target}


def test_compact_fills_what_a_fill_cut_short_left(archive: PostgresRepository) -> None:
    """The program killed during an upgrade leaves rows NULL: `compact` works them out, as the fills do."""
    archive_url = _url(archive)
    records = _records()
    archive.upsert_many(records)
    with psycopg.connect(archive_url, autocommit=True) as connection:
        connection.execute("UPDATE surveys SET named_units = NULL, item_keys = NULL WHERE id IN ('split', 'hoa')")
    done = archive.compact()
    assert done.filled == 4  # two columns of two rows
    with psycopg.connect(archive_url, autocommit=True) as connection:
        rows: dict[str, list[str]] = dict(connection.execute("SELECT id, named_units FROM surveys").fetchall())
    assert rows == {record["id"]: encoded_units(record["localities"]) for record in records}
    assert _stored(archive_url) == _expected(records)
    assert archive.compact().filled == 0
