"""Each row keeps the units merged away it names (migration 8, `store.postgres.units`): the pickers' first pass reads
that column, not the records, and a row an older writer or a hand UPDATE changed is worked out from its localities.

Session 37 left the first `w` on PostgreSQL a pass in which the server detoasted every record for its localities
(19.8 s at 20,000 visits under load). Checked here: every writer of this program fills the column as `named_units`
finds the record; an archive of version 7 gets it filled by the upgrade; a row the column does not describe (an
older program's INSERT, a hand UPDATE of the places) has it NULL and its units worked out, those rows only; the
fill never overwrites a row another office wrote meanwhile.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from psycopg.types.json import Jsonb

from store.postgres import PostgresRepository, open_postgres
from store.postgres import units as kept
from store.postgres.schema import LATEST
from store.sqlindex.units import Named, named_units
from tests.contract.test_former_units import QUANG_TRI, _visit, every_record
from tests.postgres.older import archive_at, older_columns, older_row
from tests.present import present

TWO_PLACES = "2025-09-09-doan-dbqh-tphcm-rach-dua"
MOVED = {"name": "huyện Quảng Ninh", "level": "huyện", "former_province": "Quảng Bình", "province": QUANG_TRI,
         "ward": None}


def _stored(url: str) -> dict[str, frozenset[Named] | None]:
    """Each row's units as its column holds them (None: NULL, not worked out)."""
    with psycopg.connect(url, autocommit=True) as connection:
        return {survey: None if column is None else kept.decoded(tuple(column))
                for survey, column in connection.execute("SELECT id, named_units FROM surveys")}


def _expected(records: list[dict[str, Any]]) -> dict[str, frozenset[Named]]:
    return {record["id"]: named_units(record) for record in records}


def _worked_out(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the localities lists whose units a reader works out (rows the column does not describe)."""
    seen: list[int] = []
    original = kept.units_of_localities

    def counted(localities: list[dict[str, Any]]) -> Any:
        seen.append(1)
        return original(localities)
    monkeypatch.setattr(kept, "units_of_localities", counted)
    return seen


def test_every_writer_keeps_each_rows_units(archive: PostgresRepository, archive_url: str) -> None:
    records = every_record()
    archive.upsert_many(records)
    edited = archive.update("2024-05-04-qb-bo-trach", lambda record: {**record, "localities": [MOVED]})
    again = _visit("2024-11-02-qng-tinh-an", "xã Tịnh Hòa", {"name": "Tỉnh Quảng Ngãi", "code": 51},
                   ("Xã Đông Sơn", 21109))
    archive.upsert_many([again], on_duplicate="update")
    # the places moved, their units not: this program's write is no older writer's, the trigger leaves its column
    swapped = archive.update(TWO_PLACES, lambda record: {**record, "localities": record["localities"][::-1]})
    now = {record["id"]: record for record in [*records, edited, again, swapped]}
    url = archive._db._url  # noqa: SLF001 - the archive's own schema
    assert _stored(url) == _expected(list(now.values()))
    assert all(_stored(url).values())  # none NULL, and none empty: the comparison is not of empty sets


def test_the_first_pass_works_out_only_the_rows_an_older_writer_left(
        archive: PostgresRepository, monkeypatch: pytest.MonkeyPatch) -> None:
    records = every_record()
    archive.upsert_many(records[1:])
    url = archive._db._url  # noqa: SLF001
    names = older_columns(7)
    with psycopg.connect(url, autocommit=True) as connection:  # as a program of version 7, and by hand
        connection.execute(f"INSERT INTO surveys ({', '.join(names)}) VALUES ({', '.join(['%s'] * len(names))})",
                           older_row(records[0], 7))
        connection.execute("UPDATE surveys SET record = jsonb_set(record, '{localities}', %s) WHERE id = %s",
                           (Jsonb([MOVED]), records[2]["id"]))
        connection.execute("UPDATE surveys SET record = jsonb_set(record, '{summary}', '\"sửa\"') WHERE id = %s",
                           (records[3]["id"],))  # the places unchanged: the units still hold
    stored = _stored(url)
    assert stored[records[0]["id"]] is None and stored[records[2]["id"]] is None
    assert stored[records[3]["id"]] == named_units(records[3])
    worked = _worked_out(monkeypatch)
    now = [records[0], {**records[2], "localities": [MOVED]}, *records[1:2], *records[3:]]
    assert {survey: units for survey, _, units in archive.row_units()} == {
        record["id"]: named_units(record) for record in now}
    assert len(worked) == 2  # the two rows the column does not describe, no other


def test_an_archive_of_version_seven_has_its_units_filled(archive_url: str) -> None:
    records = every_record()
    archive_at(archive_url, 7, records)
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        assert _stored(archive_url) == _expected(records)
    finally:
        repository.close()


def test_the_fill_leaves_a_row_another_office_wrote_meanwhile(archive_url: str) -> None:
    records = every_record()
    archive_at(archive_url, 7, records)
    target = records[1]["id"]

    def another_office(ids: list[str]) -> None:
        if target not in ids:
            return
        with psycopg.connect(archive_url, autocommit=True) as other:  # a program of version 7, still open
            other.execute("UPDATE surveys SET record = jsonb_set(record, '{localities}', %s) WHERE id = %s",
                          (Jsonb([MOVED]), target))

    with psycopg.connect(archive_url, autocommit=True) as connection:
        connection.execute(kept.MIGRATION)
        written = kept.fill(connection, batch=3, between=another_office)
    stored = _stored(archive_url)
    assert written == len(records) - 1
    assert stored[target] is None  # not the units of the places it held when the batch was read
    assert {key: value for key, value in stored.items() if key != target} == {
        key: value for key, value in _expected(records).items() if key != target}
