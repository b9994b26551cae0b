"""`surveys recover`: bring back the backup when the store cannot be read, losing nothing that is not already lost.

Recover refuses on a store that can be read: swapping in `.bak` would throw
away the last write. When the store is unreadable (or missing while its
`.bak` is there), the backup, with the journal that pairs with it
(`.journal.bak`, see `store.compaction`), is restored, and the live journal
is replayed on top when it follows from them: when it names the backup's
generation (no compaction since), or names as its base (`journal.Base`) a
plain compaction of exactly that backup and that much of `.journal.bak`.
So every write acknowledged since the last compaction comes back. A journal
that does not follow (an older version's header, a large import streamed
into the store file by session 35's version, a `.journal.bak` that is not the one folded in) is
never replayed: it is kept and its writes are counted as not restored.

The restored state becomes the store file and its `.bak` alike (as a new
store's are), so that the journal written after it pairs with the backup
and a second recover loses nothing either. Every file it displaces (the
unreadable store, its journal, the previous backups) is kept,
under a name with the time that no later run can overwrite, and the result
says how many writes were replayed and what is not in the restored store.
The displaced files of all but the newest few recovers are then removed,
each named (`store.displaced`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import catalog, displaced, journal
from .compaction import journal_backup
from .displaced import KEEP_RUNS
from .state import State, load
from .storage import StoreCorruptError, StoreError, backup_path, write_atomically


@dataclass
class Recovered:
    path: Path
    records: int
    replayed: int = 0
    """Writes applied from the journals (`.journal.bak` and the live one) over the backup."""
    kept: list[Path] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    """Displaced files of older recovers removed (`store.displaced`: the newest few recovers' are kept)."""

    def lines(self) -> list[str]:
        lines = [f"restored {self.path} from its backup ({self.records} records)",
                 catalog.text("err.recover_replayed", "en", count=self.replayed)]
        lines += [f"kept the displaced file {kept}" for kept in self.kept]
        lines += [f"not in the restored store: {what}" for what in self.lost]
        lines += [catalog.text("err.recover_removed", "en", path=path, count=KEEP_RUNS) for path in self.removed]
        return lines


def recover(path: Path) -> Recovered:
    """Under the store's lock: restore `.bak` (with the journals that follow it) over an unreadable or missing store."""
    backup = backup_path(path)
    problem, reason = _unreadable(path)
    if problem is None:
        raise StoreError(f"store {path} can be read; recover only restores a store that cannot be read, "
                         "so nothing was changed")
    if not backup.exists():
        raise StoreError(f"store {path} {problem}, and there is no backup at {backup}; nothing was changed")
    restored = _load_backup(backup)
    paired = _paired_journal(path, restored)
    where = journal.journal_path(path)
    live, damaged = _read_live(where)
    follows = live is not None and _follows(live, restored.generation, paired)
    replayed = [found for found in (paired, live if follows else None) if found is not None]
    for found in replayed:
        for entry in found.entries:
            restored.apply(entry)
    result = Recovered(path, len(restored.table) + len(restored.held), sum(len(found.entries) for found in replayed))
    suffix = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    if path.exists():
        result.kept.append(_keep(path, "broken", suffix))
        if not follows:
            result.lost.append(f"the last write that went into the store file itself ({reason}); "
                               f"the unreadable file is kept as {result.kept[-1]}")
    generation = _write_state(path, restored, suffix, result)
    if where.exists():
        result.kept.append(_keep(where, "broken", suffix, move=True))
        writes = 0 if follows else -1 if damaged else len(live.entries) if live and not _held(restored, live) else 0
        if writes < 0:
            result.lost.append(f"the writes in the damaged journal, kept in {result.kept[-1]}")
        elif writes:
            result.lost.append(catalog.text("err.recover_journal_writes", "en", count=writes, path=result.kept[-1]))
    journal.start(where, generation, None)  # names `.bak`'s generation: a damage before the next write loses nothing
    result.removed = displaced.prune(path, suffix)  # last: a kill before it leaves only more files
    return result


def _follows(live: journal.JournalRead, generation: str, paired: journal.JournalRead | None) -> bool:
    """Whether the live journal applies after the backup and its paired journal: it names the backup's generation
    (no compaction since, or one killed before it moved the journal), or a plain compaction of exactly them."""
    if live.generation == generation:
        return True
    base = live.base
    return base is not None and base.plain and base.generation == generation \
        and base.folded == (paired.end if paired else 0)


def _held(state: State, found: journal.JournalRead) -> bool:
    """Whether replaying `found` over `state` would change nothing: its writes are in the restored store already
    (a recover killed after writing `.bak` and run again sees the journal it replayed)."""
    trial = State(table=dict(state.table), held=dict(state.held), problems=list(state.problems))
    for entry in found.entries:
        trial.apply(entry)
    return trial.table == state.table and trial.held == state.held


def _unreadable(path: Path) -> tuple[str | None, str]:
    """Why the store cannot be read (None when it can), and the file's own reason alone: what recover says is lost
    names that reason, not the open error, whose advice is to run recover (tryout s35, tryout7)."""
    if not path.exists():
        return "is missing", "is missing"
    try:
        load(path)
    except StoreCorruptError as error:
        return f"cannot be read ({error.reason})", error.reason
    except StoreError as error:
        return f"cannot be read: {error}", str(error)
    return None, ""


def _load_backup(backup: Path) -> State:
    try:
        return load(backup)
    except StoreError as error:
        raise StoreError(f"the backup {backup} cannot be read either ({error}); nothing was changed") from None


def _paired_journal(path: Path, state: State) -> journal.JournalRead | None:
    """`.journal.bak` when it belongs to the backup (names its generation)."""
    paired = journal.read(journal_backup(path))
    return paired if paired is not None and paired.generation == state.generation else None


def _read_live(where: Path) -> tuple[journal.JournalRead | None, bool]:
    """The live journal (None when absent or damaged), and whether it is damaged (a bad line before good ones)."""
    try:
        return journal.read(where), False
    except StoreError:
        return None, True


def _write_state(path: Path, state: State, suffix: str, result: Recovered) -> str:
    """The restored state as `.bak`, then as the store file, the previous backups kept under new names.

    The backup first: a kill at any point leaves either the old files or a
    `.bak` that holds everything, so a second recover loses nothing. The copy
    as `.bak` (with no `.journal.bak`) is what the journal started by the next
    write pairs with.
    """
    from .compaction import _encoded, _stream, new_generation  # noqa: PLC0415

    documents, generation = state.all_docs(), new_generation()

    def payload() -> Iterator[bytes]:
        return _stream(generation, _encoded(documents), len(documents), state.others, None, None)

    backup, paired = backup_path(path), journal_backup(path)
    result.kept.append(_keep(backup, "replaced", suffix))
    write_atomically(backup, payload(), keep_backup=False)
    if paired.exists():
        result.kept.append(_keep(paired, "replaced", suffix, move=True))
    write_atomically(path, payload(), keep_backup=False)
    return generation


def _keep(path: Path, word: str, suffix: str, move: bool = False) -> Path:
    """A hard link to `path` named `<name>.<word>-<suffix>` that did not exist yet (never overwrites); with `move`,
    `path` itself goes."""
    number = 0
    while True:
        target = path.with_name(f"{path.name}.{word}-{suffix}" + (f"-{number}" if number else ""))
        try:
            os.link(path, target)
        except FileExistsError:
            number += 1
            continue
        if move:
            os.unlink(path)
        return target
