"""The word and pair indexes of a file an older version wrote: added in place, a block of records at a time, never
rebuilt whole.

A file of schema 9 has everything but the word tables. Rebuilding it would
cost a million-record store half an hour; deriving the words from the
records the file keeps costs a few minutes of one core, and can be done in
steps while the file is in use. So opening such a file (`upgrade`) only adds
the empty tables and marks the file as of today's schema with no block
covered (an older program then sees another schema and rebuilds rather than
change the file without its words; a file of schema 10 gets the unit tables
alike, filled by `units.fill`); `meta.words` says how far the words go: the
record number below which they cover every record, or "all". Until
it is "all", free text is answered by the trigram index as before, and an
in-place change keeps the words of the covered blocks only (`covered`).
`fill` covers `STEP` more records: they are read and folded outside the
index's lock, and written only if the file is still in the state they were
read in (another write, or another process filling, makes the step start
again from what the file says).

A file of schema 11 lacks the pair tables (`pairs`) alike: `meta.pairs` says
how far they go, filled the same way once the words are complete; until it
is "all", a phrase is answered as before (the words give candidates).

A file of schema 12 (and older) lacks the leader terms (`leaders`): `meta.leaders`
says how far they go, filled the same way, first; until it is "all", a leader
clause reads the records past it that name the leader (`leaders.partial_numbers`).
Measured on a copy of a million-record file of schema 12 (4.6 GB; the machine
shared, load 4.5-11): opening it (`upgrade`) 0.015 s (up to 1 s a second after
the copy, its commit waiting for the sync), where adding every term in that
transaction took 92.5 s; a step of the leader terms 0.33-0.39 s alone, the
whole fill (`fill_all`, no pause, 248 steps) 149-223 s with tests running beside
it; since session 17 (the leader read from the head of each record,
`leaders.LeaderReader`) 27 s of CPU where it was 69 (docs/performance-log.md).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import orjson

from . import leaders
from .packing import Packer
from .pairs import PAIRS, pairs_of
from .schema import MONTH_DAY_INDEX, PAIR_TABLES, SCHEMA_VERSION, UNIT_TABLES, UPGRADABLE, WORD_TABLES, IndexUnusable
from .words import WORDS, BlockWriter, Ids, abbreviation_phrases, kept_phrases, words_of
from .writing import written

STEP = 4096
"""Records read and folded per step (under a second at most: a search waits at most that long for the lock)."""
ALL = sys.maxsize
"""`covered` of a file whose words cover every record, however many are added."""
KINDS = ("leaders", "words", "pairs")
"""What is filled, in this order, each under its own `meta` key: the leader terms first (a step costs under half
what the words' does, 0.33-0.39 s at a million, and a `leader:` clause reads records until they are complete,
`leaders`), then the words and the pairs (their tables, and how a folded text gives their entries)."""
TABLES = {"words": WORDS, "pairs": PAIRS}


def covered(db: sqlite3.Connection, kind: str = "words") -> int:
    """The record number below which the word (or pair) tables hold every record's entries (0: no tables or none
    yet); the leader terms' (`leaders.covered`) when `kind` is "leaders"."""
    if kind == "leaders":
        return leaders.covered(db)
    try:
        found = db.execute("SELECT value FROM meta WHERE key = ?", (kind,)).fetchone()
    except sqlite3.DatabaseError:
        return 0
    if found is None:
        return 0
    return ALL if found[0] == "all" else int(found[0])


def upgrade(db: sqlite3.Connection) -> None:
    """Bring a file of an older schema this program knows (`UPGRADABLE`) up to date: the tables it lacks (the
    word tables of schema 10, the unit tables of 11), empty, filled later (`fill_all`, `units.fill`), and the leader
    terms of 12 and older, filled in steps too (`leaders`: `meta.leaders` = "0"). The records are not read: this
    is a few statements, whatever the file's size. A file that cannot be written is left as it is (and read as
    unusable)."""
    try:
        found = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError:
        return
    if found is None or UPGRADABLE.get(found[0]) != SCHEMA_VERSION:
        return
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:  # read-only, or busy past the timeout
        return
    try:
        if db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == found:  # not upgraded meanwhile
            if found[0] != "12":  # 12 has every table; it lacks only the leader terms
                for statement in filter(str.strip, (WORD_TABLES + UNIT_TABLES + PAIR_TABLES).split(";")):
                    db.execute(statement)  # those it lacks
                db.execute("DELETE FROM columns WHERE key LIKE 'vocabulary:%'")  # of tables made again
                db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('pairs', '0')")
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('leaders', '0')")  # filled by `fill_all`
            db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))
            if found[0] == "9":
                db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('words', '0'), ('phrases', ?)",
                           (orjson.dumps(abbreviation_phrases()).decode(),))
        db.execute("COMMIT")
    except sqlite3.DatabaseError:
        db.execute("ROLLBACK")


