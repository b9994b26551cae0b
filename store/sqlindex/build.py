"""Making the index file, whole or by the records a write changed.

A whole build writes a new file beside the old one and renames it into
place, so a reader never sees half an index and a crash leaves at worst a
temporary file (removed by the next build). `apply` changes an index in one
transaction when the repository itself wrote: the records it upserted and
the ids it deleted, and the store's token after the write.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from .rows import IndexRow, index_row
from .schema import DDL, SCHEMA_VERSION, connect

BATCH = 2000


class Writer:
    """Inserts and removes index rows through one connection, remembering term and facet ids."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection
        self.terms = {(f, v): t for t, f, v in connection.execute("SELECT t, field, value FROM term")}
        self.fvals = {(f, v): i for i, f, v in connection.execute("SELECT v, facet, value FROM fval")}
        self.totals: Counter[int] = Counter()
        """Change in each facet value's count, by what this writer added and removed."""

    def add(self, rows: list[IndexRow], numbers: list[int | None] | None = None) -> None:
        db = self.db
        posts: list[tuple[int, int]] = []
        fposts: list[tuple[int, int]] = []
        texts: list[tuple[int, str]] = []
        docs: list[tuple[int, bytes]] = []
        places: set[tuple[str, str]] = set()
        for position, row in enumerate(rows):
            values = (row.id, row.date, row.sort_locality, row.sort_body, row.deadline)
            given = numbers[position] if numbers else None
            if given is None:
                n = _new_row(db.execute("INSERT INTO rec(id, date, sort_locality, sort_body, deadline) "
                                        "VALUES (?, ?, ?, ?, ?)", values))
            else:
                n = given
                db.execute("INSERT INTO rec(n, id, date, sort_locality, sort_body, deadline) "
                           "VALUES (?, ?, ?, ?, ?, ?)", (n, *values))
            docs.append((n, row.doc))
            posts.extend((self._id(self.terms, "term", term), n) for term in row.terms)
            facet_values = [self._id(self.fvals, "fval", facet) for facet in row.facets]
            self.totals.update(facet_values)
            fposts.extend((n, v) for v in facet_values)
            texts.append((n, row.text))
            places.update(row.places)
        db.executemany("INSERT OR IGNORE INTO post(t, n) VALUES (?, ?)", posts)
        db.executemany("INSERT OR IGNORE INTO fpost(n, v) VALUES (?, ?)", fposts)
        db.executemany("INSERT INTO fts(rowid, text) VALUES (?, ?)", texts)
        db.executemany("INSERT INTO doc(n, doc) VALUES (?, ?)", docs)
        db.executemany("INSERT OR IGNORE INTO ward_province(label, province) VALUES (?, ?)", places)

    def remove(self, numbers: list[int]) -> None:
        for n in numbers:
            self.totals.subtract(v for (v,) in self.db.execute("SELECT v FROM fpost WHERE n = ?", (n,)))
            self.db.execute("DELETE FROM rec WHERE n = ?", (n,))
            self.db.execute("DELETE FROM doc WHERE n = ?", (n,))
            self.db.execute("DELETE FROM post WHERE n = ?", (n,))
            self.db.execute("DELETE FROM fpost WHERE n = ?", (n,))
            self.db.execute("DELETE FROM fts WHERE rowid = ?", (n,))

    def _id(self, known: dict[tuple[str, str], int], table: str, key: tuple[str, str]) -> int:
        found = known.get(key)
        if found is None:
            column = "field" if table == "term" else "facet"
            found = known[key] = _new_row(self.db.execute(
                f"INSERT INTO {table}({column}, value) VALUES (?, ?)", key))  # fixed table and column names
        return found


def _new_row(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT of one row made (sqlite3 types `lastrowid` as optional for other statements)."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise sqlite3.DatabaseError("an INSERT reported no row id")
    return rowid


def build(path: Path, records: Iterable[dict[str, Any]], token: str) -> None:
    """Write a whole index of `records`, describing the store state `token`, at `path` (replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(path)
    handle, scratch = tempfile.mkstemp(prefix=path.name + ".", suffix=".building", dir=path.parent)
    os.close(handle)
    try:
        db = connect(Path(scratch))
        db.execute("PRAGMA journal_mode = OFF")  # a scratch file: a crash leaves it unused, never half-read
        db.execute("PRAGMA synchronous = OFF")
        db.executescript(DDL)
        writer = Writer(db)
        db.execute("BEGIN")
        batch: list[IndexRow] = []
        for record in records:
            batch.append(index_row(record))
            if len(batch) >= BATCH:
                writer.add(batch)
                batch = []
        writer.add(batch)
        save_columns(db)
        db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                       [("schema", SCHEMA_VERSION), ("token", token), ("totals", dump_totals(writer.totals))])
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def apply(db: sqlite3.Connection, upserted: list[dict[str, Any]], deleted: list[str], token: str) -> None:
    """Change the index as the store changed; the caller has checked the index was current before the write."""
    writer = Writer(db)
    db.execute("BEGIN IMMEDIATE")
    try:
        gone = [n for rid in deleted for (n,) in db.execute("SELECT n FROM rec WHERE id = ?", (rid,))]
        writer.remove(gone)
        numbers: list[int | None] = []
        for record in upserted:
            found = db.execute("SELECT n FROM rec WHERE id = ?", (record.get("id", ""),)).fetchall()
            writer.remove([n for (n,) in found])
            numbers.append(found[0][0] if found else None)
        writer.add([index_row(record) for record in upserted], numbers)
        db.execute("UPDATE meta SET value = ? WHERE key = 'token'", (token,))
        db.execute("DELETE FROM columns")  # read again from `fpost` when next needed
        (before,) = db.execute("SELECT value FROM meta WHERE key = 'totals'").fetchone()
        totals = load_totals(before)
        totals.update(writer.totals)
        db.execute("UPDATE meta SET value = ? WHERE key = 'totals'", (dump_totals(totals),))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def save_columns(db: sqlite3.Connection) -> tuple[array, array]:
    """Every (record, facet value) pair as two arrays, stored whole: facets count over them in memory."""
    owners, values = array("q"), array("q")
    for n, v in db.execute("SELECT n, v FROM fpost"):
        owners.append(n)
        values.append(v)
    db.execute("INSERT OR REPLACE INTO columns(key, data) VALUES ('owners', ?), ('values', ?)",
               (owners.tobytes(), values.tobytes()))
    return owners, values


def load_columns(db: sqlite3.Connection) -> tuple[array, array] | None:
    stored = dict(db.execute("SELECT key, data FROM columns"))
    if "owners" not in stored or "values" not in stored:
        return None
    owners, values = array("q"), array("q")
    owners.frombytes(stored["owners"])
    values.frombytes(stored["values"])
    return owners, values


def dump_totals(totals: Counter[int]) -> str:
    """Facet value id → count over the whole store, kept in `meta` so the unfiltered facets cost nothing."""
    return orjson.dumps({str(v): c for v, c in totals.items() if c > 0}).decode()


def load_totals(text: str) -> Counter[int]:
    return Counter({int(v): c for v, c in orjson.loads(text).items()})


def _remove_stale_temporaries(path: Path) -> None:
    """Builds that died (a day old: a build running now in another process is left alone)."""
    for leftover in path.parent.glob(path.name + ".*.building"):
        try:
            if time.time() - leftover.stat().st_mtime > 86400:
                leftover.unlink()
        except OSError:
            pass
