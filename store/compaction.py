"""Writing a store's files: journal appends, and compaction into a new store file.

Compaction writes the whole state (the store file with its journal applied)
as a new store file with a new generation, atomically, the old file kept as
`<store>.bak` (`store.storage.write_atomically`). Then the journal, whose
changes the new file now holds, moves to `<store>.journal.bak`: together
the two backups are the store as it was just before, deleted records
included. A kill between the two steps leaves a journal naming the old
generation, which readers ignore and the next writer moves aside.

The new file names its base (`journal.Base`: the generation of the file now
kept as `.bak`, whether it is exactly that file with `.journal.bak` applied,
and how much of that journal), and a new journal naming the same base is
started with it, so `surveys recover` can rebuild a damaged store file from
the backups and replay every write made since (`store.recovery`). A write
that makes the journal too big goes into the journal first, then the
compaction folds it in, so that even it is in `.journal.bak`; so does a large
import streamed straight into the new file (`compact_with`).

All of this runs under the store's lock (`SurveyStore._write_lock`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from . import atomic, checked, journal, sentence_tables
from .health import usable
from .planning import now_stamp
from .state import META, TABLE, State, stamp
from .storage import _crash_point, backup_path, write_atomically

COMPACT_FLOOR = 1 << 20
"""A journal under 1 MiB is never worth a compaction."""
COMPACT_SHARE = 8
"""Compact when the journal reaches an eighth of the store file: replaying it costs at most that share of an open."""


def journal_backup(path: Path) -> Path:
    return path.with_name(path.name + ".journal.bak")


def due(state: State, path: Path, line_size: int) -> bool:
    """Whether this write should compact rather than append: the journal, with this line, would be too big, or the
    backups hold far more than the next compaction would keep (`backups_outgrown`)."""
    base_size = state.base_stamp[1] if state.base_stamp else 0
    limit = max(COMPACT_FLOOR, base_size // COMPACT_SHARE)
    return state.journal_end + line_size > limit or backups_outgrown(path, base_size, limit)


def backups_outgrown(path: Path, base_size: int, limit: int) -> bool:
    """Whether `.bak` and `.journal.bak` together exceed the store file by more than two journals' worth.

    A large write folded in by a compaction (a streamed import, `compact_with`, or any write that made the
    journal too big) stays in `.journal.bak` as a copy: it is needed there, and nowhere else, until the next
    compaction makes `.bak` a store file that holds it (`recover` rebuilds the store from the two). After a
    compaction brought about by the journal's size the backups hold about one journal more than the store file;
    after an import that added records, `.bak` and the import's copy about as much as the store file itself. An
    import that replaced records leaves them twice over (the old ones in `.bak`, the new in `.journal.bak`): up to
    two stores' worth beside the store, until the journal grows to an eighth of the store, which may be never.
    Then the next write compacts, which is the first moment the copy can go safely: the new `.bak` holds the
    import, the journal moved to `.journal.bak` is that write alone. Two stats per write."""
    held = sum(_size(where) for where in (backup_path(path), journal_backup(path)))
    return held > base_size + 2 * limit


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def append(path: Path, state: State, entry: dict[str, Any]) -> None:
    """One journal line; a journal that does not apply to this store file is moved aside and a new one started."""
    where = journal.journal_path(path)
    if state.journal_end:
        journal.append(where, state.journal_end, entry)
    else:
        _move_stale_journal(path, where)
        journal.start(where, state.generation, entry, state.base)
    state.journal_stamp = stamp(where)
    state.journal_end = state.journal_stamp[1] if state.journal_stamp else 0


def _move_stale_journal(path: Path, where: Path) -> None:
    if where.exists():
        os.replace(where, journal_backup(path))  # folded into the store file already; it pairs with .bak


def compact(path: Path, state: State, progress: Callable[[int, int], None] | None = None) -> None:
    """The whole state into a new store file; the journal moves to `.journal.bak` and a new one is started."""
    documents = state.all_docs()
    base = journal.Base(state.generation, True, state.journal_end)
    generation, started = _replace_store(path, state, _encoded(documents), len(documents), progress, base)
    # the state in memory is what was just written: no need to parse it again
    state.generation, state.base_stamp, state.base = generation, stamp(path), base
    state.journal_stamp, state.journal_end = stamp(journal.journal_path(path)), started


def compact_with(
    path: Path, state: State, replacements: dict[str, bytes | int], inserts: list[int],
    fetch: Callable[[int], bytes], progress: Callable[[int, int], None] | None = None,
) -> None:
    """Compact with a large write folded in as it streams: `fetch(position)` gives each new record's bytes.

    `replacements` maps doc ids to positions; `inserts` are positions that
    get the next doc ids. The records are never all in memory at once; the
    state is out of date afterwards (the caller reads the store again).

    The write goes into the journal first, streamed as one line (as `_commit`
    does with a write that makes the journal too big), so that `.journal.bak`
    holds it after the compaction: the new file is then exactly `.bak` with
    `.journal.bak` applied (a plain base), and `surveys recover` rebuilds it
    like any other. The cost is the import's size written twice, the copy
    kept in `.journal.bak` until the next compaction replaces it.
    """
    documents = state.all_docs()
    puts = {doc_id: int(position) for doc_id, position in replacements.items()}
    added = [str(state.next_doc + offset) for offset in range(len(inserts))]
    puts.update(zip(added, inserts, strict=True))
    folded = _journal_streamed(path, state, puts, fetch)

    def items() -> Iterator[tuple[str, bytes]]:
        for doc_id, record in documents.items():
            position = puts.get(doc_id)
            yield doc_id, _packed(record) if position is None else sentence_tables.pack_json(fetch(position))
        for doc_id in added:
            yield doc_id, sentence_tables.pack_json(fetch(puts[doc_id]))

    _replace_store(path, state, items(), len(documents) + len(inserts), progress,
                   journal.Base(state.generation, True, folded))


def _journal_streamed(path: Path, state: State, puts: dict[str, int], fetch: Callable[[int], bytes]) -> int:
    """The write `{"at", "put": {doc id: record}, "del": {}}` as one journal line, streamed; the journal's end."""
    where = journal.journal_path(path)
    end = state.journal_end
    if not end:
        _move_stale_journal(path, where)
        end = journal.start(where, state.generation, None, state.base)

    def body() -> Iterator[bytes]:
        yield b'{"at":%s,"put":' % orjson.dumps(now_stamp())
        separator = b"{"
        for doc_id, position in puts.items():
            yield separator + orjson.dumps(doc_id) + b":" + _one_line(sentence_tables.pack_json(fetch(position)))
            separator = b","
        yield (b"{}" if separator == b"{" else b"}") + b',"del":{}}'

    return journal.append_pieces(where, end, body())