Step = tuple[int, str, list[tuple[int, bytes]]]
"""(first record number, token of the file when it was read, (record number, packed record) of that block)."""


def fill_all(locked: Callable[[], AbstractContextManager[sqlite3.Connection]], packer: Callable[[], Packer],
             pause: bool) -> bool:
    """Fill step after step until the leader terms, the words, then the pairs, are complete (or the file cannot
    be written, or was replaced); True if some step was written. `pause`: rest as long as each step took, so that
    a browser filling in a thread keeps at least half the interpreter for its screen."""
    filled = _month_day_index(locked)
    for kind in KINDS:  # independent: each is filled whether or not the one before could be
        filled = _fill_kind(locked, packer, pause, kind) or filled
    return filled


def _month_day_index(locked: Callable[[], AbstractContextManager[sqlite3.Connection]]) -> bool:
    """Give a file built before it the index a day without its year reads (`schema.MONTH_DAY_INDEX`: one statement,
    no record unpacked); True if it was added. A file that cannot be written answers by scanning `rec`."""
    with locked() as db:
        try:
            if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'rec_month_day'").fetchone():
                return False
            db.execute(MONTH_DAY_INDEX)
        except sqlite3.DatabaseError:  # read-only, busy, replaced: another time
            return False
    return True


def _fill_kind(locked: Callable[[], AbstractContextManager[sqlite3.Connection]], packer: Callable[[], Packer],
               pause: bool, kind: str) -> bool:
    """Steps of one kind until it is complete; True if some step was written."""
    filled = False
    while True:
        began = time.perf_counter()
        try:
            more = fill(locked, packer, kind)
        except sqlite3.OperationalError as error:
            if "interrupt" not in str(error):  # read-only, busy: another time
                break
            more = True  # a search stopped an older one (`SqlIndex.interrupt`) and caught this step: go on
        except (IndexUnusable, sqlite3.DatabaseError):  # replaced, removed or damaged: rebuilt, not filled
            break
        if not more:
            break
        filled = True
        if pause:
            time.sleep(time.perf_counter() - began)
    return filled


def fill(locked: Callable[[], AbstractContextManager[sqlite3.Connection]], packer: Callable[[], Packer],
         kind: str = "words") -> bool:
    """Cover `STEP` more records with words (or pairs, or leader terms), if any are left; True while there is more
    to do. `locked` gives the index's connection under its lock (held only to read the block and to write its
    entries)."""
    from .rows import folded_text  # noqa: PLC0415 - what a browser that only reads need not load

    with locked() as db:
        step = _next(db, kind)
        if step is None:
            return False
        unpack = packer().unpack
        reader = leaders.reader_of(packer())
        phrases = kept_phrases(db) if kind == "words" else []
    start, token, docs = step
    # the slow part, unlocked: every record of the step unpacked (and folded)
    found: list[tuple[int, Any]]
    if kind == "leaders":
        found = leaders.terms_of(docs, reader)
    else:
        texts = ((n, folded_text(orjson.loads(unpack(doc)))) for n, doc in docs)
        found = [(n, words_of(text, phrases) if kind == "words" else pairs_of(text)) for n, text in texts]
    with locked() as db:
        if not written(db, lambda: _write(db, start, token, found, kind)):
            return False
    return True


def _next(db: sqlite3.Connection, kind: str) -> Step | None:
    upto = covered(db, kind)
    top = db.execute("SELECT max(n) FROM rec").fetchone()[0] or 0
    if upto == ALL:
        return None
    if upto > top:  # every block is covered (an empty file, or records removed from the end)
        _finish(db, kind)
        return None
    (token,) = db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
    docs = db.execute("SELECT n, doc FROM doc WHERE n >= ? AND n < ? ORDER BY n", (upto, upto + STEP)).fetchall()
    return upto, token, docs


def _write(db: sqlite3.Connection, start: int, token: str, found: list[tuple[int, Any]], kind: str) -> None:
    """The step's words (or pairs, or leader terms), unless the file changed since they were read (then nothing:
    the next step reads again). Their rows are merged with those of records of the same block an earlier step
    wrote."""
    (now,) = db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
    if now != token or covered(db, kind) != start:
        return
    if kind == "leaders":
        leaders.write(db, found)
    else:
        writer = BlockWriter(db, Ids(db, tables=TABLES[kind]), merge=True)
        for n, entries in found:
            writer.add(n, entries)
        writer.flush()
    top = db.execute("SELECT max(n) FROM rec").fetchone()[0] or 0
    if start + STEP > top:
        _finish(db, kind)
    else:
        db.execute("UPDATE meta SET value = ? WHERE key = ?", (str(start + STEP), kind))


def _finish(db: sqlite3.Connection, kind: str) -> None:
    try:
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, 'all')", (kind,))
    except sqlite3.OperationalError:  # read-only: filled another time
        pass
