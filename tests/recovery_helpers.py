"""Files as an older version left them, and a store file damaged as another program would: for the recover tests."""

from __future__ import annotations

from pathlib import Path

from store import journal


def as_older_version(where: Path) -> None:
    """The journal's header without its base (`journal.Base`), as versions before session 35 wrote it."""
    lines = where.read_bytes().splitlines(keepends=True)
    header = journal.read(where)
    assert header is not None and header.generation is not None
    where.write_bytes(journal.encode({"generation": header.generation}) + b"".join(lines[1:]))


def damage(store: Path) -> None:
    """Cut the store file short, as `truncate` or a full disk under another program would."""
    raw = store.read_bytes()
    store.write_bytes(raw[: max(1, len(raw) // 2)])
