"""Making the index file, whole or by the records a write changed.

A whole build writes a new file beside the old one and renames it into
place, so a reader never sees half an index and a crash leaves at worst a
temporary file (removed by the next build). It numbers the records itself,
inserts in batches with the journal and syncing off (a scratch file) and
makes the secondary indexes once the rows are in. `apply` changes an index
in one transaction when the repository itself wrote: the records it
upserted and the ids it deleted, and the store's token after the write.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import orjson

from . import grams as gramming
from . import kinds
from . import pairs as pairing
from . import words as wording
from .columns import DERIVED, dump_totals, keep_named, load_totals, save_columns
from .facets import named_totals
from .packing import Packer, dictionary, packer_of
from .rows import IndexRow, index_row
from .schema import DDL, INDEXES, SCHEMA_VERSION, connect, derivation
from .units import Units
from .vocabulary import Vocabulary
from .wordfill import ALL, covered

BATCH = 2000
SAMPLE_RECORDS = 64
"""Records whose JSON makes the compression dictionary (`packing`)."""


class Writer:
    """Inserts and removes index rows through one connection, remembering term and facet ids."""

    def __init__(self, connection: sqlite3.Connection, packer: Packer, building: bool = False) -> None:
        self.db = connection
        self.packer = packer
        self.terms = {(f, v): t for t, f, v in connection.execute("SELECT t, field, value FROM term")}
        self.fvals = {(f, v): i for i, f, v in connection.execute("SELECT v, facet, value FROM fval")}
        self.totals: Counter[int] = Counter()
        """Change in each facet value's count, by what this writer added and removed."""
        self.blocks = gramming.BlockWriter(connection) if building else None
        """A whole build's bitmaps, written a block at a time; None: change rows in place."""
        self.word_ids = wording.Ids(connection, {} if building else None)
        self.words = wording.BlockWriter(connection, self.word_ids) if building else None
        """The same for the words (`words`)."""
        self.phrases = wording.abbreviation_phrases() if building else wording.kept_phrases(connection)
        """Phrases kept as words (`words.abbreviation_phrases`): chosen by a build, kept by every change."""
        self.words_below = ALL if building else covered(connection)
        """Records whose words are kept: all, but in a file of an older schema still being filled (`wordfill`)."""
        self.pair_ids = wording.Ids(connection, {} if building else None, pairing.PAIRS)
        self.pairs = wording.BlockWriter(connection, self.pair_ids) if building else None
        self.pairs_below = ALL if building else covered(connection, "pairs")
        """The same for the pairs of adjacent words (`pairs`)."""
        self.next_n = (connection.execute("SELECT max(n) FROM rec").fetchone()[0] or 0) + 1
        self.units = Units(connection, building)
        """The former units the records name (`units`), changed with the rows."""

    def add(self, rows: list[IndexRow], numbers: list[int | None] | None = None,
            same_text: frozenset[int] = frozenset()) -> None:
        """Insert `rows` (at `numbers` where given); the records in `same_text` kept their text rows (`remove`)."""
        db = self.db
        recs: list[tuple[Any, ...]] = []
        posts: list[tuple[int, int]] = []
        fposts: list[tuple[int, int]] = []
        texts: list[tuple[int, str]] = []
        docs: list[tuple[int, bytes]] = []
        places: set[tuple[str, str]] = set()
        for position, row in enumerate(rows):
            n = numbers[position] if numbers else None
            if n is None:
                n, self.next_n = self.next_n, self.next_n + 1
            recs.append((n, row.id, row.date, row.sort_locality, row.sort_body, row.deadline))
            docs.append((n, self.packer.pack(row.doc)))
            posts.extend((self._id(self.terms, "term", term), n) for term in row.terms)
            facet_values = [self._id(self.fvals, "fval", facet) for facet in row.facets]
            self.totals.update(facet_values)
            fposts.extend((n, v) for v in facet_values)
            places.update(row.places)
            self.units.add(n, row)
            if n in same_text:  # its text rows were kept (`remove`)
                continue
            texts.append((n, row.text))
            if self.blocks is not None and self.words is not None and self.pairs is not None:
                self.blocks.add(n, gramming.grams_of(row.text))
                self.words.add(n, wording.words_of(row.text, self.phrases))
                self.pairs.add(n, pairing.pairs_of(row.text))
            else:
                self._change(n, row.text, on=True)
        db.executemany("INSERT INTO rec(n, id, date, sort_locality, sort_body, deadline) VALUES (?, ?, ?, ?, ?, ?)",
                       recs)
        db.executemany("INSERT OR IGNORE INTO post(t, n) VALUES (?, ?)", posts)
        db.executemany("INSERT OR IGNORE INTO fpost(n, v) VALUES (?, ?)", fposts)
        db.executemany("INSERT INTO fts(rowid, text) VALUES (?, ?)", texts)
        db.executemany("INSERT INTO doc(n, doc) VALUES (?, ?)", docs)
        db.executemany("INSERT OR IGNORE INTO ward_province(label, province) VALUES (?, ?)", places)

    def remove(self, numbers: list[int], keep_text: str | None = None) -> set[int]:
        """Take records out; the text table is contentless, so it is given each record's folded text again,
        made from the record the index keeps (`schema.derivation` guards that it is made the same way). A record
        whose folded text is `keep_text` keeps its text rows (returned: `add` leaves them be): a status, deadline
        or addressee saved changes no word, and the text tables are most of what a visit's rows weigh."""
        db = self.db
        kept: set[int] = set()
        for n in numbers:
            found = db.execute("SELECT doc FROM doc WHERE n = ?", (n,)).fetchone()
            row = index_row(orjson.loads(self.packer.unpack(found[0]))) if found is not None else None
            self.units.remove(n, row)
            if row is not None and row.text == keep_text:
                kept.add(n)
            elif row is not None:
                db.execute("INSERT INTO fts(fts, rowid, text) VALUES ('delete', ?, ?)", (n, row.text))
                self._change(n, row.text, on=False)
            self.totals.subtract(v for (v,) in db.execute("SELECT v FROM fpost WHERE n = ?", (n,)))
            db.execute("DELETE FROM rec WHERE n = ?", (n,))
            db.execute("DELETE FROM doc WHERE n = ?", (n,))
            db.execute("DELETE FROM post WHERE n = ?", (n,))
            db.execute("DELETE FROM fpost WHERE n = ?", (n,))
        return kept

    def _change(self, n: int, text: str, on: bool) -> None:
        """Record `n`'s grams, words and pairs set (or cleared) in place: the words and pairs only where the file
        keeps them (`wordfill`)."""
        gramming.change(self.db, n, gramming.grams_of(text), on)
        if n < self.words_below:
            wording.change(self.db, self.word_ids, n, wording.words_of(text, self.phrases), on)
        if n < self.pairs_below:
            wording.change(self.db, self.pair_ids, n, pairing.pairs_of(text), on)

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
        db.execute("PRAGMA cache_size = -131072")  # 128 MB while building: the b-trees grow in memory
        db.execute("PRAGMA temp_store = FILE")  # the secondary indexes' sorts spill to disk, not to memory
        db.executescript(DDL)
        stream = iter(records)
        first = [index_row(record) for record in islice(stream, BATCH)]
        zdict = dictionary([row.doc for row in first[:SAMPLE_RECORDS]])
        writer = Writer(db, Packer(zdict), building=True)
        db.execute("BEGIN")
        for batch in _batches(first, stream):
            writer.add(batch)
        assert writer.blocks is not None and writer.words is not None and writer.pairs is not None
        writer.blocks.flush()
        writer.words.flush()
        writer.pairs.flush()
        for statement in filter(str.strip, INDEXES.split(";")):  # `executescript` would commit first
            db.execute(statement)
        writer.units.finish(writer.terms)
        db.execute("INSERT INTO columns(key, data) VALUES ('zdict', ?)", (zdict,))
        save_columns(db)
        kinds.save(db, kinds.typed(name for (name,) in db.execute("SELECT value FROM fval WHERE facet = 'body'")))
        db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                       [("schema", SCHEMA_VERSION), ("derivation", derivation()), ("token", token), ("words", "all"),
                        ("pairs", "all"), ("phrases", orjson.dumps(writer.phrases).decode()),
                        ("totals", dump_totals(writer.totals))])
        keep_named(db, named_totals(db))
        for tables in (wording.WORDS, pairing.PAIRS):  # read whole by the first search (`vocabulary`)
            Vocabulary(db, tables).keep(db)
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def _batches(first: list[IndexRow], rest: Iterator[dict[str, Any]]) -> Iterator[list[IndexRow]]:
    yield first
    while batch := [index_row(record) for record in islice(rest, BATCH)]:
        yield batch


