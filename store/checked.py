"""Remembering that a store file has been checked, so the next open need not check it again.

Every open checks each stored record (`store.health.usable`); at 100,000
records that is a fifth of the open. The result depends only on the file's
bytes, so it is kept beside the store in `<store>.checked`: the file's
stamp (inode, size, modification time, the identity the store already trusts
to tell whether a file changed) and the doc ids held back. An open whose
file has that stamp checks only those records; any other stamp (the file
was edited, copied, replaced) means a full check, whose result is written
back. Writers write it for the files they make, whose records they have
validated. It is a cache: unreadable, stale or missing, it only costs a full
check, and failing to write it (a read-only folder) changes nothing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import orjson

from . import atomic

Stamp = tuple[int, int, int]


def checked_path(store: Path) -> Path:
    return store.with_name(store.name + ".checked")


def known_held(store: Path, stamp: Stamp | None) -> list[str] | None:
    """The doc ids held back in the file with this stamp, or None when that file has not been checked."""
    if stamp is None:
        return None
    try:
        remembered = orjson.loads(checked_path(store).read_bytes())
        if tuple(remembered["stamp"]) == tuple(stamp) and all(isinstance(d, str) for d in remembered["held"]):
            return list(remembered["held"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def remember(store: Path, stamp: Stamp | None, held: list[str]) -> None:
    """Best effort: record that the file with `stamp` was checked and which doc ids it holds back."""
    if stamp is None:
        return
    with contextlib.suppress(OSError):
        atomic.write_file(checked_path(store), orjson.dumps({"stamp": list(stamp), "held": held}), durable=False)
