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
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any

import orjson

from .packing import Packer

ALL = sys.maxsize
"""`covered` of a file whose leader terms cover every record."""
SET = re.compile(b"\x01")


def covered(db: sqlite3.Connection) -> int:
    """The record number below which every record has its leader term: ALL for a file a build made (no
    `meta.leaders`) or one whose fill is complete."""
    try:
        found = db.execute("SELECT value FROM meta WHERE key = 'leaders'").fetchone()
    except sqlite3.DatabaseError:
        return ALL
    return ALL if found is None or found[0] == "all" else int(found[0])


def terms_of(records: Sequence[tuple[int, dict[str, Any]]]) -> list[tuple[int, set[tuple[str, str]]]]:
    """Each record's leader term (a set of one, or none): what a step of the fill writes."""
    from .rows import leader_terms  # noqa: PLC0415 - it loads the matching code: not for a browser's first rows

    return [(n, leader_terms(record)) for n, record in records]


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


def partial_numbers(db: sqlite3.Connection, names: list[str], below: int,
                    text_flags: Callable[[tuple[str, ...]], bytes], packer: Packer) -> list[int]:
    """The records at or past `below` (where the terms may be missing) whose leader `names` finds, each read and
    matched as `Matcher` matches it; the candidates are those whose folded text holds one of `names` (`text_flags`
    of them as one free-text term with these spellings), every record past `below` when a name is empty."""
    from ..matching import leader_key, word_prefix  # noqa: PLC0415 - loaded by `compile.conditions` already

    if all(names):
        flags = text_flags(tuple(names))
        candidates = [found.start() for found in SET.finditer(flags, below)]
    else:
        candidates = [n for (n,) in db.execute("SELECT n FROM rec WHERE n >= ?", (below,))]
    matching: list[int] = []
    for start in range(0, len(candidates), 500):
        chunk = candidates[start:start + 500]
        for n, doc in db.execute(f"SELECT n, doc FROM doc WHERE n IN ({','.join('?' * len(chunk))})", chunk):
            key = leader_key(orjson.loads(packer.unpack(doc)))
            if key and any(word_prefix(name, key) for name in names):
                matching.append(n)
    return sorted(matching)
