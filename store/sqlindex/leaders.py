"""The leader terms of a file an older version wrote (schema 9 to 12): added in place, a block of records at a
time, while the file is in use; and a `leader:` clause answered exactly meanwhile.

Schema 13 keeps each record's folded leader name as a filter term (`rows.leader_terms`), so that `leader:` /
`truongdoan:` is answered like `body:`. A file of an older schema lacks them. Reading them out of the records the
file keeps (`doc`, each unpacked and parsed) is one pass over the file: 92 s at a million records on a loaded
machine when it was done in the transaction that opened the file, before the first rows. So opening it
(`wordfill.upgrade`) only marks it 13 with `meta.leaders` = "0", and the background filling (`wordfill.fill_all`,
in the browser's filler thread, or `python -m store.sqlindex`) adds the terms `wordfill.STEP` records at a step,
read outside the lock and written only if the file is still in the state read, as the words are; `meta.leaders`
says how far they go (the record number below which every record has its term), then "all". A file a build made
has no `meta.leaders`: its terms are complete (`covered`).

An in-place change (`build.apply`) writes the terms of the records it adds wherever they lie, and removes every
term of a record it removes: so the terms are never wrong, only missing for records at or past `covered` that no
change touched, and a step that posts a record's term again changes nothing (`INSERT OR IGNORE`).

Until the terms are complete a clause is answered by `partial_numbers` (`SqlIndex`): the records its terms find
(complete below `covered`, right wherever they are) and, at or past `covered`, the records whose folded text holds
one of the clause's names (the leader's name is part of the text: `matching.record_text`, so a leader the clause
finds, a word prefix of the name, is a substring of it; the word, pair or trigram index gives them as free text
does), each read and its leader matched as `Matcher` does. Reading every record past `covered` would be correct
too, but costs what the rest of the fill costs (a minute or more at a million, on every such search); the text
narrows it to the records naming the leader anywhere (52 for a full name at a million, 0.5 s; "nguyen van" 4 s),
never more than every record past `covered`, and the answer is kept for the store state it was read in.

A broad name ("nguyen": in most texts) still reads most records: what one costs is what matters. A record's
leader is read from the head of its JSON (`LeaderReader`: a few hundred bytes expanded by a decompressor primed
with the dictionary, `Packer.head`, and only the leader object parsed; anything the head does not show plainly is
parsed whole), 8 us where expanding and parsing all of it took 30-60; each record is read once a store state
(`Known`, 4 bytes a record), so the next name reads only records the last one did not; and the search's `check`
between chunks lets a newer key stop the pass. At a million, none filled, `leader:nguyen` (335,919 records) 20.4 s
of CPU before, 6.3 s after; the fill, which uses the same reader, 69 s of CPU before, 27 s after.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from array import array
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import orjson

from .packing import Packer

if TYPE_CHECKING:
    from ..query import Filter

ALL = sys.maxsize
"""`covered` of a file whose leader terms cover every record."""
SET = re.compile(b"\x01")
CHUNK = 500
"""Records read by one statement (SQLite's limit on parameters is 32,766; a chunk is a few milliseconds)."""


KEY = b'"leader":'
"""The top-level key as the store writes it (compact JSON)."""
HEAD = 768
"""Bytes of a record's JSON first read for its leader: the store writes `leader` after the id, date, kind and body
(400-600 bytes); a record where it ends later is read on, one where it is not found so is read whole."""
NAMES_KEPT = 200_000
"""Leader names folded and kept by a `LeaderReader` (48,000 distinct ones at a million records)."""


class LeaderReader:
    """Each record's folded leader name (`facet_keys.leader_key`) from its packed doc, reading only the head of the
    record (`LEADER`, `Packer.head`) and folding each distinct name once: 5-8 us a record where expanding and parsing
    all of it took 40-60 (a pass over every record is what the fill and a leader clause during it are made of)."""

    def __init__(self, packer: Packer) -> None:
        from ..facet_keys import leader_key  # noqa: PLC0415
        from ..index.fastfold import fold_bytes  # noqa: PLC0415 - with the matching code: not for the first rows

        self.packer = packer
        self._leader_key = leader_key
        self._fold_bytes = fold_bytes
        self._folded: dict[str, str] = {}

    def key(self, doc: bytes) -> str:
        leader = self._leader(self.packer.head(doc, HEAD))
        if leader is None:
            leader = self._leader(self.packer.unpack(doc))
        if leader is None:  # `leader` absent, nested, spaced or odd: the whole record parsed, as `Matcher` does
            return self._leader_key(orjson.loads(self.packer.unpack(doc)))
        name = leader.get("name") if isinstance(leader, dict) else None
        if not isinstance(name, str):
            return self._leader_key({"leader": leader})
        key = self._folded.get(name)
        if key is None:
            if len(self._folded) >= NAMES_KEPT:
                self._folded.clear()
            # `leader_key` is `fold(name)`; `fold_bytes` gives the same (tests/test_index_vs_scan.py) 5-20x faster, and
            # a broad first name reads thousands of distinct names (17,600 of 59,000 records at 100k: 0.4 s of 2.4)
            key = self._folded[name] = self._fold_bytes(name).decode()
        return key

    @staticmethod
    def _leader(head: bytes) -> Any:
        """The top-level `leader` value when `head` (a record's JSON, or its start) shows it whole and for certain,
        else None. Certain: the key follows `{` or `,`, and no `{` or `[` but the record's own comes before it
        (anywhere, strings too), so it is a key of the record itself (a quote inside a string is escaped, so
        `"leader":` there would not follow `,` or `{` unescaped); the value is read up to the first `}` and must
        parse as null or an object (a `}` inside a string cuts a string short: no JSON, so read whole)."""
        at = head.find(KEY)
        if at < 1 or head[at - 1] not in b",{" or head.count(b"{", 0, at) != 1 or head.find(b"[", 0, at) >= 0:
            return None
        start = at + len(KEY)
        if head.startswith(b"null", start):
            return {}
        end = head.find(b"}", start)
        if end < 0 or head[start:start + 1] != b"{":
            return None
        try:
            return orjson.loads(head[start:end + 1])
        except orjson.JSONDecodeError:
            return None


_READER: list[LeaderReader] = []
"""The last reader made (`reader_of`): the fill's steps and a search's pass share its folded names."""


def reader_of(packer: Packer) -> LeaderReader:
    """A `LeaderReader` of `packer`: the last one made when it is of the same packer."""
    kept = _READER[0] if _READER else None
    if kept is None or kept.packer is not packer:
        kept = LeaderReader(packer)
        _READER[:] = [kept]
    return kept


def covered(db: sqlite3.Connection) -> int:
    """The record number below which every record has its leader term: ALL for a file a build made (no
    `meta.leaders`) or one whose fill is complete."""
    try:
        found = db.execute("SELECT value FROM meta WHERE key = 'leaders'").fetchone()
    except sqlite3.DatabaseError:
        return ALL
    return ALL if found is None or found[0] == "all" else int(found[0])


def progress(db: sqlite3.Connection, below: int) -> tuple[int, int] | None:
    """(records whose leader terms are in, records in all) while the terms are incomplete; None once complete.
    Records are numbered from 1 (the highest number stands for their count: a removed record's number is not
    given again, close enough for a note)."""
    if below == ALL:
        return None
    top = db.execute("SELECT max(n) FROM rec").fetchone()[0] or 0
    return min(max(below - 1, 0), top), top


def terms_of(docs: Sequence[tuple[int, bytes]], reader: LeaderReader) -> list[tuple[int, set[tuple[str, str]]]]:
    """Each record's leader term (a set of one, or none), from its packed doc: what a step of the fill writes,
    alike to what a build writes (`rows.leader_terms`)."""
    found: list[tuple[int, set[tuple[str, str]]]] = []
    for n, doc in docs:
        key = reader.key(doc)
        found.append((n, {("leader", key)} if key else set()))
    return found


def write(db: sqlite3.Connection, found: list[tuple[int, set[tuple[str, str]]]]) -> None:
    """The terms of a step (inside the caller's transaction), beside those already there."""
    ids = {value: t for t, value in db.execute("SELECT t, value FROM term WHERE field = 'leader'")}
    posts: list[tuple[int, int]] = []
    for n, terms in found:
        for _, value in terms:
            t = ids.get(value)
            if t is None:
                cursor = db.execute("INSERT INTO term(field, value) VALUES ('leader', ?)", (value,))
                t = ids[value] = int(cursor.lastrowid or 0)
            posts.append((t, n))
    db.executemany("INSERT OR IGNORE INTO post(t, n) VALUES (?, ?)", posts)


class Known:
    """The leader keys of the records past `covered` that leader clauses have read (`partial_numbers`), for one
    store state (`state`, the file's token: a write changes a record's leader and the token alike; a step of the
    fill changes neither). A record is read once, not once a clause: typing `leader:n`, `leader:ng`, ... reads the
    records the first key asks for, and the next keys those it did not (a key typed meanwhile stops the pass,
    `check`, and keeps what it read). 4 bytes a record (a million: 4 MB) and each distinct key once."""

    def __init__(self, state: str) -> None:
        self.state = state
        self.ids = array("i")
        """Record number → 1 + the place of its key in `keys`; 0: not read."""
        self.keys: list[str] = []
        self._places: dict[str, int] = {}

    def put(self, n: int, key: str) -> None:
        if n >= len(self.ids):
            self.ids.extend(array("i", bytes(4 * (n + 1 - len(self.ids) + len(self.ids) // 8))))
        place = self._places.get(key)
        if place is None:
            place = self._places[key] = len(self.keys) + 1
            self.keys.append(key)
        self.ids[n] = place


def partial_numbers(db: sqlite3.Connection, names: list[str], below: int,
                    text_flags: Callable[[tuple[str, ...]], bytes], reader: LeaderReader, known: Known,
                    check: Callable[[], None] = lambda: None) -> list[int]:
    """The records at or past `below` (where the terms may be missing) whose leader `names` finds, each read (once
    a store state, `known`) and matched as `Matcher` matches it; the candidates are those whose folded text holds
    one of `names` (`text_flags` of them as one free-text term with these spellings), every record past `below`
    when a name is empty. `check` between chunks: a search a newer one made moot stops here (`IndexFile.moot`),
    not after a pass of seconds."""
    from ..matching import word_prefix  # noqa: PLC0415 - loaded by `compile.conditions` already

    if all(names):
        flags = text_flags(tuple(names))
        candidates = [found.start() for found in SET.finditer(flags, below)]
    else:
        candidates = [n for (n,) in db.execute("SELECT n FROM rec WHERE n >= ?", (below,))]
    ids = known.ids
    unread = [n for n in candidates if n >= len(ids) or not ids[n]]
    for start in range(0, len(unread), CHUNK):
        check()
        chunk = unread[start:start + CHUNK]
        for n, doc in db.execute(f"SELECT n, doc FROM doc WHERE n IN ({','.join('?' * len(chunk))})", chunk):
            known.put(n, reader.key(doc))
    ids = known.ids
    wanted = {place for place, key in enumerate(known.keys, 1) if key and any(word_prefix(name, key) for name in names)}
    return sorted(n for n in candidates if n < len(ids) and ids[n] in wanted)


class Partial:
    """What a `SqlIndex` keeps of a file's leader terms while they are incomplete: how far they went when last read,
    and the leaders of records past them that leader clauses read (`Known`)."""

    def __init__(self) -> None:
        self.below = ALL
        """How far the file's leader terms went when last read (`uncovered`): the term list is read again once
        they went further."""
        self.seen: tuple[int, int] | None = None
        """(records with their leader terms, records) as a search last found them while they are incomplete
        (`SqlIndex.leaders_seen`)."""
        self.known: Known | None = None
        """The leaders of records past them that leader clauses read, for the store state they were read in."""

    def uncovered(self, db: sqlite3.Connection, query: Filter, moved: Callable[[], object],
                  packer: Callable[[], Packer], state: Callable[[], str],
                  text_flags: Callable[[tuple[str, ...]], bytes], check: Callable[[], None] = lambda: None,
                  ) -> Callable[[list[str]], list[int]] | None:
        """For a leader clause on a file whose leader terms are incomplete: what gives the records its terms may
        miss, matched by reading them (`partial_numbers`); else None. The leader terms are read again whenever they
        went further (here, or in another process) since they were last read (`moved`: the caller drops its term
        list). `check`: the search's (`moot`), asked between the chunks of records read."""
        below = covered(db)
        if below != self.below:
            moved()
            self.below = below
            self.seen = progress(db, below)
        if below == ALL or not query.clauses_of("leader"):
            return None
        reader = reader_of(packer())
        current = state()
        if self.known is None or self.known.state != current:
            self.known = Known(current)
        known = self.known
        return lambda names: partial_numbers(db, names, below, text_flags, reader, known, check)
