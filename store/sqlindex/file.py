"""`IndexFile`: the index file of one store, kept current and open; `SqlIndex` (`index`) answers from it.

The file describes one state of the store, named by the repository's
`change_token()`. `fresh()` says whether it still does; `build()` makes it
again from the records; `apply()` changes it in place after the
repository's own write (when it was current just before). A file that is
absent, corrupt or of another schema is `IndexUnusable` and is rebuilt;
the index is never the source of truth, so deleting it loses nothing.
What a reader keeps of the file is dropped (`_forget`) whenever the file
changes or is replaced.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import wordfill
from .schema import IndexUnusable, connect, read_meta


class Interrupted(Exception):
    """A search stopped by `IndexFile.interrupt` (a newer one replaced it)."""


@contextmanager
def interruptible() -> Iterator[None]:
    """SQLite's "interrupted" as `Interrupted`: what a caller that asked for it expects; other errors as they are."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if "interrupt" in str(error):
            raise Interrupted(str(error)) from None
        raise


class IndexFile:
    """The index file of one store. Thread-safe: one connection, used under a lock."""

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
        self._interrupts = 0
        """Times `interrupt` was called: work done in Python for a search (`moot`) stops once it has moved."""

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
        has made moot, such as the previous keystroke's. What such a search does in Python rather than in
        SQLite (counting its facets, walking its order: a tenth of a second or more at a million records, the
        index held meanwhile) stops at its next check (`moot`)."""
        self._interrupts += 1
        db = self._db
        if db is not None:
            db.interrupt()

    def moot(self) -> Callable[[], None]:
        """A check that raises `Interrupted` once `interrupt` has been called after this (a newer search began):
        taken when a search starts, called between the steps of its work in Python."""
        asked = self._interrupts

        def check() -> None:
            if self._interrupts != asked:
                raise Interrupted("a newer search began")

        return check

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._connection()

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
            wordfill.upgrade(self._db)  # a file an older version wrote: the tables it lacks added, empty
        return self._db

    def _drop(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db, self._inode = None, None
        self._forget(replaced=True)

    def _forget(self, replaced: bool = False) -> None:
        """Drop what was read from the file (it changed; `replaced`: maybe another file now). Readers extend this."""
