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
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from ..query import Filter
from ..repository import Page
from . import build as building
from .compile import FACET_FIELDS, FACETS, conditions, where
from .schema import IndexUnusable, connect, read_meta

ORDER = {
    "date": "rec.date DESC, rec.id DESC, rec.n",
    "locality": "rec.sort_locality, rec.date DESC, rec.id DESC, rec.n",
    "body": "rec.sort_body, rec.date DESC, rec.id DESC, rec.n",
}


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

    # -- reading -----------------------------------------------------------
    def count(self) -> int:
        with self._lock:
            return self._connection().execute("SELECT count(*) FROM rec").fetchone()[0]

    def search(self, query: Filter, *, sort: str = "date", offset: int = 0, limit: int | None = None,
               facets: bool = True, today: date | None = None) -> Page:
        """Like `Repository.search`, from the file as it is (the caller decides whether it must be fresh)."""
        with self._lock:
            db = self._connection()
            found = conditions(query, self._terms_of, today)
            numbers = self._numbers(db, query, sort, found)
            window = numbers[offset:] if limit is None else numbers[offset:offset + limit]
            counts = self._facets(db, found, len(numbers)) if facets else {}
            return Page(len(numbers), offset, self._docs(db, window), counts)

    def _numbers(self, db: sqlite3.Connection, query: Filter, sort: str, found: dict) -> list[int]:
        """Record numbers of every match in order (remembered: the next page of the same search is a slice)."""
        key = (query, sort, date.today())
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        condition = where(found)
        sql = f"SELECT rec.n FROM rec WHERE {condition.sql} ORDER BY {ORDER.get(sort, ORDER['date'])}"  # noqa: S608
        numbers = [n for (n,) in db.execute(sql, condition.params)]
        self._last = (key, numbers)
        return numbers

    def _docs(self, db: sqlite3.Connection, numbers: list[int]) -> list[dict[str, Any]]:
        if not numbers:
            return []
        docs: dict[int, bytes] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start:start + 500]
            docs.update(db.execute(f"SELECT n, doc FROM rec WHERE n IN ({','.join('?' * len(chunk))})", chunk))  # noqa: S608
        return [orjson.loads(docs[n]) for n in numbers]

    def _facets(self, db: sqlite3.Connection, found: dict, total: int) -> dict[str, list[tuple[str, int]]]:
        values = self._facet_values(db)
        totals = self._totals(db)
        counted: dict[tuple[str, ...], dict[int, int]] = {}
        result: dict[str, list[tuple[str, int]]] = {}
        for facet in FACETS:
            own = tuple(f for f in FACET_FIELDS[facet] if f in found)
            if own not in counted:
                condition = where(found, own)
                if condition.sql == "1":
                    counted[own] = totals
                else:
                    counted[own] = dict(db.execute(
                        f"SELECT v, count(*) FROM fpost WHERE n IN (SELECT rec.n FROM rec WHERE {condition.sql}) "  # noqa: S608
                        "GROUP BY v", condition.params))
            pairs = [(values[v][1], c) for v, c in counted[own].items() if c and values[v][0] == facet]
            pairs.sort(key=lambda pair: pair[0])
            pairs.sort(key=lambda pair: pair[1], reverse=True)
            result[facet] = pairs
        return result

    def _totals(self, db: sqlite3.Connection) -> dict[int, int]:
        """Counts with no filter, kept in the file until a write changes them."""
        row = db.execute("SELECT value FROM meta WHERE key = 'totals'").fetchone()
        if row:
            return {int(v): c for v, c in orjson.loads(row[0]).items()}
        totals = dict(db.execute("SELECT v, count(*) FROM fpost GROUP BY v"))
        try:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('totals', ?)",
                       (orjson.dumps({str(v): c for v, c in totals.items()}).decode(),))
        except sqlite3.OperationalError:  # a read-only file: count again next time
            pass
        return totals

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
        self._last = None
