"""The repository's queries over the rows that are not searches: the pages `records()` walks, the stored rows an
import could duplicate, the rows an import writes, and the sidebar's wards and their provinces."""

from __future__ import annotations

import psycopg

from ..repository import Record
from .columns import COLUMNS, WARD_SEPARATOR, row_of
from .planning import Stored

PAGE = 500
"""Records per round trip when `records()` walks the whole archive."""


def ward_provinces(connection: psycopg.Connection) -> dict[str, tuple[str, ...]]:
    """Each ward facet value → its provinces in code-point order, as the file store's index gives them
    (`SqlIndex.ward_provinces`: the sidebar puts a shared name's "every place" line under the first province none
    of its places is in, else under the first, so the order shows): the distinct `ward_places` of every row,
    grouped in the database (one pass over a narrow column; no record is read)."""
    found: dict[str, list[str]] = {}
    for (place,) in connection.execute(
            "SELECT DISTINCT place FROM surveys CROSS JOIN LATERAL unnest(ward_places) AS place ORDER BY place"):
        label, _, province = place.partition(WARD_SEPARATOR)
        found.setdefault(label, []).append(province)
    return {label: tuple(provinces) for label, provinces in found.items()}


def records_after(connection: psycopg.Connection, after: tuple[str, str] | None) -> list[tuple[str, str, Record]]:
    if after is None:
        return connection.execute(
            "SELECT date, id, record FROM surveys ORDER BY date DESC, id DESC LIMIT %s", (PAGE,)).fetchall()
    return connection.execute(
        "SELECT date, id, record FROM surveys WHERE (date, id) < (%s, %s) ORDER BY date DESC, id DESC LIMIT %s",
        (*after, PAGE)).fetchall()


def row_stamps(connection: psycopg.Connection) -> dict[str, str]:
    """Each row's id → its `xmin`, the transaction that wrote that row version: any write to the row (this
    program's, or an UPDATE by hand) gives it a new one, a row deleted and added again too. No record is sent."""
    return {survey: stamp for survey, stamp in connection.execute("SELECT id, xmin::text FROM surveys")}


def records_of(connection: psycopg.Connection, ids: list[str]) -> list[Record]:
    return [row[0] for row in connection.execute("SELECT record FROM surveys WHERE id = ANY(%s)", (ids,))]


def records_near(connection: psycopg.Connection, places: list[str], ids: list[str]) -> list[Record]:
    """The records of the rows holding a ward key (`ward_keys`) or province code a place of today is found by
    (`store.sqlindex.nearby.term_of`, the same keys as the file's terms), or of these ids: one query, the rows'
    small columns read and only the records matched sent (`store.link_reads`: one visit's links)."""
    from ..sqlindex.nearby import term_of  # noqa: PLC0415 - only one visit's links ask

    terms = {term_of(place) for place in places}
    wards = sorted(value for field, value in terms if field == "ward")
    codes = sorted(int(value) for field, value in terms if field == "code" and value.lstrip("-").isdigit())
    return [row[0] for row in connection.execute(
        "SELECT record FROM surveys WHERE string_to_array(ward_keys, %s) && %s::text[]"
        " OR province_codes && %s::bigint[] OR id = ANY(%s)", (WARD_SEPARATOR, wards, codes, ids))]


def stored_like(connection: psycopg.Connection, incoming: list[tuple[Record, str]]) -> list[Stored]:
    """The stored rows an incoming record could duplicate: the same id or the same visit key."""
    ids = [record["id"] for record, _ in incoming]
    keys = [key for _, key in incoming]
    rows = connection.execute(
        "SELECT id, visit_key, record FROM surveys WHERE id = ANY(%s) OR visit_key = ANY(%s)", (ids, keys))
    return [Stored(*row) for row in rows]


def write_rows(connection: psycopg.Connection, records: list[Record]) -> None:
    """Insert or overwrite by id, in one INSERT statement fed from a COPY into a private temporary table."""
    names = ", ".join(COLUMNS)
    connection.execute(f"CREATE TEMPORARY TABLE incoming ON COMMIT DROP AS "
                       f"SELECT {names} FROM surveys WITH NO DATA")
    with connection.cursor().copy(f"COPY incoming ({names}) FROM STDIN") as copy:
        for record in records:
            copy.write_row(row_of(record))
    updates = ", ".join(f"{name} = EXCLUDED.{name}" for name in COLUMNS if name != "id")
    connection.execute(
        f"INSERT INTO surveys ({names}) SELECT {names} FROM incoming "
        f"ON CONFLICT (id) DO UPDATE SET {updates}, version = surveys.version + 1, changed_at = now()"
    )
    connection.execute("INSERT INTO surveys_vocabulary SELECT DISTINCT unnest(words) FROM incoming ORDER BY 1 "
                       "ON CONFLICT DO NOTHING")
