"""The shared archive on PostgreSQL: `open_postgres(url)` and `init_postgres(url)`.

Importing this package imports psycopg (the optional `postgres` extra);
`store.backends` turns its absence into a one-line message naming the extra.
"""

from __future__ import annotations

from typing import Any

import psycopg

from ..catalog import text
from ..errors import StoreError
from ..repository import MissingStore
from .connection import Database, redact, scalar
from .repository import PostgresRepository
from .schema import LATEST, SchemaError, check_version, migrate
from .schema_use import unusable_archive_schema

__all__ = ["PostgresRepository", "init_postgres", "open_postgres", "redact"]


def open_postgres(url: str) -> PostgresRepository:
    """The archive at `url`, brought up to this program's schema if the role may; nothing is created."""
    database = Database(url)
    connection = database.connection()
    version = _readable_version(database, connection)
    if version == 0:
        database.close()
        raise MissingStore(f"no archive at {database.location}; create it with `surveys init {database.location}`")
    if version < LATEST:
        _migrate(database, connection)
    return PostgresRepository(database)


def init_postgres(url: str, *, sample_records: list[dict[str, Any]] | None = None,
                  lang: str = "en") -> tuple[PostgresRepository, str]:
    """Create the archive's tables at `url` (or apply the migrations it lacks); add `sample_records` if given.

    Returns the repository and one line saying what was done, in `lang` (the catalog's `init.pg_*`).
    """
    database = Database(url)
    connection = database.connection()
    before = _readable_version(database, connection)
    applied = _migrate(database, connection)
    repository = PostgresRepository(database)
    where = database.location
    if not applied:
        said = text("init.pg_current", lang, path=where, version=before)
    elif before == 0:
        said = text("init.pg_created", lang, path=where, version=LATEST)
    else:
        said = text("init.pg_migrated", lang, path=where, before=before, version=LATEST)
    if sample_records:
        report = repository.upsert_many(sample_records)
        said = text("init.pg_sample", lang, said=said, count=len(report.added))
    return repository, said


def _readable_version(database: Database, connection: psycopg.Connection) -> int:
    """`check_version`, or a `StoreError` naming the grant when the role may not read the archive's tables.

    A reader role whose grants were never given on this database (an archive `surveys copy` made, where
    README's psql lines after `surveys init` were not run) meets `permission denied for table
    surveys_schema`, which names neither the role nor the remedy.
    An archive kept in a schema the role may not use at all is not even seen (PostgreSQL leaves the schema out of
    the search path): it is looked for in the catalogue (`unusable_archive_schema`), so the role is told the
    GRANT rather than that there is no archive and to create one.
    """
    try:
        version = check_version(connection, database.location)
    except psycopg.errors.InsufficientPrivilege:
        schema = scalar(connection.execute("SELECT current_schema()")) or "public"
        raise _no_right(database, connection, schema, unusable=False) from None
    hidden = unusable_archive_schema(connection) if version == 0 else None
    if hidden is not None:
        raise _no_right(database, connection, hidden, unusable=True)
    return version


def _no_right(database: Database, connection: psycopg.Connection, schema: str, *, unusable: bool) -> StoreError:
    """The refusal naming the role, the archive and the GRANT its owner runs (`err.pg_no_read_right`), or with
    `unusable` the schema the role may not use (`err.pg_no_schema_right`)."""
    role, where = connection.info.user, database.location
    database.close()
    grant = f"GRANT USAGE ON SCHEMA {schema} TO {role}; GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}"
    cause = f"may not use the schema '{schema}' that holds" if unusable else "may not read"
    return StoreError(f"the role '{role}' {cause} the archive at {where}; the archive's owner lets it read with "
                      f"`{grant}`")


def _migrate(database: Database, connection: psycopg.Connection) -> list[int]:
    try:
        return migrate(connection)
    except (psycopg.errors.UndefinedObject, psycopg.errors.UndefinedFunction) as missing:
        if "trgm" not in str(missing):
            raise
        raise _trigrams_unseen(database, connection) from None
    except psycopg.errors.InsufficientPrivilege:
        database.close()
        raise SchemaError(
            f"the archive at {database.location} needs schema version {LATEST} and this role may not create "
            f"tables; run `surveys init {database.location}` as the archive's owner role"
        ) from None


def _trigrams_unseen(database: Database, connection: psycopg.Connection) -> SchemaError:
    """The archive kept in a schema of its own with only that schema on the search path (`-csearch_path=NAME`): the
    extension pg_trgm, installed once per database in another schema (public), is then not found and the migration
    met `operator class "gin_trgm_ops" does not exist` as a traceback."""
    row = connection.execute("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                             "WHERE e.extname = 'pg_trgm'").fetchone()
    where, schema = database.location, str(row[0]) if row else "public"
    database.close()
    return SchemaError(f"the archive at {where} needs the extension pg_trgm, which is in the schema '{schema}' and "
                       f"not on the connection's search path; name that schema after the archive's own: "
                       f"`options=-csearch_path=NAME,{schema}`")  # `err.pg_trgm_path`
