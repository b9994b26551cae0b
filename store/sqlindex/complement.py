"""A negated follow-up clause's records as a set difference over term lists, not a pass of SQL over `rec`.

`not overdue`, `not status:done`, `not (status:open overdue)` compile to `NOT (rec.n IN (SELECT n FROM post WHERE
t IN (…)))` over the `due` or `status` terms (`compile._none`). `matches.posted` reads only positive term lists, so
such a condition went to SQL, which steps through every row of `rec` and probes the subquery's list for each: the
first page and every facet's pool paid a scan (docs/tryout-s32-filters.md, session 33's "Left"). Here the
excluded terms' records are read from `post` (one `group_concat`, as `matches.posted` reads a list) and taken
out of what the rest of the condition gives: the positive term lists' records (`matches.posted`), or, with no
positive clause, every record (the newest-first order the index keeps whole). The other parts (a date, the
visit-level deadline of a positive `overdue`) are asked of SQL without the negated lists, whose records are then
taken out the same way: at 50,000 visits `year:2025 not overdue` had become slower with `not overdue` as a list of
late `due` terms probed row by row (54 ms against 35 ms on `rec.deadline`). The answer is the same set.
"""

from __future__ import annotations

import re
import sqlite3
from array import array
from collections.abc import Callable, Sequence

from . import matches
from .compile import Condition

NEGATED = re.compile(r"NOT \(rec\.n IN \(SELECT n FROM post WHERE t IN \(([0-9,]+)\)\)\)")
"""A negated term condition (`compile._none`): its term ids."""


def posted(db: sqlite3.Connection, condition: Condition, everything: Callable[[], Sequence[int]]) -> array | None:
    """The record numbers of a condition ANDing negated term lists with anything else, in no order; without a
    negated list, `matches.posted`'s answer (None: the caller asks SQL). `everything`: every record number (called
    only when nothing else bounds the answer)."""
    parts = [part for part in condition.sql.split(" AND ") if part != "1"]  # "1": free text, or a group no term meets
    negated = [NEGATED.fullmatch(part) for part in parts]
    if not any(negated):
        return matches.posted(db, condition)
    kept = [part for part, match in zip(parts, negated, strict=True) if match is None]  # the params are theirs
    import numpy as np  # noqa: PLC0415 - a filter on terms, in a worker (as `matches.posted`)

    if kept:
        rest = Condition(" AND ".join(kept), condition.params)  # rejoined: `rec.date BETWEEN ? AND ?` whole again
        base = matches.posted(db, rest)
        if base is None:  # a date, the deadline: SQL over `rec` for those, without the negated lists' probes
            base = array("q", [n for (n,) in db.execute(f"SELECT rec.n FROM rec WHERE {rest.sql}", rest.params)])
        numbers = np.frombuffer(base, dtype=np.int64) if len(base) else np.zeros(0, dtype=np.int64)
    else:
        whole = everything()
        numbers = (np.frombuffer(whole, dtype=np.dtype(f"i{whole.itemsize}")).astype(np.int64)
                   if isinstance(whole, array) else np.fromiter(whole, dtype=np.int64, count=len(whole)))
    ids = sorted({int(term) for match in negated if match is not None for term in match[1].split(",")})
    (joined,) = db.execute(  # integers compile made, joined here: one read of `post` for every negated group
        f"SELECT group_concat(n) FROM post WHERE t IN ({','.join(map(str, ids))})").fetchone()
    if joined:
        excluded = np.fromstring(joined, dtype=np.int64, sep=",")
        having = np.zeros(int(max(excluded.max(initial=0), numbers.max(initial=0))) + 1, dtype=bool)
        having[excluded] = True  # marked, not sorted: a record holding two of the terms is posted twice
        numbers = numbers[~having[numbers]]
    found = array("q")
    found.frombytes(numbers.astype(np.int64).tobytes())
    return found


__all__ = ["NEGATED", "posted"]
