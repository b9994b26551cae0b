"""What the index file keeps whole for counting facets in memory: the (record, facet value) columns and the totals.

Both are derived from `fpost` and written by the build; reading them is one
row each, where reading `fpost` row by row would cost a tenth of a second
at 100,000 records. They live apart from `build` so that a browser that only
reads the index does not load what building needs (#17: start-up time).
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import orjson

COLUMN_TYPE = "i"
"""32-bit record numbers and facet value ids: half the bytes of 64-bit ones, and far more than a store holds."""
NEWEST = "rec.date DESC, rec.id DESC"
"""The list's default order (`SqlIndex`'s "date")."""
NAMED = "named-collated"
"""The key of the kept unfiltered counts (`keep_named`); an older file's "named" row, in code-point order (before
`store.collation`), is never read: its counts are ordered again once and kept under this key."""
DERIVED = ("owners", "values", "starts", "newest", NAMED)
"""What an in-place change removes from `columns`: derived from the tables again when next needed."""


def save_columns(db: sqlite3.Connection) -> tuple[array, array]:
    """Every (record, facet value) pair as two arrays, stored whole: facets count over them in memory. With them,
    where each record's pairs start and every record newest first: what counting a filtered pool needs, which
    would cost the first search typed a tenth of a second to derive at 100,000 records (#17)."""
    owners, values = read_columns(db)
    newest = array(COLUMN_TYPE, [n for (n,) in db.execute(f"SELECT n FROM rec ORDER BY {NEWEST}")])  # fixed text
    db.execute("INSERT OR REPLACE INTO columns(key, data) VALUES ('owners', ?), ('values', ?), ('starts', ?), "
               "('newest', ?)", (owners.tobytes(), values.tobytes(), starts_of(owners).tobytes(), newest.tobytes()))
    return owners, values


def read_columns(db: sqlite3.Connection) -> tuple[array, array]:
    """Every (record, facet value) pair as two arrays, read from `fpost` (in record order)."""
    owners, values = array(COLUMN_TYPE), array(COLUMN_TYPE)
    for n, v in db.execute("SELECT n, v FROM fpost"):
        owners.append(n)
        values.append(v)
    return owners, values


def starts_of(owners: array) -> array:
    """Where each record's pairs start in the columns (which are in record order); one past the last at the end."""
    per_record = Counter(owners)
    top = max(per_record, default=0) + 1
    starts = array(COLUMN_TYPE, bytes(array(COLUMN_TYPE).itemsize * (top + 1)))
    at = 0
    for n in range(top):
        starts[n] = at
        at += per_record.get(n, 0)
    starts[top] = at
    return starts


CHUNK = 1 << 22
"""Bytes of a kept row read at a time. SQLite hands a row's value over in one call with the interpreter held (the
facet columns are 42 MB each at a million records: 20-300 ms in which no other thread ran, a key typed during the
read-ahead waiting with them, #17); a blob read in steps lets it go during each step."""

_pausing = threading.local()


@contextmanager
def pausing(wanted: Callable[[], bool], let_go: Callable[[], None]) -> Iterator[None]:
    """Have `read_blob`, in this thread, call `let_go` between chunks whenever `wanted()` says so (the read-ahead
    lets searches have the connection there), with its blob closed meanwhile: an open blob is a statement under
    way, and SQLite's interrupt of a search's key would stop the search's own statements while one is."""
    _pausing.pause = (wanted, let_go)
    try:
        yield
    finally:
        _pausing.pause = None


def read_blob(db: sqlite3.Connection, key: str, into: bytearray | array | None = None) -> bytearray | array | None:
    """The data of one row of `columns` (appended to `into`, an array of whole items, or a new bytearray), read a
    `CHUNK` at a time; None when there is no such row (or it went away between two chunks)."""
    row = db.execute("SELECT rowid FROM columns WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    data = bytearray() if into is None else into
    add = data.frombytes if isinstance(data, array) else data.extend
    wanted, let_go = getattr(_pausing, "pause", None) or (_never, _never)
    at, size = 0, -1
    while at != size:
        try:
            with db.blobopen("columns", "data", row[0], readonly=True) as blob:
                size = len(blob)
                blob.seek(at)
                while at < size:
                    chunk = blob.read(CHUNK)
                    add(chunk)
                    at += len(chunk)
                    if at < size and wanted():
                        break
        except sqlite3.OperationalError as error:  # the row went away meanwhile (a write): as if it never was
            if "no such rowid" in str(error):
                return None
            raise
        if at != size:
            let_go()
    return data


def _never() -> bool:
    return False
def load_array(db: sqlite3.Connection, key: str) -> array | None:
    """One array the build kept (`starts`, `newest`); None when it is not there (an older file, or changed since)."""
    kept = read_blob(db, key, array(COLUMN_TYPE))
    return kept if isinstance(kept, array) else None


def load_columns(db: sqlite3.Connection) -> tuple[array, array] | None:
    owners, values = load_array(db, "owners"), load_array(db, "values")
    if owners is None or values is None:
        return None
    return owners, values


def dump_totals(totals: Counter[int]) -> str:
    """Facet value id → count over the whole store, kept in `meta` so the unfiltered facets cost nothing."""
    return orjson.dumps({str(v): c for v, c in totals.items() if c > 0}).decode()


def load_totals(text: str) -> Counter[int]:
    return Counter({int(v): c for v, c in orjson.loads(text).items()})


def keep_array(db: sqlite3.Connection, key: str, kept: array) -> array:
    """Save an array derived by a reader (a file made before the build kept it), unless the file is read-only."""
    try:
        db.execute("INSERT OR REPLACE INTO columns(key, data) VALUES (?, ?)", (key, kept.tobytes()))
    except sqlite3.OperationalError:  # read-only, or busy past the timeout: derived again next time
        pass
    return kept


def load_named(db: sqlite3.Connection) -> dict[str, list[tuple[str, int]]] | None:
    """The unfiltered facet counts by facet as a reader kept them (`keep_named`); None when not kept."""
    found = db.execute("SELECT data FROM columns WHERE key = ?", (NAMED,)).fetchone()
    if found is None:
        return None
    return {facet: [(value, count) for value, count in pairs] for facet, pairs in orjson.loads(found[0]).items()}


def keep_named(db: sqlite3.Connection, named: dict[str, list[tuple[str, int]]]) -> dict[str, list[tuple[str, int]]]:
    """Keep the unfiltered counts by facet (the browser's first facets: naming and ordering some thousands of
    values cost its launch a few tens of milliseconds each time), unless the file is read-only."""
    try:
        db.execute("INSERT OR REPLACE INTO columns(key, data) VALUES (?, ?)", (NAMED, orjson.dumps(named)))
    except sqlite3.OperationalError:  # read-only, or busy past the timeout: named again next time
        pass
    return named
