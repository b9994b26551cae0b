"""`SqlIndex`: search, facets and pages from the index file, and keeping the file current.

The file describes one state of the store, named by the repository's
`change_token()`. `fresh()` says whether it still does; `build()` makes it
again from the records; `apply()` changes it in place after the
repository's own write (when it was current just before). A file that is
absent, corrupt or of another schema is `IndexUnusable` and is rebuilt;
the index is never the source of truth, so deleting it loses nothing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import compress
from pathlib import Path
from typing import Any

import orjson

from ..query import Filter
from ..repository import Page
from . import build as building
from .compile import FACET_FIELDS, FACETS, conditions, where
from .schema import IndexUnusable, connect, read_meta

ORDER = {
    "date": "rec.date DESC, rec.id DESC",
    "locality": "rec.sort_locality, rec.date DESC, rec.id DESC",
    "body": "rec.sort_body, rec.date DESC, rec.id DESC",
}
"""Each order has an index (`schema`), so the first page of everything is read, never sorted."""


class Interrupted(Exception):
    """A search stopped by `SqlIndex.interrupt` (a newer one replaced it)."""


class SqlIndex:
    """The persistent index of one store. Thread-safe: one connection, used under a lock."""

    def __init__(self, path: Path, token: Callable[[], str], records: Callable[[], Iterable[dict[str, Any]]]) -> None:
        self.path = Path(path)
        self._token = token
        self._records = records
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._inode: int | None = None
        self._terms: dict[str, list[tuple[int, str]]] = {}
        self._fvals: dict[int, tuple[str, str]] | None = None
        self._total_counts: dict[int, int] | None = None
        self._fcols: tuple[array, array] | None = None
        self._last: tuple[tuple[Any, ...], list[int]] | None = None

    # -- state -------------------------------------------------------------
    def indexed_token(self) -> str | None:
        """The store state the file describes; None when there is no usable file."""
        with self._lock:
            try:
                return read_meta(self._connection())["token"]
            except (IndexUnusable, sqlite3.DatabaseError, KeyError):
                self._drop()
                return None

    def fresh(self) -> bool:
        return self.indexed_token() == self._token()

    def build(self) -> None:
        """Index the store as it is now (the token is read before the records, so a write meanwhile shows as stale)."""
        token = self._token()
        building.build(self.path, self._records(), token)
        with self._lock:
            self._drop()

    def ensure(self) -> None:
        """Build unless the file describes the store as it is."""
        if not self.fresh():
            self.build()

    def apply(self, before: str, after: str, upserted: list[dict[str, Any]], deleted: list[str]) -> bool:
        """After a write that moved the store from `before` to `after`: update in place if the file described
        `before` (True), else leave it stale for the next build (False)."""
        with self._lock:
            try:
                if self.indexed_token() != before:
                    return False
                building.apply(self._connection(), upserted, deleted, after)
            except (IndexUnusable, sqlite3.DatabaseError):
                self._drop()
                return False
            self._forget()
            return True

    def close(self) -> None:
        with self._lock:
            self._drop()

    def interrupt(self) -> None:
        """Stop the query running now (from another thread): it raises `Interrupted`. For a search a newer one
        has made moot, such as the previous keystroke's."""
        db = self._db
        if db is not None:
            db.interrupt()

    # -- reading -----------------------------------------------------------
    def ward_provinces(self) -> dict[str, tuple[str, ...]]:
        """Each ward facet value → the provinces (`province.name`) its visits lie in."""
        with self._lock:
            found: dict[str, list[str]] = {}
            for label, province in self._connection().execute(
                    "SELECT label, province FROM ward_province ORDER BY label, province"):
                found.setdefault(label, []).append(province)
            return {label: tuple(provinces) for label, provinces in found.items()}

    def records(self) -> Iterator[dict[str, Any]]:
        """Every record, one at a time (a pass the browser makes rarely: the former units a picker offers)."""
        with self._lock:
            rows = self._connection().execute("SELECT doc FROM doc").fetchall()
        for (doc,) in rows:
            yield orjson.loads(doc)

    def count(self) -> int:
        with self._lock:
            return self._connection().execute("SELECT count(*) FROM rec").fetchone()[0]

    def search(self, query: Filter, *, sort: str = "date", offset: int = 0, limit: int | None = None,
               facets: bool = True, today: date | None = None) -> Page:
        """Like `Repository.search`, from the file as it is (the caller decides whether it must be fresh)."""
        try:
            return self._search(query, sort, offset, limit, facets, today)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise Interrupted(str(error)) from None
            raise

    def _search(self, query: Filter, sort: str, offset: int, limit: int | None, facets: bool,
                today: date | None) -> Page:
        with self._lock:
            db = self._connection()
            found = conditions(query, self._terms_of, today)
            order = ORDER.get(sort, ORDER["date"])
            if not found:  # everything: the order's own index gives the page, and the counts are kept
                total = db.execute("SELECT count(*) FROM rec").fetchone()[0]
                window = [n for (n,) in db.execute(
                    f"SELECT n FROM rec ORDER BY {order} LIMIT ? OFFSET ?",  # fixed text: values go as parameters
                    (-1 if limit is None else limit, offset))]
                counts = self._named(self._totals(db)) if facets else {}
                return Page(total, offset, self._docs(db, window), counts)
            numbers = self._numbers(db, query, sort, found, today)
            window = numbers[offset:] if limit is None else numbers[offset:offset + limit]
            counts = self._facets(db, found, numbers) if facets else {}
            return Page(len(numbers), offset, self._docs(db, window), counts)

    def _numbers(self, db: sqlite3.Connection, query: Filter, sort: str, found: dict, today: date | None) -> list[int]:
        """Record numbers of every match in order (remembered: the next page of the same search is a slice)."""
        key = (query, sort, today or date.today())
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        condition = where(found)
        sql = f"SELECT rec.n FROM rec WHERE {condition.sql} ORDER BY {ORDER.get(sort, ORDER['date'])}"
        numbers = [n for (n,) in db.execute(sql, condition.params)]
        self._last = (key, numbers)
        return numbers

    def _docs(self, db: sqlite3.Connection, numbers: list[int]) -> list[dict[str, Any]]:
        if not numbers:
            return []
        docs: dict[int, bytes] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start:start + 500]
            docs.update(db.execute(f"SELECT n, doc FROM doc WHERE n IN ({','.join('?' * len(chunk))})", chunk))
        return [orjson.loads(docs[n]) for n in numbers]

    def _facets(self, db: sqlite3.Connection, found: dict, numbers: list[int]) -> dict[str, list[tuple[str, int]]]:
        """Each facet counted over the matches of the filter less that facet's own clauses."""
        counted: dict[tuple[str, ...], dict[int, int]] = {}
        result: dict[str, list[tuple[str, int]]] = {}
        for facet in FACETS:
            own = tuple(f for f in FACET_FIELDS[facet] if f in found)
            if own not in counted:
                condition = where(found, own)
                if not own:
                    counted[own] = self._count(db, numbers)
                elif condition.sql == "1":
                    counted[own] = self._totals(db)
                else:
                    counted[own] = self._count(db, [n for (n,) in db.execute(
                        f"SELECT rec.n FROM rec WHERE {condition.sql}", condition.params)])
            result[facet] = self._named(counted[own])[facet]
        return result

    def _count(self, db: sqlite3.Connection, pool: list[int]) -> dict[int, int]:
        """Facet value id → records of `pool` that carry it: one C-level pass over every record's value ids."""
        totals = self._totals(db)
        owners, values = self._columns(db)
        size = db.execute("SELECT count(*) FROM rec").fetchone()[0]
        if len(pool) >= size:
            return totals
        if not pool:
            return {}
        chosen = set(pool)
        return Counter(compress(values, map(chosen.__contains__, owners)))

    def _columns(self, db: sqlite3.Connection) -> tuple[array, array]:
        """Every (record, facet value) pair as two arrays (a few megabytes at 100,000 records), kept in the file
        by the build; after an in-place change they are read from `fpost` again and kept anew."""
        if self._fcols is None:
            self._fcols = building.load_columns(db)
        if self._fcols is None:
            try:
                self._fcols = building.save_columns(db)
            except sqlite3.OperationalError:  # a read-only file: read them, keep nothing
                owners, values = array("q"), array("q")
                for n, v in db.execute("SELECT n, v FROM fpost"):
                    owners.append(n)
                    values.append(v)
                self._fcols = (owners, values)
        return self._fcols

    def _named(self, counts: dict[int, int]) -> dict[str, list[tuple[str, int]]]:
        """Counts by facet, most first, equal counts by value."""
        values = self._facet_values(self._connection())
        result: dict[str, list[tuple[str, int]]] = {facet: [] for facet in FACETS}
        for v, c in counts.items():
            if c > 0:
                facet, value = values[v]
                result[facet].append((value, c))
        for pairs in result.values():
            pairs.sort(key=lambda pair: pair[0])
            pairs.sort(key=lambda pair: pair[1], reverse=True)
        return result

    def _totals(self, db: sqlite3.Connection) -> dict[int, int]:
        """Counts with no filter, kept in the file by the build and every change."""
        if self._total_counts is None:
            (text,) = db.execute("SELECT value FROM meta WHERE key = 'totals'").fetchone()
            self._total_counts = dict(building.load_totals(text))
        return self._total_counts

    def _facet_values(self, db: sqlite3.Connection) -> dict[int, tuple[str, str]]:
        if self._fvals is None:
            self._fvals = {v: (facet, value) for v, facet, value in db.execute("SELECT v, facet, value FROM fval")}
        return self._fvals

    def _terms_of(self, field: str) -> list[tuple[int, str]]:
        if field not in self._terms:
            self._terms[field] = list(self._connection().execute(
                "SELECT t, value FROM term WHERE field = ?", (field,)))
        return self._terms[field]

    # -- the connection ----------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        """The open connection, reopened when the file was replaced by a build (maybe another process's)."""
        try:
            inode = os.stat(self.path).st_ino
        except FileNotFoundError:
            self._drop()
            raise IndexUnusable("no index file") from None
        if self._db is None or inode != self._inode:
            self._drop()
            self._db = connect(self.path)
            self._inode = inode
        return self._db

    def _drop(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db, self._inode = None, None
        self._forget()

    def _forget(self) -> None:
        """What was read from the file: term lists, facet values, the last search."""
        self._terms.clear()
        self._fvals = None
        self._total_counts = None
        self._fcols = None
        self._last = None
