"""The leader terms of a file an older version wrote (schema 9 to 12): added in place, from the records it keeps.

Schema 13 keeps each record's folded leader name as a filter term (`rows.leader_terms`), so that `leader:` /
`truongdoan:` is answered like `body:`. A file of an older schema lacks them; rebuilding it would cost a
million-record store half an hour, while reading the leader out of the records the file keeps (`doc`, each
unpacked and parsed) is one pass, done by `wordfill.upgrade` inside the transaction that marks the file as of
today's schema, so that no reader ever sees the schema without the terms.
"""

from __future__ import annotations

import sqlite3

import orjson

from .packing import packer_of
from .rows import leader_terms

BATCH = 4096
"""Records unpacked between two writes: bounds the memory the pass holds, whatever the store's size."""


def add_terms(db: sqlite3.Connection) -> int:
    """Give every record of `db` its leader term (inside the caller's transaction); returns the records that have
    one."""
    packer = packer_of(db)
    ids = {value: t for t, value in db.execute("SELECT t, value FROM term WHERE field = 'leader'")}
    found = 0
    last = -1
    while True:
        batch = db.execute("SELECT n, doc FROM doc WHERE n > ? ORDER BY n LIMIT ?", (last, BATCH)).fetchall()
        if not batch:
            return found
        posts: list[tuple[int, int]] = []
        for n, blob in batch:
            for _, value in leader_terms(orjson.loads(packer.unpack(blob))):
                t = ids.get(value)
                if t is None:
                    cursor = db.execute("INSERT INTO term(field, value) VALUES ('leader', ?)", (value,))
                    t = ids[value] = int(cursor.lastrowid or 0)
                posts.append((t, n))
        db.executemany("INSERT OR IGNORE INTO post(t, n) VALUES (?, ?)", posts)
        found += len(posts)
        last = batch[-1][0]
