"""A persistent index beside the store: SQLite (standard library) with FTS5 over folded text.

The TinyDB file stays the store; this file is derived from it, keyed by the
repository's `change_token()`, rebuilt when stale, updated in place by the
repository's own writes, and safe to delete. With it a search, its facet
counts and one page of records come from SQLite without parsing the store.
Modules: `schema` (tables, opening), `rows` (what is kept of a record),
`packing` (records compressed with a preset dictionary), `grams` (bitmaps
for free text of one or two characters), `words` (bitmaps of every word,
for free text of letters and digits), `wordfill` (the word tables of a file
an older version wrote, added in place), `text` (free text as flags, from
whichever of those answers), `paged` (a free-text search's matches made as
far as they are read), `matches` (a filter's records with little of
SQLite's work), `source` (the store file's records, streamed for a build),
`build` (whole builds and in-place changes), `compile` (a `Filter` as SQL),
`units` (the provinces and districts merged away that the records name,
with the records each one's clause finds), `file` (the file kept current
and open), `index` (`SqlIndex`, the one class callers use).
"""

from __future__ import annotations

import os
from pathlib import Path

from .file import Interrupted
from .index import SqlIndex
from .schema import IndexUnusable

SUFFIX = ".index.sqlite3"


def index_path_for(store: Path) -> Path:
    """Beside the store (`surveys.json.index.sqlite3`), or in the user's cache when that folder is read-only."""
    store = Path(store).resolve()
    beside = store.with_name(store.name + SUFFIX)
    if os.access(store.parent, os.W_OK) or beside.exists():
        return beside
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "surveys"
    import hashlib  # noqa: PLC0415 - a read-only folder is rare: the launch need not load OpenSSL

    digest = hashlib.sha256(str(store).encode()).hexdigest()[:16]
    return cache / f"{store.name}.{digest}{SUFFIX}"


__all__ = ["IndexUnusable", "Interrupted", "SqlIndex", "index_path_for"]
