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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import compress, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson

from ..query import Clause, Filter
from ..repository import Page
from . import kinds, matches, wordfill
from .columns import COLUMN_TYPE, NEWEST, keep_array, load_array
from .compile import Condition, conditions, text_terms, where
from .facets import FacetCounter
from .packing import Packer, packer_of
from .paged import Matches
from .schema import IndexUnusable, connect, read_meta
from .text import text_flags
from .words import Vocabulary

ORDER = {
    "date": NEWEST,
    "locality": "rec.sort_locality, rec.date DESC, rec.id DESC",
    "body": "rec.sort_body, rec.date DESC, rec.id DESC",
}
"""Each order has an index (`schema`), so the first page of everything is read, never sorted."""


FIRST = itemgetter(0)


class Interrupted(Exception):
    """A search stopped by `SqlIndex.interrupt` (a newer one replaced it)."""


KEPT_FLAGS = 8
"""Free-text searches whose flags are kept (a few hundred kilobytes each at 100,000 records)."""


class SqlIndex:
    """The persistent index of one store. Thread-safe: one connection, used under a lock."""

    def __init__(self, path: Path, token: Callable[[], str], records: Callable[[], Iterable[dict[str, Any]]],
                 stream: Callable[[], Iterable[dict[str, Any]]] | None = None) -> None:
        self.path = Path(path)
        self._token = token
        self._records = records
        self._stream = stream
        """The same records read in bounded memory (`source.stream_records`), tried first by `build`."""
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._inode: int | None = None
        self._terms: dict[str, list[tuple[int, str]]] = {}
        self._last: tuple[tuple[Any, ...], array | Matches] | None = None
        self._packer: Packer | None = None
        self._orders: dict[str, array] = {}
        """Sort → every record number in that order: what a filter of short free text alone starts from."""
        self._compiled: dict[tuple[Filter, date], dict[str, list[Condition]]] = {}
        """A filter → its conditions, for the last few (`_conditions`)."""
        self._clauses: dict[tuple[Clause, date], array] = {}
        """One clause → its matches (`count_each`)."""
        self._places_of: dict[str, array] = {}
        """Sort → each record's place in `_orders[sort]` (`_places`)."""
        self._counter = FacetCounter(self._matching, self._order)
        self._flags: dict[tuple[tuple[str, ...], ...], bytes] = {}
        """Free-text terms → their flags, for the last few: a search's facets and its next pages ask again."""
        self._filler: threading.Thread | None = None
        """Filling an older file's word tables (`prepare`)."""
        self._vocabulary: tuple[str, Vocabulary | None] | None = None
        """The file's words (`words`) and the store state they were read at; None in their stead while the
        file's word tables are incomplete (`wordfill`)."""

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
        from . import build as building  # noqa: PLC0415 - a browser that only reads need not load the builder
        from .source import Unstreamable  # noqa: PLC0415

        token = self._token()
        try:
            building.build(self.path, self._stream() if self._stream else self._records(), token)
        except Unstreamable:
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
        from . import build as building  # noqa: PLC0415 - loaded by the write that calls this anyway

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

    def body_kinds(self) -> dict[str, str]:
        """Each body facet value → its type (`store.bodies`), as the build kept them (`kinds`)."""
        with self._lock:
            return kinds.body_kinds(self._connection())

    def records(self) -> Iterator[dict[str, Any]]:
        """Every record, one at a time (a pass the browser makes rarely: the former units a picker offers)."""
        with self._lock:
            rows = self._connection().execute("SELECT doc FROM doc").fetchall()
        packer = self._packer_of(self._connection())
        for (doc,) in rows:
            yield orjson.loads(packer.unpack(doc))

    def prepare(self) -> None:
        """Read what a filtered search reads on first use (the date order and its ranks, the facet columns and
        values, the term lists, the words): a few tenths of a second at 100,000 records that the first filter
        would otherwise wait for. A file an older version wrote gets its word tables in a thread of their own
        (`fill_words`: minutes at a million, searches answered meanwhile)."""
        with self._lock:
            db = self._connection()
            try:
                self._places(db, "date")  # the order kept by the build (`columns`): read, not sorted
                self._counter.warm(db)
                for field in ("ward", "body", "topic", "kind", "former", "code"):
                    self._terms_of(field)
                self._words(db)
                incomplete = wordfill.covered(db) != wordfill.ALL
            except sqlite3.OperationalError as error:
                if "interrupt" not in str(error):  # a search came first (`interrupt`): it reads what it needs
                    raise
                return
        if incomplete and (self._filler is None or not self._filler.is_alive()):
            # a thread of its own: the caller's read-ahead goes on to what else it prepares
            self._filler = threading.Thread(target=self.fill_words, kwargs={"pause": True}, name="index-words",
                                            daemon=True)  # a step cut short by the exit is rolled back
            self._filler.start()

    def fill_words(self, pause: bool = False) -> None:
        """Give a file an older version wrote its word tables, a step of records at a time (`wordfill`): the
        lock is held only to read a step's records and to write their words, so searches go on meanwhile
        (through the trigram index until the last step). `pause`: rest as long as each step took, so that a
        browser filling in a worker keeps at least half the interpreter for its screen."""
        if wordfill.fill_all(self._locked, lambda: self._packer_of(self._connection()), pause):
            with self._lock:  # the words are read again: complete now, or as far as they go
                self._vocabulary = None
                self._flags.clear()

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._connection()

    def count(self) -> int:
        """The number of records: the length of the newest-first order the first page reads anyway (counting
        the records' table read all of it, seconds at a million when the file is not in the page cache)."""
        with self._lock:
            return len(self._order(self._connection(), "date"))

    def search(self, query: Filter, *, sort: str = "date", offset: int = 0, limit: int | None = None,
               facets: bool = True, today: date | None = None) -> Page:
        """Like `Repository.search`, from the file as it is (the caller decides whether it must be fresh)."""
        try:
            return self._search(query, sort, offset, limit, facets, today)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise Interrupted(str(error)) from None
            raise

    def count_each(self, base: Filter, clauses: Sequence[Clause], today: date | None = None) -> list[int]:
        """How many records `base` finds with each of `clauses` added, each on a field `base` has no clause on
        (the province picker's former provinces and districts: some hundreds). Each clause's own matches are
        kept until the file changes; `base` is matched once. A search each cost 18 ms at 100,000 records."""
        if any(base.clauses_of(clause.field) for clause in clauses):
            raise ValueError("a clause on a field of the base filter is ORed with it, not counted within it")
        try:
            with self._lock:
                db = self._connection()
                within: bytes | None = None
                if base.clauses:
                    found = self._conditions(base, today)
                    numbers = self._matching(db, where(found), None, self._text_flags(db, text_terms(found)))
                    chosen = bytearray(db.execute("SELECT max(n) FROM rec").fetchone()[0] or 0) + b"\0"
                    deque(map(chosen.__setitem__, numbers, repeat(1)), maxlen=0)
                    within = bytes(chosen)
                counts = []
                for clause in clauses:
                    numbers = self._clause_numbers(db, clause, today)
                    counts.append(len(numbers) if within is None else sum(map(within.__getitem__, numbers)))
                return counts
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise Interrupted(str(error)) from None
            raise

    def _clause_numbers(self, db: sqlite3.Connection, clause: Clause, today: date | None) -> array:
        """The records one clause alone matches, in no order (kept: `count_each`)."""
        key = (clause, today or date.today())
        if key not in self._clauses:
            found = conditions(Filter((clause,)), self._terms_of, today)
            self._clauses[key] = self._matching(db, where(found), None, self._text_flags(db, text_terms(found)))
        return self._clauses[key]

    def _search(self, query: Filter, sort: str, offset: int, limit: int | None, facets: bool,
                today: date | None) -> Page:
        with self._lock:
            db = self._connection()
            found = self._conditions(query, today)
            order = ORDER.get(sort, ORDER["date"])
            if not found:  # everything: the order's own index gives the page, and the counts are kept
                total = len(self._order(db, "date"))  # kept whole: no pass over the records' table (`count`)
                window = [n for (n,) in db.execute(
                    f"SELECT n FROM rec ORDER BY {order} LIMIT ? OFFSET ?",  # fixed text: values go as parameters
                    (-1 if limit is None else limit, offset))]
                counts = self._counter.totals_named(db) if facets else {}
                return Page(total, offset, self._docs(db, window), counts)
            flags = self._text_flags(db, text_terms(found))
            numbers = self._numbers(db, query, sort, found, today, flags)
            shown = list(numbers[offset:] if limit is None else numbers[offset:offset + limit])
            counts = {}
            if facets:
                whole = numbers.whole() if isinstance(numbers, Matches) else numbers
                counts = self._counter.facets(db, found, whole, flags)
            return Page(len(numbers), offset, self._docs(db, shown), counts)

    def _conditions(self, query: Filter, today: date | None) -> dict[str, list[Condition]]:
        """`compile.conditions` of `query`, kept for the last few: a search's first page, its facets and its
        next pages each ask, and matching a ward clause against the ward terms costs 15-40 ms (#17)."""
        key = (query, today or date.today())
        if key not in self._compiled:
            if len(self._compiled) >= KEPT_FLAGS:
                del self._compiled[next(iter(self._compiled))]
            self._compiled[key] = conditions(query, self._terms_of, today)
        return self._compiled[key]

    def _numbers(self, db: sqlite3.Connection, query: Filter, sort: str, found: dict, today: date | None,
                 flags: bytes | None) -> array | Matches:
        """Record numbers of every match in order (remembered: the next page of the same search is a slice); for
        free text alone, made as far as they are read (`paged`)."""
        key = (query, sort, today or date.today())
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        condition = where(found)
        numbers: array | Matches
        if condition.sql == "1" and flags is not None:
            order = self._order(db, sort)
            numbers = Matches(order, flags, lambda: self._places(db, sort))
        else:
            numbers = self._matching(db, condition, sort, flags)
        self._last = (key, numbers)
        return numbers

    def _matching(self, db: sqlite3.Connection, condition: Condition, sort: str | None,
                  flags: bytes | None) -> array:
        """Numbers SQL gives for `condition` (in `sort` order, or any), less those `flags` leaves out."""
        numbers: Sequence[int]
        if condition.sql == "1":
            numbers = self._order(db, sort or "date")
        else:
            posted = matches.posted(db, condition)
            if posted is None:
                posted = list(map(FIRST, db.execute(f"SELECT rec.n FROM rec WHERE {condition.sql}",
                                                    condition.params).fetchall()))
            numbers = self._in_order(db, posted, sort) if sort else posted
        if flags is None:
            return array("q", numbers)
        return array("q", compress(numbers, map(flags.__getitem__, numbers)))  # 8 bytes a match, no int objects

    def _in_order(self, db: sqlite3.Connection, numbers: list[int], sort: str) -> Sequence[int]:
        return matches.in_order(numbers, self._order(db, sort), self._places(db, sort))

    def _places(self, db: sqlite3.Connection, sort: str) -> array:
        """Record number → its place in the order of `sort` (kept with the order)."""
        if sort not in self._places_of:
            self._places_of[sort] = matches.places(self._order(db, sort))
        return self._places_of[sort]

    def _order(self, db: sqlite3.Connection, sort: str) -> array:
        if sort not in self._orders and sort == "date":  # the build keeps the default order whole
            kept = load_array(db, "newest")
            if kept is None:
                kept = keep_array(db, "newest", array(COLUMN_TYPE, map(FIRST, db.execute(
                    f"SELECT n FROM rec ORDER BY {NEWEST}").fetchall())))  # fixed text
            self._orders[sort] = kept
        if sort not in self._orders:
            self._orders[sort] = array("q", map(FIRST, db.execute(
                f"SELECT n FROM rec ORDER BY {ORDER.get(sort, ORDER['date'])}").fetchall()))  # fixed text
        return self._orders[sort]

    def _text_flags(self, db: sqlite3.Connection, terms: tuple[tuple[str, ...], ...]) -> bytes | None:
        """Byte n is 1 when record n holds one spelling of every free-text term (`text`), kept for a few terms."""
        if not terms:
            return None
        if terms not in self._flags:
            if len(self._flags) >= KEPT_FLAGS:
                del self._flags[next(iter(self._flags))]
            self._flags[terms] = text_flags(db, terms, self._words(db), self._packer_of(db))
        return self._flags[terms]

    def _words(self, db: sqlite3.Connection) -> Vocabulary | None:
        """The file's words, read again when the file describes another store state (another process may have
        changed it in place); None while its word tables are incomplete."""
        (token,) = db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
        if self._vocabulary is None or self._vocabulary[0] != token:
            known = self._vocabulary[1] if self._vocabulary else None
            if known is not None:  # changed in place since: words were only added
                known.extend(db)
            elif wordfill.covered(db) == wordfill.ALL:
                known = Vocabulary(db)
            self._vocabulary = (token, known)
        return self._vocabulary[1]

    def _docs(self, db: sqlite3.Connection, numbers: list[int]) -> list[dict[str, Any]]:
        if not numbers:
            return []
        docs: dict[int, bytes] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start:start + 500]
            docs.update(db.execute(f"SELECT n, doc FROM doc WHERE n IN ({','.join('?' * len(chunk))})", chunk))
        packer = self._packer_of(db)
        return [orjson.loads(packer.unpack(docs[n])) for n in numbers]

    def _packer_of(self, db: sqlite3.Connection) -> Packer:
        if self._packer is None:
            self._packer = packer_of(db)
        return self._packer

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
            wordfill.upgrade(self._db)  # a file an older version wrote: its word tables added, empty
        return self._db

    def _drop(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db, self._inode = None, None
        self._vocabulary = None  # another file, maybe: its words are read again (a change only adds words)
        self._forget()

    def _forget(self) -> None:
        """What was read from the file: term lists, facet values, the last search."""
        self._terms.clear()
        self._last = None
        self._packer = None
        self._orders.clear()
        self._places_of.clear()
        self._clauses.clear()
        self._compiled.clear()
        self._counter.forget()
        self._flags.clear()
