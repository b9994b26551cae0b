"""One write to the index file, taken at once or not at all.

The passes that fill an older file's tables (`wordfill`, `units.fill`) read
outside the lock and write a step in one transaction. `BEGIN IMMEDIATE`
takes the write lock at the start, so a file that is read-only or busy past
the timeout is found before any work is done, and the pass tries another
time rather than failing the browser that runs it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def written(db: sqlite3.Connection, work: Callable[[], object]) -> bool:
    """Run `work` in one write transaction: committed, or rolled back and raised. False, with nothing run, when
    the file cannot be written now."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:  # read-only, or busy: another time
        return False
    try:
        work()
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return True
