"""Where a file store's files are and how each is identified, without the store's own code.

The browser asks whether the persistent index is current from these alone
(`TinyDBRepository.change_token`): the store's code (`store.store`, with
TinyDB, the journal and the compaction) is loaded only when a record is read
or written through it, never for the launch's first rows (#17: some 12-20 ms
of CPU before them at 100,000 records).
"""

from __future__ import annotations

import os
from pathlib import Path

Stamp = tuple[int, int, int]
"""A file's identity: inode, size and modification time (ns)."""


def stamp(path: Path) -> Stamp | None:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns)


def journal_path(store: Path) -> Path:
    return store.with_name(store.name + ".journal")


def real_path(path: str | os.PathLike[str]) -> Path:
    """The file a path names, symlinks followed once, so the target is what gets written and locked."""
    return Path(os.path.realpath(Path(path).expanduser()))
