"""Rows written before sources1 given each source sentence once (`surveys compact` on PostgreSQL).

Since session 36 a row's `record` keeps each distinct sentence and article
once (`store.sentence_tables`), but a row written before stays in the older,
expanded shape until it is next written, which may be never: most visits are
not edited again. The file store packs every record when it compacts; an
archive has no compaction, so `compact` does this instead, `BATCH` rows a
transaction, while other offices go on working:

* only the stored JSON changes, never what it says, so neither `version` nor
  `changed_at` moves (an edit that read the row before the repack writes as it
  would have: its record is the same), and the columns stay as they are;
* a row is written only if it is still the row version read (its `xmin`, the
  transaction that wrote it: any write, this program's, an older one's or an
  UPDATE by hand, gives a new one), so a write made between the read and the
  repack is never undone: that row is left, and counted, for the next write
  (which packs it) or the next `compact`;
* one statement a batch, so the change serial (a statement trigger) moves once a
  batch, not once a row.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass

import orjson
import psycopg

from .. import sentence_tables
from .connection import Database

Writing = Callable[[], AbstractContextManager[psycopg.Connection]]
"""Opens a write transaction with the repository's refusals (`rights.Writing`)."""

BATCH = 500
"""Rows read, packed and written per transaction: short enough that no office waits on them."""

_EXPANDED = ("(record @? '$.provenance[*].sentence ? (@.type() == \"string\")' "
             "OR record @? '$.provenance[*].article ? (@.type() == \"string\")')")
"""A row an entry of which holds its sentence or article as text: the older shape."""


@dataclass(frozen=True)
class Repacked:
    packed: int
    """Rows written in the packed shape."""
    moved: int
    """Rows another writer wrote between the read and the repack: left as that writer wrote them."""
    filled: int = 0
    """Columns worked out of rows a migration's fill had not reached (`PostgresRepository.compact`), one a row and
    column."""


def repack(database: Database, writing: Writing, batch: int = BATCH,
           between: Callable[[list[str]], None] | None = None) -> Repacked:
    """Pack every row still in the expanded shape, `batch` rows a transaction (`writing()` opens one, with the
    repository's refusals); `between(ids)` runs after a batch is read and before it is written (tests: another
    office's write at the worst moment)."""
    packed = moved = 0
    after = ""
    while True:
        rows = database.read(lambda c: _expanded_after(c, after, batch))  # noqa: B023 - used at once
        if not rows:
            return Repacked(packed, moved)
        after = rows[-1][0]
        changed = [(survey, stamp, text) for survey, stamp, text in map(_packed, rows) if text is not None]
        if between is not None:
            between([survey for survey, _, _ in changed])
        if changed:
            written = _write(writing, changed)
            packed += written
            moved += len(changed) - written


def _expanded_after(connection: psycopg.Connection, after: str, batch: int) -> list[tuple[str, str, str]]:
    """The next `batch` rows in the expanded shape past id `after`: id, row version, record as text."""
    return connection.execute(
        f"SELECT id, xmin::text, record::text FROM surveys WHERE id > %s AND {_EXPANDED} ORDER BY id LIMIT %s",
        (after, batch)).fetchall()


def _packed(row: tuple[str, str, str]) -> tuple[str, str, str | None]:
    """The row's record packed, as JSON text; None when packing changes nothing."""
    survey, stamp, text = row
    record = orjson.loads(text)
    out = sentence_tables.pack(record)
    return survey, stamp, None if out is record else orjson.dumps(out).decode()


def _write(writing: Writing, rows: list[tuple[str, str, str]]) -> int:
    """Write the packed records of the rows still at the version read; how many were."""
    surveys, stamps, texts = (list(column) for column in zip(*rows, strict=True))
    with writing() as connection:
        return int(connection.execute(
            "UPDATE surveys SET record = v.record::jsonb "
            "FROM unnest(%s::text[], %s::text[], %s::text[]) AS v(id, stamp, record) "
            "WHERE surveys.id = v.id AND surveys.xmin::text = v.stamp", (surveys, stamps, texts)).rowcount)
