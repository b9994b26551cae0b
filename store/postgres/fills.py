"""A column a migration added, worked out for the rows where it is NULL, without undoing another office's write.

Migrations 8, 9 and 11 (`units`, `item_keys`, `item_events`) add a column that only Python can compute; the rows
already there are filled after the step is committed, and again by `surveys compact` when a fill was cut short.
All go the same way: `batch` rows a transaction in id order, so nobody waits on one long transaction, and a row
is written only if its `xmin` is still the version read (as `repack`), so a write made meanwhile is never
overwritten with keys worked out from the row before it.
"""

from __future__ import annotations

from collections.abc import Callable

import orjson
import psycopg

BATCH = 2000
"""Rows read and written per transaction of a fill: one constant for every column filled so."""


SWEEPS = 3
"""Passes a fill makes at most: a row written between its read and its write (another office, or another
program's fill of another column during a joint upgrade: both move the row's `xmin`) is read again in the next."""


def fill_nulls(connection: psycopg.Connection, column: str, source: str, compute: Callable[[str], list[str]],
               batch: int, between: Callable[[list[str]], None] | None = None) -> int:
    """Set `column` (a text array) of every row where it is NULL to `compute(source as text)`; the rows written.
    `between(ids)` runs after a batch is read and before it is written (tests: another office's write then).
    Rows that moved meanwhile are read again (`SWEEPS`): two programs upgrading at once fill two columns at once."""
    written = 0
    for _ in range(SWEEPS):
        done, moved = _sweep(connection, column, source, compute, batch, between)
        written += done
        if not moved:
            break
    return written


def _sweep(connection: psycopg.Connection, column: str, source: str, compute: Callable[[str], list[str]],
           batch: int, between: Callable[[list[str]], None] | None) -> tuple[int, int]:
    """One pass over the rows whose column is NULL, in id order: the rows written, and those that moved."""
    written, moved, after = 0, 0, ""
    while True:
        with connection.transaction():
            rows = connection.execute(
                f"SELECT id, xmin::text, ({source})::text FROM surveys "
                f"WHERE id > %s AND {column} IS NULL ORDER BY id LIMIT %s", (after, batch)).fetchall()
            if not rows:
                return written, moved
            after = rows[-1][0]
            if between is not None:
                between([row[0] for row in rows])
            values = [orjson.dumps(compute(text)).decode() for _, _, text in rows]
            done = connection.execute(
                f"UPDATE surveys SET {column} = ARRAY(SELECT jsonb_array_elements_text(v.value::jsonb)) "
                "FROM unnest(%s::text[], %s::text[], %s::text[]) AS v(id, stamp, value) "
                "WHERE surveys.id = v.id AND surveys.xmin::text = v.stamp",
                ([row[0] for row in rows], [row[1] for row in rows], values)).rowcount
            written += done
            moved += len(rows) - done
