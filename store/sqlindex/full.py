"""A full disk while the index is built, said as what it is: the store is untouched, only its index not made.

SQLite says `database or disk is full`, which the browser showed as "The store
could not be opened: database or disk is full" (tryout s34, a 200 kB tmpfs):
the person thought the archive was damaged. The index is derived and safe to
delete; the store file was not touched. `IndexDiskFull` names the index file,
the reason, and what to do.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError  # not `..storage`: that loads TinyDB, which the first frame does without


class IndexDiskFull(StoreError):
    """The index could not be written for want of space; nothing of the store changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"cannot build the search index {path}: the disk is full (no space left on device). The "
                         "store itself is untouched; free some space and open it again")


@contextmanager
def said_when_full(path: Path) -> Iterator[None]:
    """SQLite's "database or disk is full" and an `OSError` ENOSPC/EDQUOT, while writing `path`, as `IndexDiskFull`."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if "full" not in str(error):  # SQLITE_FULL's message; other errors stay as they are
            raise
        raise IndexDiskFull(path) from None
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise IndexDiskFull(path) from None
