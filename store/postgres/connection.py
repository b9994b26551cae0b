"""One libpq connection per repository, with the password kept out of every message.

Credentials come the way libpq takes them (`PGPASSWORD`, `~/.pgpass`, a
service file named by `?service=` or `PGSERVICE`, or a password in the URL);
the URL is handed to libpq as given and never shown: `redact` removes any
password before a location reaches a message, a log or the browser.

A dropped connection (server restart, `pg_terminate_backend`, a network
blip) is met with one reconnect and one retry for reads; a write is never
retried blind, because it may or may not have been committed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, TypeVar

import orjson
import psycopg
from psycopg.types.json import set_json_dumps, set_json_loads

from .. import sentence_tables
from ..backends import redact
from ..errors import StoreError, StoreOutOfReach
from .refusals import UNREACHABLE, refusal

T = TypeVar("T")


class ConnectionLost(StoreError):
    """The connection dropped and one reconnect did not bring it back, or it dropped during a write."""


class Database:
    """A lazily opened, thread-safe autocommit connection that reopens once when it drops."""

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        self._url = url
        self.location = redact(url)
        self._connect_timeout = connect_timeout
        self._connection: psycopg.Connection | None = None
        self._lock = threading.RLock()

    def connection(self) -> psycopg.Connection:
        with self._lock:
            if self._connection is None or self._connection.closed:
                self._connection = self._connect()
            return self._connection

    def _connect(self) -> psycopg.Connection:
        try:
            connection = psycopg.connect(self._url, autocommit=True, connect_timeout=self._connect_timeout)
        except psycopg.OperationalError as error:
            why = refusal(_first_line(error))
            kind = StoreOutOfReach if why.startswith(UNREACHABLE) else StoreError
            raise kind(f"cannot connect to {self.location}: {why}") from None
        set_json_loads(sentence_tables.loads, connection)  # a record comes back with its sentences in their entries
        set_json_dumps(orjson.dumps, connection)
        # A filter's SQL is a large expression whose estimated cost passes `jit_above_cost` though it runs in
        # milliseconds: compiling it took 8.3 s of a 9.7 s search for `answered:2026-11` at 20,000 visits
        # (docs/performance-log.md, session 42). No query of this program runs long enough to gain from it.
        connection.execute("SET jit = off")
        return connection

    def read(self, work: Callable[[psycopg.Connection], T]) -> T:
        """Run a read; if the connection dropped, reconnect once and run it again."""
        with self._lock:
            try:
                return work(self.connection())
            except psycopg.OperationalError as error:
                if not self._dropped(error):
                    raise StoreError(f"the database at {self.location} failed: {_first_line(error)}") from None
            except psycopg.Error as error:
                raise StoreError(f"the database at {self.location} refused: {_first_line(error)}") from None
            try:
                return work(self.connection())
            except psycopg.Error as error:
                self._forget()
                raise ConnectionLost(
                    f"lost the connection to {self.location} and could not get it back: {_first_line(error)}; "
                    "check the server and try again"
                ) from None

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection]:
        """A write transaction. A drop found when it begins is healed by one reconnect; a drop inside it
        is reported, never retried (the write may or may not have been committed)."""
        with self._lock:
            connection, transaction = self._begin()
            try:
                with transaction:
                    yield connection
            except psycopg.OperationalError as error:
                if not self._dropped(error):
                    raise
                raise ConnectionLost(
                    f"lost the connection to {self.location} while saving: {_first_line(error)}; "
                    "the change may not have been saved, look at the record again before repeating it"
                ) from None

    def _begin(self) -> tuple[psycopg.Connection, _Entered]:
        for attempt in (1, 2):
            connection = self.connection()
            transaction = connection.transaction()
            try:
                transaction.__enter__()  # sends BEGIN: nothing written yet, so a drop here is safe to retry
                return connection, _Entered(transaction)
            except psycopg.OperationalError as error:
                if attempt == 2 or not self._dropped(error):
                    raise ConnectionLost(f"cannot reach {self.location}: {_first_line(error)}; nothing was written") \
                        from None
        raise AssertionError("unreachable")

    def _dropped(self, error: psycopg.OperationalError) -> bool:
        connection = self._connection
        if connection is None or connection.closed or connection.broken:
            self._forget()
            return True
        return False

    def _forget(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except psycopg.Error:
                pass
        self._connection = None

    def close(self) -> None:
        with self._lock:
            self._forget()


def scalar(cursor: psycopg.Cursor[Any]) -> Any:
    """The first column of a query that always returns a row (count(*), the one-row state table)."""
    row = cursor.fetchone()
    if row is None:
        raise StoreError("the database returned no row where one is always expected")
    return row[0]


class _Entered:
    """A transaction already begun, as a context manager that only ends it."""

    def __init__(self, transaction: AbstractContextManager[psycopg.Transaction]) -> None:
        self._transaction = transaction

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool | None:
        return self._transaction.__exit__(*exc)  # type: ignore[arg-type]  # (type, value, traceback) passed on as received


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
