"""`surveys recover`: bring back the backup when the store cannot be read, losing nothing that is not already lost.

Recover refuses on a store that can be read: swapping in `.bak` would throw
away the last write. When the store is unreadable (or missing while its
`.bak` is there), the backup, with the journal that pairs with it
(`.journal.bak`, see `store.compaction`), becomes the store. Every file it
displaces (the unreadable store, its journal) is renamed, never deleted,
under a name with the time that no later run can overwrite, and the result
says what is not in the restored store.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import catalog, journal
from .compaction import journal_backup
from .state import State, load
from .storage import StoreError, backup_path, write_atomically


@dataclass
class Recovered:
    path: Path
    records: int
    kept: list[Path] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        lines = [f"restored {self.path} from its backup ({self.records} records)"]
        lines += [f"kept the displaced file {kept}" for kept in self.kept]
        lines += [f"not in the restored store: {what}" for what in self.lost]
        return lines


def recover(path: Path) -> Recovered:
    """Under the store's lock: restore `.bak` (and `.journal.bak`) over an unreadable or missing store."""
    backup = backup_path(path)
    problem = _unreadable(path)
    if problem is None:
        raise StoreError(f"store {path} can be read; recover only restores a store that cannot be read, "
                         "so nothing was changed")
    if not backup.exists():
        raise StoreError(f"store {path} {problem}, and there is no backup at {backup}; nothing was changed")
    restored = _backup_state(path, backup)
    result = Recovered(path, len(restored.table) + len(restored.held))
    suffix = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    if path.exists():
        result.kept.append(_displace(path, suffix))
        result.lost.append(f"the last write that went into the store file itself ({problem}); "
                           f"the unreadable file is kept as {result.kept[-1]}")
    where = journal.journal_path(path)
    replayed = _replay_live_journal(where, restored)
    if replayed is not None:
        result.records = len(restored.table) + len(restored.held)
        result.lost = [line for line in result.lost if not line.startswith("the last write")]
    if where.exists():
        writes = 0 if replayed is not None else _count_writes(where)
        result.kept.append(_displace(where, suffix))
        if writes < 0:
            result.lost.append(f"the writes in the damaged journal, kept in {result.kept[-1]}")
        elif writes:
            result.lost.append(catalog.text("err.recover_journal_writes", "en", count=writes, path=result.kept[-1]))
    _write_state(path, restored)
    return result


def _replay_live_journal(where: Path, restored: State) -> int | None:
    """The store's journal applied to the backup when it names the backup's generation (no compaction since)."""
    try:
        found = journal.read(where)
    except StoreError:
        return None
    if found is None or found.generation != restored.generation:
        return None
    for entry in found.entries:
        restored.apply(entry)
    return len(found.entries)


def _unreadable(path: Path) -> str | None:
    """Why the store cannot be read, or None when it can."""
    if not path.exists():
        return "is missing"
    try:
        load(path)
    except StoreError as error:
        return f"cannot be read: {error}"
    return None


def _backup_state(path: Path, backup: Path) -> State:
    """The backup with its journal replayed when that journal belongs to it."""
    try:
        state = load(backup)
    except StoreError as error:
        raise StoreError(f"the backup {backup} cannot be read either ({error}); nothing was changed") from None
    paired = journal.read(journal_backup(path))
    if paired is not None and paired.generation == state.generation:
        for entry in paired.entries:
            state.apply(entry)
    return state


def _write_state(path: Path, state: State) -> None:
    """The restored state as the store file; `.bak` and `.journal.bak` stay as they are."""
    from .compaction import _encoded, _stream, new_generation  # noqa: PLC0415

    documents = state.all_docs()
    write_atomically(path, _stream(new_generation(), _encoded(documents), len(documents), state.others, None),
                     keep_backup=False)


def _displace(path: Path, suffix: str) -> Path:
    """Rename `path` to a name with `suffix` that does not exist yet; never overwrites."""
    number = 0
    while True:
        target = path.with_name(f"{path.name}.broken-{suffix}" + (f"-{number}" if number else ""))
        try:
            os.link(path, target)
        except FileExistsError:
            number += 1
            continue
        os.unlink(path)
        return target


def _count_writes(where: Path) -> int:
    try:
        found = journal.read(where)
    except StoreError:
        return -1
    return len(found.entries) if found else 0