def _one_line(raw: bytes) -> bytes:
    """A record's JSON without line breaks (a journal entry is one line); in valid JSON they are only whitespace."""
    return raw.replace(b"\n", b" ").replace(b"\r", b" ") if b"\n" in raw or b"\r" in raw else raw


def _replace_store(path: Path, state: State, items: Iterable[tuple[str, bytes]], total: int,
                   progress: Callable[[int, int], None] | None, base: journal.Base) -> tuple[str, int]:
    """The new store file and its new journal (a header naming `base`); its generation and the journal's size."""
    generation = new_generation()
    write_atomically(path, _stream(generation, items, total, state.others, progress, base))
    checked.remember(path, stamp(path), sorted(state.held))  # every other record was validated when written
    _crash_point("before-journal-move")
    where = journal.journal_path(path)
    if where.exists():
        os.replace(where, journal_backup(path))
    else:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(journal_backup(path))  # it paired with the previous .bak, which is gone now
    # Started now, not at the next write: a damaged file with no write since is then known to be the backups.
    # A kill before this line leaves no journal; the next writer starts it, from the base the file names.
    started = journal.start(where, generation, None, base)
    atomic.fsync_folder(path.parent)
    return generation, started


def _encoded(documents: dict[str, Any]) -> Iterator[tuple[str, bytes]]:
    for doc_id, record in documents.items():
        yield doc_id, _packed(record)


def _packed(record: Any) -> bytes:
    """A record as the store file keeps it: its sentences once each (`store.sentence_tables`)."""
    return orjson.dumps(sentence_tables.pack(record))


def write_fresh(path: Path, records: list[dict[str, Any]] | dict[str, Any]) -> None:
    """A new store file holding `records` (a list, or documents by doc id), and a copy as its `.bak`.

    The copy is what `recover` goes back to (replaying the journal, which
    names the same generation) if the file is damaged before the first
    compaction makes a real previous version.
    """
    documents = records if isinstance(records, dict) else \
        {str(number): record for number, record in enumerate(records, start=1)}
    payload = b"".join(_stream(new_generation(), _encoded(documents), len(documents), {}, None, None))
    write_atomically(backup_path(path), payload, keep_backup=False)
    write_atomically(path, payload, keep_backup=False)
    checked.remember(path, stamp(path), [d for d, record in documents.items() if not usable(record)])


def new_generation() -> str:
    return secrets.token_hex(8)


def _stream(
    generation: str, items: Iterable[tuple[str, bytes]], total: int, others: dict[str, Any],
    progress: Callable[[int, int], None] | None, base: journal.Base | None,
) -> Iterator[bytes]:
    """The store file in pieces, the `_store` table first (`store.storage._loads` reads it in chunks)."""
    row = orjson.dumps({"generation": generation, **(base.fields() if base else {})})
    yield b'{"%s":{"1":%s},"%s":' % (META.encode(), row, TABLE.encode())
    separator = b"{"
    for done, (doc_id, raw) in enumerate(items, start=1):
        yield separator + orjson.dumps(doc_id) + b":" + raw
        separator = b","
        if progress and done % 1000 == 0:
            progress(done, total)
    yield b"{}" if separator == b"{" else b"}"
    for name, content in others.items():
        yield b"," + orjson.dumps(name) + b":" + orjson.dumps(content)
    yield b"}"
    if progress:
        progress(total, total)


def own_files(path: Path) -> tuple[str, ...]:
    """The names of the files the store writes whole, under its lock or (`.checked`) as a cache."""
    return (path.name, backup_path(path).name, journal.journal_path(path).name, checked.checked_path(path).name)


def remove_stale_temporaries(path: Path) -> None:
    """Temporary files of the store's own files (`own_files`) left by a writer that died.

    Only those targets' names match (`store.atomic.sweep`), so an export being
    written beside the store, even one named `<store>.csv`, is never touched;
    and only a dead writer's, so a reader writing `.checked` meanwhile keeps its file.
    """
    atomic.sweep(path.parent, own_files(path))
