"""Where the store lives: `--db`, then `SURVEYS_DB`, then the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

DB_ENV = "SURVEYS_DB"


def default_store_path() -> Path:
    return user_data_path("surveys", appauthor=False) / "surveys.json"


def is_default(explicit: str | os.PathLike[str] | None = None) -> bool:
    """True when neither `--db` nor `SURVEYS_DB` names the store: only then may a first run make the sample."""
    return not explicit and not os.environ.get(DB_ENV)


def store_location(explicit: str | os.PathLike[str] | None = None) -> str:
    """The store's location as given: a `postgresql://` URL stays a string, a path is expanded."""
    given = str(explicit) if explicit else os.environ.get(DB_ENV, "")
    if given.startswith(("postgresql://", "postgres://")):
        return given
    return str(store_path(explicit))


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if from_env := os.environ.get(DB_ENV):
        return Path(from_env).expanduser()
    return default_store_path()


STORE_COMPANIONS = ("", ".bak", ".journal", ".journal.bak", ".checked", ".lock", ".settings.json",
                    ".index.sqlite3", ".index.sqlite3-wal", ".index.sqlite3-shm", ".index.sqlite3-journal")
"""The store file and the files it keeps beside it (`<store>.bak`, the journal, the lock, the browser's settings,
the index): an export or a drafts file written over one of them loses the store or its history."""


def writes_over_store(target: str | os.PathLike[str], store: str | os.PathLike[str]) -> bool:
    """True when writing `target` would replace the file store `store` or one of its companions (`-o surveys.json`
    had replaced the store with the export, leaving a store no command could read). A URL store has none."""
    given = str(store)
    if given.startswith(("postgresql://", "postgres://")):
        return False
    written = Path(target).expanduser().resolve()
    for where in {Path(given).expanduser().absolute(), Path(given).expanduser().resolve()}:
        if written.parent == where.parent.resolve() and written.name in {where.name + end for end in STORE_COMPANIONS}:
            return True
    return False
