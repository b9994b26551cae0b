"""What the database role may write, and a write transaction whose failures say what happened in the archive's words.

`Rights` asks the server once whether the role may insert, update and
delete on the table `surveys` (a standby or a read-only session may do
none of them), so a write the role may not make is refused before any work
(`ReadOnlyStore`, naming the role and the right it lacks). `Writing` is the
transaction every write runs in: a permission the server refuses anyway
(revoked since it was asked) forgets the rights asked and is said as such a
refusal; a read-only session, a clash with another writer (`ConflictError`)
and any other refusal each become one line saying nothing was written.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors

from ..errors import StoreError
from ..repository import ConflictError, ReadOnlyStore
from .connection import Database, scalar

_PRIVILEGES = {"INSERT": "add or import records", "UPDATE": "edit records", "DELETE": "delete records"}


class Rights:
    """The rights of the connected role on the table `surveys`, asked once (again after a refused write)."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._privileges: dict[str, bool] | None = None
        self._role: str | None = None

    def role(self) -> str:
        """The connected role's name, asked once: the writer a follow-up item's history names (`item_history`)."""
        if self._role is None:
            self._role = str(self._db.read(lambda c: scalar(c.execute("SELECT current_user"))))
        return self._role

    def all(self) -> bool:
        """The role may insert, update and delete."""
        return all(self._rights().values())

    def _rights(self) -> dict[str, bool]:
        if self._privileges is None:
            def ask(connection: psycopg.Connection) -> dict[str, bool]:
                standby = scalar(connection.execute(
                    "SELECT pg_is_in_recovery() OR current_setting('default_transaction_read_only') = 'on'"
                ))
                return {
                    right: not standby and scalar(connection.execute(
                        "SELECT has_table_privilege('surveys', %s)", (right,)))
                    for right in _PRIVILEGES
                }
            self._privileges = self._db.read(ask)
        return self._privileges

    def require(self, right: str) -> None:
        if not self._rights()[right]:
            raise self.refusal(right)

    def refusal(self, right: str) -> ReadOnlyStore:
        role = self.role()
        return ReadOnlyStore(
            f"the database role {role!r} may read {self._db.location} but not {_PRIVILEGES[right]} "
            f"(it has no {right} right on the table `surveys`); browsing, listing and export still work"
        )

    def forget(self) -> None:
        """The server refused a write the rights asked allowed: they are asked again next time."""
        self._privileges = None


class Writing:
    """A write transaction whose permission errors become `ReadOnlyStore` and conflicts `ConflictError`."""

    def __init__(self, database: Database, rights: Rights) -> None:
        self._db = database
        self._rights = rights
        self._context = database.transaction()

    def __enter__(self) -> psycopg.Connection:
        return self._context.__enter__()

    def __exit__(self, kind: Any, error: Any, trace: Any) -> bool | None:
        try:
            return self._context.__exit__(kind, error, trace)
        except errors.InsufficientPrivilege as refused:
            self._rights.forget()
            raise self._rights.refusal(_right_in(str(refused))) from None
        except errors.ReadOnlySqlTransaction:
            raise ReadOnlyStore(f"{self._db.location} is a read-only database (a standby or read-only "
                                "session); nothing was written") from None
        except (errors.UniqueViolation, errors.SerializationFailure, errors.DeadlockDetected) as clash:
            raise ConflictError(f"another writer changed the same records at the same time ({clash.sqlstate}); "
                                "nothing was written, try again") from None
        except psycopg.DatabaseError as refused:
            first = str(refused).strip().splitlines()[0] if str(refused).strip() else type(refused).__name__
            raise StoreError(f"the database refused the write: {first}; nothing was written") from None


def _right_in(message: str) -> str:
    return "DELETE" if "delete" in message.lower() else "UPDATE" if "update" in message.lower() else "INSERT"