def apply(db: sqlite3.Connection, upserted: list[dict[str, Any]], deleted: list[str], token: str) -> None:
    """Change the index as the store changed; the caller has checked the index was current before the write."""
    writer = Writer(db, packer_of(db))
    db.execute("BEGIN IMMEDIATE")
    try:
        gone = [n for rid in deleted for (n,) in db.execute("SELECT n FROM rec WHERE id = ?", (rid,))]
        writer.remove(gone)
        numbers: list[int | None] = []
        rows = [index_row(record) for record in upserted]
        same_text: set[int] = set()
        placed = not gone  # every record where it was, with the same facet values: the columns still hold
        for row in rows:
            found = db.execute("SELECT n FROM rec WHERE id = ?", (row.id,)).fetchall()
            placed = placed and len(found) == 1 and _placed(db, found[0][0]) == (row.date, _ids(writer, row))
            same_text |= writer.remove([n for (n,) in found], keep_text=row.text if len(found) == 1 else None)
            numbers.append(found[0][0] if found else None)
        writer.add(rows, numbers, frozenset(same_text))
        writer.units.finish(writer.terms)
        db.execute("UPDATE meta SET value = ? WHERE key = 'token'", (token,))
        if not placed:  # derived again when needed: at 100,000 visits a full read of `fpost`, 9 MB written again
            db.executemany("DELETE FROM columns WHERE key = ?", [(key,) for key in DERIVED])
        (before,) = db.execute("SELECT value FROM meta WHERE key = 'totals'").fetchone()
        totals = load_totals(before)
        totals.update(writer.totals)
        db.execute("UPDATE meta SET value = ? WHERE key = 'totals'", (dump_totals(totals),))
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _placed(db: sqlite3.Connection, n: int) -> tuple[str, frozenset[int]]:
    """Record `n`'s day and facet values as the file holds them: what the derived columns (`DERIVED`) are made of,
    with its number and id, which an update keeps."""
    (date,) = db.execute("SELECT date FROM rec WHERE n = ?", (n,)).fetchone()
    return date, frozenset(v for (v,) in db.execute("SELECT v FROM fpost WHERE n = ?", (n,)))


def _ids(writer: Writer, row: IndexRow) -> frozenset[int] | None:
    """`row`'s facet value ids, or None when one is new to the file (the columns then change)."""
    ids = frozenset(writer.fvals.get(facet, -1) for facet in row.facets)
    return None if -1 in ids else ids


def _remove_stale_temporaries(path: Path) -> None:
    """Builds that died (a day old: a build running now in another process is left alone)."""
    for leftover in path.parent.glob(path.name + ".*.building"):
        try:
            if time.time() - leftover.stat().st_mtime > 86400:
                leftover.unlink()
        except OSError:
            pass
