"""Why a connection was refused, said as what the person can do about it rather than as libpq's line.

libpq's first line names the socket file and the stage that failed
(`connection failed: connection to server on socket "/run/…/.s.PGSQL.5432"
failed: fe_sendauth: no password supplied`): right for an administrator,
opaque to the office worker who typed the URL. The reasons people meet (no
password given, a wrong one, no such role or database, no server there, an
unknown host, no answer in time, the server's pg_hba.conf keeping the role
out, a server stopping or starting) are said in plain words, each a catalog message (`err.pg_why_*`) so the
browser and the CLI say it in their language; any other line is kept as
libpq wrote it. The password is never in either (libpq never prints it).
"""

from __future__ import annotations

import re

_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"no password supplied"),
     "the server asks for a password and none was given (PGPASSWORD, a ~/.pgpass line or a service file gives it)"),
    (re.compile(r'password authentication failed for user "(?P<role>[^"]*)"'),
     "the server refused the password of the role '{role}'"),
    (re.compile(r'role "(?P<role>[^"]*)" does not exist'), "the server has no role '{role}'"),
    (re.compile(r'database "(?P<name>[^"]*)" does not exist'), "the server has no database '{name}'"),
    (re.compile(r'permission denied for database "(?P<name>[^"]*)"'),
     "this role may not connect to the database '{name}'"),
    (re.compile(r"no pg_hba\.conf entry"), "the server does not let this role in from here (its pg_hba.conf)"),
    (re.compile(r"failed to resolve host '(?P<host>[^']*)'"), "the host name '{host}' is not known"),
    (re.compile(r'could not translate host name "(?P<host>[^"]*)"'), "the host name '{host}' is not known"),
    (re.compile(r"No such file or directory|Connection refused|could not connect to server"),
     "no PostgreSQL server answers there (is it running, at that host and port?)"),
    (re.compile(r"timeout expired"), "the server did not answer in time (is the host reachable?)"),
    # a restart seen from a browser left running: the server refuses while it stops or recovers
    (re.compile(r"the database system is (?:shutting down|starting up|in recovery mode|not (?:yet )?accepting)"),
     "the server is stopping or starting (try again in a moment)"),
)


UNREACHABLE = ("no PostgreSQL server answers there", "the server did not answer in time", "the server is stopping")
"""The beginnings of the reasons a later try may not meet (the server restarting, the network coming back)."""


def refusal(line: str) -> str:
    """libpq's first line of a failed connection in plain words when the reason is a known one, else as it is."""
    for pattern, said in _REASONS:
        found = pattern.search(line)
        if found:
            return said.format(**found.groupdict())
    return line
