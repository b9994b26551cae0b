"""Each body's type (`store.bodies`), worked out once per index and kept in the file.

The facet sidebar and the B picker sum body counts by type. Typing a name
runs rules over its folded text and, for a people's council of a "thành
phố", asks the gazetteer (which loads its data on first use). A store of
100,000 records names some 5,000 bodies: typing them all when the first
facets came cost about a tenth of a second on the browser's UI thread
(#17). So the build types every body name (a moment beside the build's
minute) and keeps the map in the file's `columns` table, tagged with the
rules' version (`store.bodies.RULES`). A reader gets it in one row; a
name the map lacks (an in-place change brought it, or the file was made
before the map was kept, or under other rules) is typed when first read
and the map is saved again, unless the file is read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import orjson

from ..bodies import RULES, body_type

KEY = "body_kinds"


def typed(names: Iterable[str]) -> dict[str, str]:
    return {name: body_type(name) for name in names}


def save(db: sqlite3.Connection, kinds: dict[str, str]) -> None:
    data = orjson.dumps({"rules": RULES, "kinds": kinds})
    db.execute("INSERT OR REPLACE INTO columns(key, data) VALUES (?, ?)", (KEY, data))


def stored(db: sqlite3.Connection) -> dict[str, str]:
    """The map kept in the file; empty when there is none or it was made under other rules."""
    found = db.execute("SELECT data FROM columns WHERE key = ?", (KEY,)).fetchone()
    if found is None:
        return {}
    kept = orjson.loads(found[0])
    return kept["kinds"] if kept.get("rules") == RULES else {}


def body_kinds(db: sqlite3.Connection) -> dict[str, str]:
    """Body name → type for every body the file names (typing and saving any it had not kept)."""
    kinds = stored(db)
    names = [name for (name,) in db.execute("SELECT value FROM fval WHERE facet = 'body'")]
    missing = [name for name in names if name not in kinds]
    if missing:
        kinds.update(typed(missing))
        try:
            save(db, kinds)
        except sqlite3.OperationalError:  # read-only (or busy past the timeout): typed again next time
            pass
    return kinds
