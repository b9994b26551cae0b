"""An archive in a schema of its own that the connected role may not use: told apart from no archive at all.

PostgreSQL leaves a schema the role has no USAGE on out of its search path without a word, so the archive's
tables are simply not found and the role was told "no archive at …; create it with `surveys init`": wrong
advice for a reader whose owner never ran `GRANT USAGE ON SCHEMA`. The catalogue (`pg_namespace`, `pg_class`)
is readable by every role, so the schemas the connection names are looked up there: the first that holds the
archive's version table and that the role may not use is the one to name, with the GRANT its owner should run.
"""

from __future__ import annotations

import re

import psycopg

from .connection import scalar

_ENTRY = re.compile(r'\s*("(?:[^"]|"")*"|[^,]*?)\s*(?:,|$)')
"""One schema of a `search_path` setting: a quoted identifier (its "" an escaped quote) or a bare one."""


def path_schemas(setting: str, user: str) -> list[str]:
    """The schema names a `search_path` setting lists, as the catalogue spells them: bare names folded to lower
    case, quoted ones as written, `$user` the role's own name."""
    names: list[str] = []
    for match in _ENTRY.finditer(setting):
        entry = match.group(1)
        if not entry:
            continue
        name = entry[1:-1].replace('""', '"') if entry.startswith('"') else entry.lower()
        names.append(user if name == "$user" else name)
    return names


def unusable_archive_schema(connection: psycopg.Connection) -> str | None:
    """The schema of the connection's search path that holds an archive (`surveys_schema`) the role may not use,
    or None (no such schema: there is truly no archive to be seen)."""
    setting = str(scalar(connection.execute("SELECT current_setting('search_path')")) or "")
    user = str(scalar(connection.execute("SELECT current_user")))
    schemas = path_schemas(setting, user)
    if not schemas:
        return None
    row = connection.execute(
        "SELECT n.nspname FROM unnest(%s::text[]) WITH ORDINALITY AS listed(name, place) "
        "JOIN pg_namespace n ON n.nspname = listed.name "
        "WHERE NOT has_schema_privilege(n.oid, 'USAGE') AND EXISTS ("
        "  SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 'surveys_schema') "
        "ORDER BY listed.place LIMIT 1", (schemas,)).fetchone()
    return str(row[0]) if row is not None else None
