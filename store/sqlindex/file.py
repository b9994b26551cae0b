"""`IndexFile`: the index file of one store, kept current and open; `SqlIndex` (`index`) answers from it.

The file describes one state of the store, named by the repository's
`change_token()`. `fresh()` says whether it still does; `build()` makes it
again from the records; `apply()` changes it in place after the
repository's own write (when it was current just before). A file that is
absent, corrupt or of another schema is `IndexUnusable` and is rebuilt;
the index is never the source of truth, so deleting it loses nothing.
What a reader keeps of the file is dropped (`_forget`) whenever the file
changes or is replaced: by this reader's own writes, and by another
process's (a second browser, `surveys import` writing the same store update
the file in place; SQLite's `data_version` says so at the next read).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from . import wordfill
from .full import said_when_full
from .schema import IndexUnusable, connect, read_meta

QUIET = 0.1
"""Seconds after a search (or the key that asks for one, `interrupt`) before the read-ahead takes its next step
(`IndexFile.idle`): the screen draws the answer meanwhile, with the whole interpreter."""


BUILD_WAIT = 900.0
"""Seconds a build waits for another process's build of the same index (a million records take minutes)."""


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
        self._turn = threading.Condition(self._lock)
        """Waited on by the read-ahead with the lock held (`readahead`): the lock is let go whole meanwhile."""
        self._changes = 0
        """Times the file was written in place or replaced: what a step of the read-ahead read before is dropped."""
        self._db: sqlite3.Connection | None = None
        self._inode: int | None = None
        self._version: int | None = None
        """SQLite's `data_version` when the connection last read: it moves when another connection commits."""
        self._interrupts = 0
        """Times `interrupt` was called: work done in Python for a search (`moot`) stops once it has moved."""
        self._searching = 0
        """Searches running or waiting for the lock (`searching`): the read-ahead waits for them (`idle`)."""
        self._counting = threading.Lock()
        self._asked_at = 0.0
        """When the last search began or ended, or a key asked for one (`time.monotonic`)."""

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
        with said_when_full(self.path):  # the store is untouched: said so, not "could not be opened" (s34)
            try:
                building.build(self.path, self._stream() if self._stream else self._records(), token)
            except Unstreamable:
                building.build(self.path, self._records(), token)
        with self._lock:
            self._drop()

    def ensure(self) -> None:
        """Build unless the file describes the store as it is. One build at a time across processes: browsers
        on one file that see the same write (`tui.watching`) build it once, the others waiting for that file."""
        if self.fresh():
            return
        with self._one_build():
            if not self.fresh():  # another process's build, waited for, may have made it
                self.build()

    @contextmanager
    def _one_build(self) -> Iterator[None]:
        """The builders' lock (`<index>.building`); a build waited for past `BUILD_WAIT` (hung?) or a lock that
        cannot be made is not waited for: two builds cost time, never the index (each renames a whole file)."""
        from filelock import FileLock, Timeout  # noqa: PLC0415 - only a build locks

        lock = FileLock(f"{self.path}.building", timeout=BUILD_WAIT)
        try:
            lock.acquire()
            held = True
        except (Timeout, OSError):
            held = False
        try:
            yield
        finally:
            if held:
                lock.release()
                with suppress(OSError):  # not left beside the index; a builder that opened it meanwhile builds
                    os.unlink(lock.lock_file)  # once more at worst, which the lock only saves (see above)

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
            self._changes += 1
            self._forget()
            return True

    def restamp(self, before: str, after: str) -> bool:
        """After a write that gave the store new files but left its records as they were (a compaction: a new
        store file, the journal folded in), the file describes `after` if it described `before` (True): every
        browser on the store had built the whole index again for the new file's identity alone."""
        with self._lock:
            try:
                if self.indexed_token() != before:
                    return False
                self._connection().execute("UPDATE meta SET value = ? WHERE key = 'token'", (after,))  # autocommit
            except (IndexUnusable, sqlite3.DatabaseError):
                self._drop()
                return False
            return True

    def held_ids(self, record_ids: Iterable[str]) -> set[str] | None:
        """Which of these ids the store holds, from the file's id index (a few lookups, never a record parsed);
        None when the file does not describe the store as it is now (absent, unusable, or older than a write)."""
        wanted = list(dict.fromkeys(record_ids))
        with self._lock:
            if not self.fresh():
                return None
            db = self._connection()
            held: set[str] = set()
            for start in range(0, len(wanted), 500):  # SQLite's bound parameters are limited
                chunk = wanted[start:start + 500]
                held.update(row[0] for row in db.execute(
                    f"SELECT id FROM rec WHERE id IN ({','.join('?' * len(chunk))})", chunk))
            return held

    def close(self) -> None:
        with self._lock:
            self._drop()

    def interrupt(self) -> None:
        """Stop the query running now (from another thread): it raises `Interrupted`. For a search a newer one
        has made moot, such as the previous keystroke's. What such a search does in Python rather than in
        SQLite (counting its facets, walking its order: a tenth of a second or more at a million records, the
        index held meanwhile) stops at its next check (`moot`)."""
        self._interrupts += 1
        self._asked_at = time.monotonic()  # a search follows: the read-ahead holds back (`idle`)
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
    def searching(self) -> Iterator[None]:
        """Around a search asked for by someone waiting (a key): the read-ahead takes no step meanwhile (`idle`)."""
        with self._counting:
            self._searching += 1
            self._asked_at = time.monotonic()
        try:
            yield
        finally:
            with self._counting:
                self._searching -= 1
                self._asked_at = time.monotonic()

    def busy(self) -> bool:
        """A search runs or waits for the lock, or one ran (or a key asked for one) less than `QUIET` seconds ago."""
        return self._searching > 0 or time.monotonic() - self._asked_at < QUIET

    def idle(self) -> None:
        """Wait until the index is not `busy`: what the read-ahead does before each of its steps, so that a key
        typed meanwhile neither waits for the lock nor shares the interpreter with it (#17: a key typed during the
        read-ahead at a million records waited 0.3-0.7 s for it)."""
        while self.busy():
            time.sleep(0.01)

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
            self._version = self._data_version(self._db)
        elif self._data_version(self._db) != self._version:  # written in place by another connection (process)
            self._version = self._data_version(self._db)
            self._changes += 1
            self._forget()
        return self._db

    @staticmethod
    def _data_version(db: sqlite3.Connection) -> int:
        """A number that moves when another connection has committed to the file (not on this one's own
        writes, which `apply` forgets after itself): some microseconds, a read of the file's header."""
        return int(db.execute("PRAGMA data_version").fetchone()[0])

    def _drop(self) -> None:
        if self._db is not None:
            self._db.close()
        self._db, self._inode, self._version = None, None, None
        self._changes += 1
        self._forget(replaced=True)

    def _forget(self, replaced: bool = False) -> None:
        """Drop what was read from the file (it changed; `replaced`: maybe another file now). Readers extend this."""
