"""Where the store lives: `--db`, then `SURVEYS_DB`, then the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

DB_ENV = "SURVEYS_DB"


def default_store_path() -> Path:
    return user_data_path("surveys", appauthor=False) / "surveys.json"


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    if from_env := os.environ.get(DB_ENV):
        return Path(from_env).expanduser()
    return default_store_path()
