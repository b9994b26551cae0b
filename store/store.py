"""The survey store: one TinyDB file and its journal, safe for many readers and serialized writers.

Reads need no lock: the store file is only ever replaced whole and the
journal only grows by whole, checksummed lines (`store.journal`). A writer
takes a file lock beside the store, brings its in-memory state up to date
(`store.state`), decides, and appends one journal line: a write costs what
it changes. When the journal has grown to an eighth of the store file, or a
single write is that large, the writer compacts (`store.compaction`): the
whole state goes into a new store file, written atomically with the old one
kept as `.bak`.

A store is made explicitly (`create`, `surveys init`); the bundled five
visits go only into a store that asks for them (`--sample`, and the
default store on a first run). A path given as a symlink is resolved once,
so the real file is written and locked.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage

from . import compaction, journal, sentence_tables
from .file_stamps import real_path as real_path  # here since before it moved: callers import it from here
from .health import HeldRecord
from .identity import visit_key
from .planning import now_stamp, plan
from .repository import (
    Adjust,
    Change,
    DeleteReport,
    DuplicateFound,
    MissingStore,
    OnDuplicate,
    RecordNotFound,
    UpsertReport,
    ValidationFailed,
)
from .resources import read_bytes
from .state import TABLE, State, refresh
from .storage import StoreError, _refuse_read_only, backup_path
from .validation import validate

__all__ = ["DuplicateFound", "OnDuplicate", "SurveyStore", "StoreWriteError", "TABLE", "UpsertReport",
           "ValidationFailed"]


class StoreWriteError(StoreError):
    """The new version could not be written (disk full, no permission); the store is unchanged."""

    def __init__(self, path: Path, error: OSError) -> None:
        self.path, self.error = path, error
        reason = _WRITE_REASONS.get(error.errno or 0, error.strerror or str(error))
        super().__init__(f"could not write store {path}: {reason}; nothing was written, the store is unchanged")


_WRITE_REASONS = {
    errno.ENOSPC: "the disk is full (no space left on device)",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied (the store or its directory is read-only)",
    errno.EPERM: "permission denied (the store or its directory is read-only)",
    errno.EROFS: "the file system is read-only",
}


class SurveyStore:
    def __init__(self, path: str | os.PathLike[str], lock_timeout: float = 5.0) -> None:
        self.path = real_path(path)
        self.lock_timeout = lock_timeout
        self._held = threading.local()
        self._state: State | None = None
        # Readers in other threads (the repeat-link index, the `u` list's watch) bring the same in-memory state up
        # to date and read it while a write applies its entry: a journal entry is applied as a drop then a put, so
        # a reader between the two would see a stored visit missing. One lock makes each refresh, read and apply
        # whole; file work (appends, compactions) stays outside it so that readers never wait on the disk.
        self._reading = threading.RLock()

    # -- opening and making ------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], create: bool = True, lock_timeout: float = 5.0) -> SurveyStore:
        """The store at `path`; with `create`, an absent one is made holding the bundled sample (tests, first run)."""
        store = cls(path, lock_timeout)
        if create and not store.path.exists() and not backup_path(store.path).exists():
            store.path.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(FileExistsError):
                store.create(sample=True)
        return store

    def create(self, sample: bool = False) -> int:
        """Make the store, empty or holding the bundled sample; refuses when it exists or existed."""
        with self._write_lock():
            if self.path.exists():
                raise FileExistsError(f"a store already exists at {self.path}; nothing was changed")
            self._refuse_if_vanished()
            records = _bundled() if sample else []
            compaction.write_fresh(self.path, records)
            self._state = None
        return len(records)

    def _refuse_if_vanished(self) -> None:
        backup = backup_path(self.path)
        if not self.path.exists() and backup.exists():
            raise MissingStore(
                f"store {self.path} is missing, but its backup {backup} is there, so it existed; nothing was "
                f"created. Put the file back, or run `surveys --db {self.path} recover` to restore the backup")

    # -- reading ---------------------------------------------------------
    def current(self) -> State:
        """The state as of now (cheap when nothing changed); an absent store reads as empty."""
        with self._reading:
            self._state = refresh(self.path, self._state)
            state = self._state
        if not state.exists:
            self._refuse_if_vanished()
        return state

    def records(self) -> list[dict[str, Any]]:
        """Every usable record, as stored. They are never changed in place, but callers must not change them."""
        with self._reading:
            return list(self.current().table.values())

    def get(self, record_id: str) -> dict[str, Any] | None:
        with self._reading:
            state = self.current()
            doc_id = state.by_id.get(record_id)
            return None if doc_id is None else state.table.get(doc_id)

    def held_back(self) -> list[HeldRecord]:
        """Stored records not served because they are unusable, each with its problems (`store.health`)."""
        return list(self.current().problems)

    def scan(self, predicate: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
        """Records matching `predicate`, by a TinyDB full scan (the reference for the index)."""
        database = TinyDB(storage=_StateStorage, state=self.current())
        try:
            # TinyDB hands the predicate its Documents, which are dicts; its stubs only promise a Mapping
            return [dict(doc) for doc in database.table(TABLE).search(predicate)]  # type: ignore[arg-type]
        finally:
            database.close()

    def __len__(self) -> int:
        return len(self.current().table)

    def change_token(self) -> str:
        """Moves with every write: the store file's and the journal's identity, size and time."""
        state = self.current()
        return f"{state.base_stamp}|{state.journal_stamp}"

    # -- writing ---------------------------------------------------------
    def upsert_many(
        self, records: Iterable[dict[str, Any]], on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
        adjust: Adjust | None = None,
    ) -> UpsertReport:
        """Add or update many records in one write; all or nothing."""
        batch = [orjson.dumps(sentence_tables.unpack(record)) for record in records]  # either form given
        decoded = [orjson.loads(raw) for raw in batch]
        problems = [(index, problem) for index, record in enumerate(decoded) for problem in validate(record)]
        if problems:
            raise ValidationFailed(problems)
        incoming = [(record["id"], visit_key(record)) for record in decoded]
        return self.import_serialized(incoming, batch.__getitem__, on_duplicate, dry_run, adjust=adjust)

    def import_serialized(
        self, incoming: Sequence[tuple[str, tuple]], fetch: Callable[[int], bytes],
        on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None, adjust: Adjust | None = None,
    ) -> UpsertReport:
        """Add or update records that are already validated and serialized, in one write.

        `incoming[i]` is the id and `identity.visit_key` of record i and
        `fetch(i)` its JSON bytes. Records are stored as they come, their
        `updated` stamp included (it says when the content last changed, which
        an export and import must not move; `update` sets it). A dry run plans without
        the lock and writes nothing. Write failures raise `StoreWriteError`
        and leave the store as it was. `adjust` (`Repository.upsert_many`'s) is
        given the stored records as read under the lock.
        """
        def load(position: int) -> dict[str, Any]:
            return sentence_tables.loads(fetch(position))

        if dry_run:
            report, _, _ = plan(self.current(), incoming, load, on_duplicate)
            if on_duplicate == "fail" and report.skipped:
                raise DuplicateFound(report)
            return report
        with self._write_lock():
            state = self.current()
            if adjust is not None:  # the records it reads are those this write replaces: no save lands between
                fetch = _adjusted(state, incoming, fetch, adjust)
            report, inserts, replacements = plan(state, incoming, load, on_duplicate)
            if on_duplicate == "fail" and report.skipped:
                raise DuplicateFound(report)
            size = sum(len(fetch(position)) for position in [*inserts, *(p for _, p in replacements)])
            if state.exists and compaction.due(state, self.path, size):
                self._compact_with(state, dict(replacements), inserts, fetch, progress)
                return report
            puts = {doc_id: load(position) for doc_id, position in replacements}
            for offset, position in enumerate(inserts):
                puts[str(state.next_doc + offset)] = load(position)
            if puts or not state.exists:
                self._commit(state, puts, {}, progress)
        return report

    def _compact_with(self, state: State, replacements: dict[str, Any], inserts: list[int],
                      fetch: Callable[[int], bytes], progress: Callable[[int, int], None] | None) -> None:
        """A large write goes straight into a new store file, streamed from `fetch`."""
        _refuse_read_only(self.path)
        try:
            compaction.compact_with(self.path, state, replacements, inserts, fetch, progress)
        except OSError as error:
            raise StoreWriteError(self.path, error) from error
        finally:
            self._state = None

    def update(self, record_id: str, change: Change) -> dict[str, Any]:
        """Read, change and write one record under the lock (see `Repository.update`); returns what was stored."""
        with self._write_lock():
            state = self.current()
            doc_id = state.by_id.get(record_id)
            if doc_id is None:
                raise RecordNotFound(record_id)
            if doc_id not in state.table:
                raise StoreError(f"the stored record {record_id} cannot be read ({_held_reason(state, doc_id)}); "
                                 "replace it with `surveys import FILE --on-duplicate update`")
            edited = change(orjson.loads(orjson.dumps(state.table[doc_id])))
            if not isinstance(edited, dict) or edited.get("id") != record_id:
                raise ValidationFailed([(0, _problem("id", f"an update must keep the id {record_id!r}"))])
            problems = validate(edited)
            if problems:
                raise ValidationFailed([(0, problem) for problem in problems])
            edited["updated"] = now_stamp()
            self._commit(state, {doc_id: edited}, {}, None)
            return orjson.loads(orjson.dumps(state.table[doc_id]))

    def delete(self, record_ids: Iterable[str], dry_run: bool = False) -> DeleteReport:
        """Remove records by id in one write; the journal line keeps what was deleted (see the README)."""
        wanted = list(dict.fromkeys(record_ids))
        with self._write_lock() if not dry_run else contextlib.nullcontext():
            state = self.current()
            report = DeleteReport(deleted=[r for r in wanted if r in state.by_id],
                                  missing=[r for r in wanted if r not in state.by_id])
            if report.deleted and not dry_run:
                doc_ids = [state.by_id[rid] for rid in report.deleted]
                self._commit(state, {}, {d: state.table.get(d, state.held.get(d)) for d in doc_ids}, None)
        return report

    def replace(self, record: dict[str, Any]) -> None:
        """Save an edited record over the one with the same id."""
        self.upsert_many([record], on_duplicate="update")

    def compact(self) -> None:
        """Fold the journal into a new store file now (it also happens by itself as the journal grows)."""
        with self._write_lock():
            state = self.current()
            if state.exists:
                self._compact(state)

    def _commit(self, state: State, puts: dict[str, Any], dels: dict[str, Any],
                progress: Callable[[int, int], None] | None) -> None:
        """One transaction: a journal line, or a compaction when the journal (or this write) is large."""
        _refuse_read_only(self.path)  # the journal is written beside it, but the file's mode says "do not change"
        entry = orjson.loads(orjson.dumps({"at": now_stamp(), "put": puts, "del": dels}))
        line_size = len(journal.encode(entry))
        try:
            if not state.exists:  # the first write makes the store (empty unless asked for the sample)
                with self._reading:
                    state.apply(entry)
                compaction.write_fresh(self.path, state.all_docs())
                self._state = None
            elif compaction.due(state, self.path, line_size):
                compaction.append(self.path, state, entry)  # in the journal first: `.journal.bak` holds it after
                with self._reading:
                    state.apply(entry)
                self._compact(state, progress)
            else:
                compaction.append(self.path, state, entry)
                with self._reading:
                    state.apply(entry)
        except OSError as error:
            self._state = None  # what is in memory may be ahead of the files; read them again
            raise StoreWriteError(self.path, error) from error
        except BaseException:
            self._state = None
            raise

    def _compact(self, state: State, progress: Callable[[int, int], None] | None = None) -> None:
        compaction.compact(self.path, state, progress)

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        """The writers' file lock; re-entered by the thread that holds it (a repository write spans the store's
        own write and its index's in-place change, which must see the same tokens)."""
        held = getattr(self._held, "depth", 0)
        if held:
            self._held.depth = held + 1
            try:
                yield
            finally:
                self._held.depth = held
            return
        with self._acquire():
            self._held.depth = 1
            try:
                yield
            finally:
                self._held.depth = 0

    @contextlib.contextmanager
    def _acquire(self) -> Iterator[None]:
        if not self.path.parent.is_dir():
            raise MissingStore(f"cannot write {self.path}: the folder {self.path.parent} does not exist "
                               "(folders are never created silently)")
        from filelock import FileLock, Timeout  # noqa: PLC0415 - only a writer locks; a browser opening need not load it

        lock = FileLock(str(self.path) + ".lock", timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            raise StoreError(
                f"store {self.path} is locked by another writer (waited {self.lock_timeout:g} s); try again"
            ) from None
        except PermissionError:
            raise StoreError(
                f"store {self.path} is read-only: cannot create its lock file in {self.path.parent}; nothing was "
                "written"
            ) from None
        try:
            compaction.remove_stale_temporaries(self.path)
            yield
        finally:
            lock.release()

    # -- recovery --------------------------------------------------------
    def recover_from_backup(self) -> Any:
        """Restore `.bak` when the store cannot be read; see `store.recovery`."""
        from .recovery import recover  # noqa: PLC0415

        with self._write_lock():
            result = recover(self.path)
        self._state = None
        return result


class _StateStorage(Storage):
    """A read-only TinyDB storage over the in-memory state, so `scan` is a real TinyDB query."""

    def __init__(self, state: State) -> None:
        self.state = state

    def read(self) -> dict[str, Any]:
        return {TABLE: self.state.table}

    def write(self, data: dict[str, Any]) -> None:
        raise StoreError("scan is read-only")


def _held_reason(state: State, doc_id: str) -> str:
    return next((held.line() for held in state.problems if held.doc_id == doc_id), "it is not usable")


def _problem(path: str, message: str) -> Any:
    from .validation import Problem  # noqa: PLC0415

    return Problem(path, message)


def _bundled() -> list[dict[str, Any]]:
    return orjson.loads(read_bytes("surveys.json"))


def _adjusted(state: State, incoming: Sequence[tuple[str, tuple]], fetch: Callable[[int], bytes],
              adjust: Adjust) -> Callable[[int], bytes]:
    """`fetch` with each record whose id `state` holds given to `adjust` with the stored one; only the records it
    changed are held in memory, the others read again from `fetch`."""
    changed: dict[int, bytes] = {}
    for position, (record_id, _key) in enumerate(incoming):
        doc_id = state.by_id.get(record_id)
        if doc_id is None or doc_id not in state.table:
            continue
        fresh = orjson.loads(fetch(position))
        edited = adjust(orjson.loads(orjson.dumps(state.table[doc_id])), fresh)
        if edited is not fresh:
            changed[position] = orjson.dumps(edited)
    if not changed:
        return fetch
    return lambda position: changed[position] if position in changed else fetch(position)
