"""`SqlIndex`: search, facets, pages and the former units' counts from the index file (`file`: kept current).

What it reads of the file (term lists, orders, facet columns, free-text
flags, the last search's matches) is kept until the file changes or is
replaced (`_forget`): a search's first page, its facets and its next pages
each ask again.
"""

from __future__ import annotations

import sqlite3
import threading
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson

from ..query import Clause, Filter
from ..repository import Page
from ..today import current_day
from . import complement, kinds, leaders, matches, nearby, units, wordfill
from .compile import Condition, conditions, text_terms, where
from .facets import FacetCounter
from .file import IndexFile, interruptible
from .orders import ORDERS, Orders
from .packing import Packer, packer_of
from .paged import Matches
from .pairs import PAIRS
from .text import text_flags
from .units import Named, UnitCounter
from .vocabulary import Vocabulary
from .words import WORDS, Tables

FIRST = itemgetter(0)


KEPT_FLAGS = 8
"""Free-text searches whose flags are kept (a few hundred kilobytes each at 100,000 records)."""


class SqlIndex(IndexFile):
    """The persistent index of one store. Thread-safe: one connection, used under a lock."""

    def __init__(self, path: Path, token: Callable[[], str], records: Callable[[], Iterable[dict[str, Any]]],
                 stream: Callable[[], Iterable[dict[str, Any]]] | None = None) -> None:
        super().__init__(path, token, records, stream)
        self._terms: dict[str, list[tuple[int, str]]] = {}
        self._last: tuple[tuple[Any, ...], array | Matches] | None = None
        self._packer: Packer | None = None
        self._sorts = Orders()
        """Each sort's record numbers in order and their places (`orders`)."""
        self._compiled: dict[tuple[Filter, date, str | None], dict[str, list[Condition]]] = {}
        """A filter → its conditions, for the last few (`_conditions`)."""
        self._clauses: dict[tuple[Clause, date], array] = {}
        """One clause → its matches (`count_each`)."""
        self._counter = FacetCounter(self._matching, self._sorts.order)
        self._units = UnitCounter()
        self._filling_units = threading.Lock()
        """Held by the one pass that fills an older file's unit tables (`fill_units`): another caller waits."""
        self._flags: dict[tuple[tuple[str, ...], ...], bytes] = {}
        """Free-text terms → their flags, for the last few: a search's facets and its next pages ask again."""
        self._filler: threading.Thread | None = None
        """Filling an older file's word tables (`prepare`)."""
        self._vocabulary: dict[Tables, tuple[str, Vocabulary | None]] = {}
        """The file's words (`words`) and pairs (`pairs`), each with the store state it was read at; None in
        their stead while the file's tables of them are incomplete (`wordfill`)."""
        self._partial = leaders.Partial()
        """How far the file's leader terms went, and what leader clauses read past them (`_uncovered`)."""

    @property
    def leaders_seen(self) -> tuple[int, int] | None:
        """(records with their leader terms, records) as a search last found them while they are incomplete:
        read without the lock, by the browser telling why a leader filter reads records (`tui.searching`)."""
        return self._partial.seen

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
        """Read ahead what the first searches would wait for, in steps that let a search go first (`readahead`)."""
        from .readahead import read_ahead  # noqa: PLC0415 - once per catalog, in the browser's worker

        read_ahead(self)

    def _fill(self) -> None:
        self.fill_words(pause=True)
        self.fill_units(pause=True)

    def fill_words(self, pause: bool = False) -> None:
        """Give a file an older version wrote its leader terms and word tables, a step of records at a time
        (`wordfill`): the lock is held only to read a step's records and to write their entries, so searches go
        on meanwhile (a leader clause reading records past the terms, free text through the trigram index, until
        the last step). `pause`: rest as long as each step took, so that a
        browser filling in a worker keeps at least half the interpreter for its screen."""
        if wordfill.fill_all(self._locked, lambda: self._packer_of(self._connection()), pause):
            with self._lock:  # the words are read again: complete now, or as far as they go
                self._vocabulary.clear()
                self._flags.clear()

    def count(self) -> int:
        """The number of records: the length of the newest-first order the first page reads anyway (counting
        the records' table read all of it, seconds at a million when the file is not in the page cache)."""
        with self._lock:
            return len(self._sorts.order(self._connection(), "date"))

    def search(self, query: Filter, *, sort: str = "date", offset: int = 0, limit: int | None = None,
               facets: bool = True, today: date | None = None) -> Page:
        """Like `Repository.search`, from the file as it is (the caller decides whether it must be fresh)."""
        check = self.moot()  # before the lock: a newer search's interrupt may come while this one waits for it
        with interruptible(), self.searching():
            return self._search(query, sort, offset, limit, facets, today, check)

    def position(self, query: Filter, record_id: str, *, sort: str = "date", today: date | None = None) -> int | None:
        """`FindsPositions.position`, from the search's numbers in order (kept: the search just made gives them)."""
        check = self.moot()
        with interruptible(), self.searching(), self._lock:
            check()
            db = self._connection()
            row = db.execute("SELECT n FROM rec WHERE id = ?", (record_id,)).fetchone()
            found = self._conditions(query, today, check)
            if row is None:
                return None
            if not found:
                numbers: array | Matches = self._sorts.order(db, sort if sort in ORDERS else "date")
            else:
                numbers = self._numbers(db, query, sort, found, today, self._text_flags(db, text_terms(found)))
            try:
                return (numbers.whole(check) if isinstance(numbers, Matches) else numbers).index(row[0])
            except ValueError:  # the record is not among the matches
                return None

    def records_near(self, places: Iterable[str], ids: Iterable[str]) -> list[dict[str, Any]] | None:
        """The records at any of these places of today (`store.item_links.place_keys`) and those of these ids, from
        the file's terms (`nearby`, a superset at a place): one visit's links; None when the file is not current."""
        with self._lock:
            if not self.fresh():
                return None
            db = self._connection()
            return self._docs(db, nearby.numbers(db, places, ids))

    def former_units(self, base: Filter, today: date | None = None) -> list[tuple[Named, int]] | None:
        """Each way the records name a province or district merged away (`units.Named`), with how many records
        `base` finds with the unit's clause added (`units.clause_of`; `base` has no province or ward clause):
        the province picker's former units, from what the file keeps (`units`), the records of `base` matched
        once. None when the file has no unit tables and cannot be given them (read-only): `count_each` then."""
        if any(base.clauses_of(field) for field in ("province", "ward")):
            raise ValueError("a clause on a field of the base filter is ORed with it, not counted within it")
        with self._lock:
            ready = units.filled(self._connection())
        if not ready and not self.fill_units():
            return None
        with interruptible(), self.searching(), self._lock:
            db = self._connection()
            return self._units.counted(db, self._pool(db, base, today) if base.clauses else None)

    def fill_units(self, pause: bool = False) -> bool:
        """Give a file an older version wrote its unit tables (`units.fill`: one pass over the records it keeps,
        the lock held only to read each step; `pause` as for `fill_words`); True when they are filled."""
        with self._filling_units:
            filled = units.fill(self._locked, lambda: self._packer_of(self._connection()), pause)
        if filled:
            with self._lock:
                self._units.forget()
        return filled

    def count_each(self, base: Filter, clauses: Sequence[Clause | Sequence[Clause]], today: date | None = None
                   ) -> list[int]:
        """How many records `base` finds with each of `clauses` added (a sequence of them ORed), each on a field
        `base` has no clause on. Each clause's own matches are kept until the file changes; `base` is matched once.
        A search each cost 18 ms at 100,000 records: `former_units` counts the picker's units from what the file
        keeps."""
        groups = [(each,) if isinstance(each, Clause) else tuple(each) for each in clauses]
        if any(base.clauses_of(clause.field) for group in groups for clause in group):
            raise ValueError("a clause on a field of the base filter is ORed with it, not counted within it")
        with interruptible(), self.searching(), self._lock:
            db = self._connection()
            within: bytes | None = None
            if base.clauses:
                chosen = bytearray(db.execute("SELECT max(n) FROM rec").fetchone()[0] or 0) + b"\0"
                deque(map(chosen.__setitem__, self._pool(db, base, today), repeat(1)), maxlen=0)
                within = bytes(chosen)
            counts = []
            for group in groups:
                found = [self._clause_numbers(db, clause, today) for clause in group]
                numbers = found[0] if len(found) == 1 else set().union(*found)
                counts.append(len(numbers) if within is None else sum(map(within.__getitem__, numbers)))
            return counts

    def _pool(self, db: sqlite3.Connection, base: Filter, today: date | None) -> array:
        """The records `base` finds, in no order: the last search's when it was of `base` (the browser's list,
        when the picker opens on a filter without a province or ward clause)."""
        if self._last is not None and self._last[0][0] == base and self._last[0][2] == (today or current_day()):
            numbers = self._last[1]
            return numbers.whole() if isinstance(numbers, Matches) else numbers
        found = self._conditions(base, today)
        return self._matching(db, where(found), None, self._text_flags(db, text_terms(found)))

    def _clause_numbers(self, db: sqlite3.Connection, clause: Clause, today: date | None) -> array:
        """The records one clause alone matches, in no order (kept: `count_each`)."""
        key = (clause, today or current_day())
        if key not in self._clauses:
            found = self._compile(Filter((clause,)), today)
            self._clauses[key] = self._matching(db, where(found), None, self._text_flags(db, text_terms(found)))
        return self._clauses[key]

    def _search(self, query: Filter, sort: str, offset: int, limit: int | None, facets: bool,
                today: date | None, check: Callable[[], None]) -> Page:
        with self._lock:
            check()
            db = self._connection()
            found = self._conditions(query, today, check)
            order = ORDERS.get(sort, ORDERS["date"])
            if not found:  # everything: the order's own index gives the page, and the counts are kept
                total = len(self._sorts.order(db, "date"))  # kept whole: no pass over the records' table (`count`)
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
                whole = numbers.whole(check) if isinstance(numbers, Matches) else numbers
                counts = self._counter.facets(db, found, whole, flags, check)
            return Page(len(numbers), offset, self._docs(db, shown), counts)

    def _conditions(self, query: Filter, today: date | None,
                    check: Callable[[], None] = lambda: None) -> dict[str, list[Condition]]:
        """`compile.conditions` of `query`, kept for the last few: a search's first page, its facets and its
        next pages each ask, and matching a ward clause against the ward terms costs 15-40 ms (#17). While the
        file's leader terms are incomplete, a leader clause's records past them are found by reading
        (`_compile`): kept for the store state they were read in (a step of the fill adds only terms of records
        they hold already)."""
        uncovered = self._uncovered(query, check)
        key = (query, today or current_day(), None if uncovered is None else self._token_read())
        if key not in self._compiled:
            if len(self._compiled) >= KEPT_FLAGS:
                del self._compiled[next(iter(self._compiled))]
            self._compiled[key] = conditions(query, self._terms_of, today, uncovered)
        return self._compiled[key]

    def _compile(self, query: Filter, today: date | None) -> dict[str, list[Condition]]:
        """`compile.conditions` of `query`, not kept (`count_each` keeps what they find)."""
        return conditions(query, self._terms_of, today, self._uncovered(query))

    def _uncovered(self, query: Filter, check: Callable[[], None] = lambda: None,
                   ) -> Callable[[list[str]], list[int]] | None:
        """A leader clause's records past the file's incomplete leader terms, matched by reading them; else None
        (`leaders.Partial.uncovered`)."""
        db = self._connection()
        return self._partial.uncovered(db, query, lambda: self._terms.pop("leader", None),
                                       lambda: self._packer_of(db), self._token_read,
                                       lambda spellings: self._text_flags(db, (spellings,)) or b"", check)

    def _token_read(self) -> str:
        return str(self._connection().execute("SELECT value FROM meta WHERE key = 'token'").fetchone()[0])

    def _numbers(self, db: sqlite3.Connection, query: Filter, sort: str, found: dict, today: date | None,
                 flags: bytes | None) -> array | Matches:
        """Record numbers of every match in order (remembered: the next page of the same search is a slice); for
        free text alone, made as far as they are read (`paged`)."""
        key = (query, sort, today or current_day())
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        condition = where(found)
        numbers: array | Matches
        if condition.sql == "1" and flags is not None:
            order = self._sorts.order(db, sort)
            numbers = Matches(order, flags, lambda: self._sorts.places(db, sort))
        else:
            numbers = self._matching(db, condition, sort, flags)
        self._last = (key, numbers)
        return numbers

    def _matching(self, db: sqlite3.Connection, condition: Condition, sort: str | None,
                  flags: bytes | None) -> array:
        """Numbers SQL gives for `condition` (in `sort` order, or any), less those `flags` leaves out."""
        numbers: Sequence[int]
        if condition.sql == "1":
            numbers = self._sorts.order(db, sort or "date")
        else:
            posted: Sequence[int] | None = complement.posted(db, condition, lambda: self._sorts.order(db, "date"))
            if posted is None:
                posted = list(map(FIRST, db.execute(f"SELECT rec.n FROM rec WHERE {condition.sql}",
                                                    condition.params).fetchall()))
            numbers = self._sorts.in_order(db, posted, sort) if sort else posted
        if flags is None:
            return array("q", numbers)
        return matches.flagged(numbers, flags)

    def _text_flags(self, db: sqlite3.Connection, terms: tuple[tuple[str, ...], ...]) -> bytes | None:
        """Byte n is 1 when record n holds one spelling of every free-text term (`text`), kept for a few terms."""
        if not terms:
            return None
        if terms not in self._flags:
            if len(self._flags) >= KEPT_FLAGS:
                del self._flags[next(iter(self._flags))]
            self._flags[terms] = text_flags(db, terms, self._words(db), self._packer_of(db),
                                            lambda: self._words(db, PAIRS))
        return self._flags[terms]

    def _words(self, db: sqlite3.Connection, tables: Tables = WORDS) -> Vocabulary | None:
        """The file's words (or pairs), read again when the file describes another store state (another process
        may have changed it in place); None while its tables of them are incomplete."""
        (token,) = db.execute("SELECT value FROM meta WHERE key = 'token'").fetchone()
        kept = self._vocabulary.get(tables)
        if kept is None or kept[0] != token:
            known = kept[1] if kept else None
            if known is not None:  # changed in place since: words were only added
                known.extend(db)
            elif wordfill.covered(db, "words" if tables == WORDS else "pairs") == wordfill.ALL:
                known = Vocabulary.read(db, tables)
            self._vocabulary[tables] = (token, known)
        return self._vocabulary[tables][1]

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

    def _forget(self, replaced: bool = False) -> None:
        """What was read from the file: term lists, facet values, the last search (`IndexFile._forget`)."""
        if replaced:
            self._vocabulary.clear()  # another file, maybe: its words are read again (a change only adds words)
        self._terms.clear()
        self._last = None
        self._packer = None
        self._sorts.forget()
        self._clauses.clear()
        self._compiled.clear()
        self._partial.known = None
        self._counter.forget()
        self._units.forget()
        self._flags.clear()
