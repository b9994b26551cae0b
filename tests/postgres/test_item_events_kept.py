"""Each row keeps its items' events (migration 11, `store.postgres.item_events`), and `compact` finishes a fill.

Checked here: an archive of version 10 (as that program wrote it: no `item_events`) gets the column filled on
opening and answers `answered:`, `changed:`, `closed:` as one this program wrote; a row whose column is NULL (an
older program's write, a hand UPDATE of the items: the trigger) is answered from its document alike; this
program's edit of an item's text keeps the column worked out (its digest moves); the fill never overwrites a row
another office wrote meanwhile; `surveys compact` fills what a fill cut short left NULL.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("psycopg")

import psycopg  # noqa: E402 - psycopg is optional
from psycopg.types.json import Jsonb  # noqa: E402

from store.postgres import PostgresRepository, open_postgres  # noqa: E402
from store.postgres import item_events as kept  # noqa: E402
from store.postgres.schema import LATEST  # noqa: E402
from store.query import Filter  # noqa: E402
from tests.contract.test_item_events import CASES, _records  # noqa: E402
from tests.postgres.older import archive_at  # noqa: E402
from tests.present import present  # noqa: E402

EXPECTED = {text: sorted(found) for text, found in CASES}


def _stored(url: str) -> dict[str, list[str] | None]:
    with psycopg.connect(url, autocommit=True) as connection:
        return dict(connection.execute("SELECT id, item_events FROM surveys").fetchall())


def _entries(column: list[str] | None) -> list[str] | None:
    """The column less its digest: what a filter reads."""
    return None if column is None else [entry for entry in column if not entry.startswith(kept.DIGEST)]


def _expected(records: list[dict[str, Any]]) -> dict[str, list[str] | None]:
    return {record["id"]: _entries(kept.events_of(record)) for record in records}


def _answers(repository: PostgresRepository) -> dict[str, list[str]]:
    return {text: sorted(record["id"] for record in repository.search(Filter.parse(text), facets=False).records)
            for text, _ in CASES}


def _url(archive: PostgresRepository) -> str:
    return archive._db._url  # noqa: SLF001 - the archive's own schema


def test_the_column_holds_each_item_with_a_response_or_a_history() -> None:
    both = next(record for record in _records() if record["id"] == "both")
    column = kept.events_of(both)
    assert len(column) == 3 and column[-1].startswith(kept.DIGEST)  # two items, then the digest
    assert column[0].split("\x1f")[3] == "2026-11-05"  # the response's day
    assert column[1].split("\x1f")[5] == "2026-11-10T03:00:00Z"  # the closing stamp
    quiet = next(record for record in _records() if record["id"] == "quiet")
    assert _entries(kept.events_of(quiet)) == []


def test_an_archive_of_version_ten_has_its_item_events_filled(archive_url: str) -> None:
    records = _records()
    archive_at(archive_url, 10, records)  # as version 10 left it: no column yet
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        assert {key: _entries(value) for key, value in _stored(archive_url).items()} == _expected(records)
        assert _answers(repository) == EXPECTED
    finally:
        repository.close()


def test_rows_not_worked_out_are_answered_from_their_documents(archive: PostgresRepository) -> None:
    archive_url = _url(archive)
    archive.upsert_many(_records())
    assert _answers(archive) == EXPECTED
    with psycopg.connect(archive_url, autocommit=True) as connection:
        connection.execute("UPDATE surveys SET item_events = NULL WHERE id IN ('both', 'refused')")
    assert [key for key, value in _stored(archive_url).items() if value is None] != []
    assert _answers(archive) == EXPECTED  # half from the column, half from the documents
    with psycopg.connect(archive_url, autocommit=True) as connection:
        connection.execute("UPDATE surveys SET item_events = NULL")
    assert _answers(archive) == EXPECTED


def test_a_hand_update_of_the_items_leaves_the_column_null(archive: PostgresRepository) -> None:
    archive_url = _url(archive)
    archive.upsert_many(_records())
    with psycopg.connect(archive_url, autocommit=True) as connection:  # a program of version 10, still open
        connection.execute("UPDATE surveys SET record = jsonb_set(record, '{recommendations,0,responses}', %s) "
                           "WHERE id = 'quiet'", (Jsonb([{"date": "2026-11-20", "text": "Đã có văn bản."}]),))
        connection.execute("UPDATE surveys SET record = jsonb_set(record, '{summary}', %s) WHERE id = 'edge'",
                           (Jsonb("Tóm tắt khác."),))
    stored = _stored(archive_url)
    assert stored["quiet"] is None  # its items moved: worked out from the document
    assert _entries(stored["edge"]) == _expected(_records())["edge"]  # the items did not move
    assert sorted(record["id"] for record in archive.search(Filter.parse("answered:2026-11")).records) == [
        "both", "quiet"]


def test_this_programs_edit_of_an_item_keeps_the_column(archive: PostgresRepository) -> None:
    """A text edited leaves the item's events as they were; the digest still moves, so the trigger (which nulls the
    column of an older writer's change of items) lets it be."""
    archive_url = _url(archive)
    archive.upsert_many(_records())
    before = present(_stored(archive_url)["both"])

    def edit_text(record: dict[str, Any]) -> dict[str, Any]:
        record["recommendations"][0]["text"] = "a, sửa lại"
        return record

    archive.update("both", edit_text)
    after = present(_stored(archive_url)["both"])
    assert _entries(after) == _entries(before) and after != before
    assert _answers(archive) == EXPECTED


def test_the_fill_leaves_a_row_another_office_wrote_meanwhile(archive_url: str) -> None:
    records = _records()
    archive_at(archive_url, 10, records)
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
    assert {key: _entries(value) for key, value in stored.items() if key != target} == {
        key: value for key, value in _expected(records).items() if key != target}


def test_compact_fills_what_a_fill_cut_short_left(archive: PostgresRepository) -> None:
    archive_url = _url(archive)
    records = _records()
    archive.upsert_many(records)
    with psycopg.connect(archive_url, autocommit=True) as connection:
        connection.execute("UPDATE surveys SET item_events = NULL WHERE id IN ('both', 'edge')")
    assert archive.compact().filled == 2
    assert {key: _entries(value) for key, value in _stored(archive_url).items()} == _expected(records)
    assert archive.compact().filled == 0
    assert _answers(archive) == EXPECTED


def test_a_clause_on_no_facet_is_asked_once_per_row_and_nothing_is_compiled(archive: PostgresRepository) -> None:
    """The 15 s of session 41: PostgreSQL compiled each search (JIT, 8.3 s of 9.7), and the clause, in each of
    the eight facets' pools, was in the WHERE eight times."""
    from store.postgres import compiler  # noqa: PLC0415

    compiled = compiler.compile_filter(Filter.parse("answered:2026-11"), None)
    text, _ = compiler.faceted_query(compiled, "date", 0, 50)
    assert str(text.as_string(None)).count("item_events IS NOT NULL") == 2  # the WHERE and the row's flag
    assert archive._db.read(lambda connection: connection.execute("SHOW jit").fetchone()) == ("off",)  # noqa: SLF001
