"""The survey store: one TinyDB file, safe for many readers and serialized writers.

Reads need no lock (writes swap whole files). Writers take a file lock
beside the store, re-read it, and write once per batch. An absent store is
created from the bundled dataset on first use.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson
from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Table

from .identity import visit_key
from .resources import read_bytes
from . import storage as _storage
from .storage import AtomicJSONStorage, StorageCache, StoreError, backup_path, parse_store_bytes, write_atomically
from .repository import DuplicateFound, OnDuplicate, UpsertReport, ValidationFailed
from .validation import validate

__all__ = ["DuplicateFound", "OnDuplicate", "SurveyStore", "StoreWriteError", "UpsertReport", "ValidationFailed"]

TABLE = "surveys"


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
    def __init__(self, path: Path, lock_timeout: float = 5.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._cache = StorageCache()

    # -- opening ---------------------------------------------------------
    @classmethod
    def open(cls, path: Path, create: bool = True, lock_timeout: float = 5.0) -> SurveyStore:
        """Open the store at `path`, creating it from the bundled dataset if absent."""
        store = cls(path, lock_timeout)
        if create and not store.path.exists():
            store._create_from_bundled()
        return store

    def _create_from_bundled(self) -> None:
        with self._write_lock():
            if self.path.exists():
                return
            write_atomically(self.path, orjson.dumps(_bundled_data()))

    # -- reading ---------------------------------------------------------
    def records(self) -> list[dict[str, Any]]:
        """Every record, as stored. Callers must not mutate them."""
        return list(self._raw_table().values())

    def get(self, record_id: str) -> dict[str, Any] | None:
        for record in self._raw_table().values():
            if record.get("id") == record_id:
                return record
        return None

    def scan(self, predicate: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
        """Records matching `predicate`, by a TinyDB full scan (the reference for the index)."""
        with self._database() as database:
            return [dict(doc) for doc in database.table(TABLE).search(predicate)]

    def __len__(self) -> int:
        return len(self._raw_table())

    def _raw_table(self) -> dict[str, dict[str, Any]]:
        data = AtomicJSONStorage(self.path, self._cache).read()
        return (data or {}).get(TABLE, {})

    # -- writing ---------------------------------------------------------
    def upsert_many(
        self, records: Iterable[dict[str, Any]], on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
    ) -> UpsertReport:
        """Add or update many records in one write; all or nothing."""
        batch = list(records)
        problems = [(index, problem) for index, record in enumerate(batch) for problem in validate(record)]
        if problems:
            raise ValidationFailed(problems)
        with self._write_lock(), self._database() as database:
            table = database.table(TABLE)
            report, inserts, replacements = _plan(table, batch, on_duplicate)
            if on_duplicate == "fail" and report.skipped:
                raise DuplicateFound(report)
            if not dry_run and (inserts or replacements):
                with database.storage.batch():
                    table.insert_multiple(inserts)
                    for doc_id, record in replacements:
                        table.update(_replace_with(record), doc_ids=[doc_id])
        return report

    def import_serialized(
        self, incoming: Sequence[tuple[str, tuple]], fetch: Callable[[int], bytes],
        on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> UpsertReport:
        """Add or update records that are already validated and serialized, in one streamed write.

        `incoming[i]` is the id and `identity.visit_key` of record i and
        `fetch(i)` its JSON bytes, so the records themselves need not be in
        memory: each is fetched while the new store file is being written.
        Duplicates follow the same rules as `upsert_many`. A dry run reads the
        store without the lock (reads never need it) and writes nothing; an
        absent store is planned and written as the bundled dataset it would be
        created from. `progress(done, total)` follows the write, record by record.
        Write failures (disk full, no permission) raise `StoreWriteError` and
        leave the store as it was.
        """
        if dry_run:
            report, _, _ = _plan_keys(_existing(self._current_data()), incoming, on_duplicate)
            if on_duplicate == "fail" and report.skipped:
                raise DuplicateFound(report)
            return report
        with self._write_lock():
            data = self._current_data()
            report, inserts, replacements = _plan_keys(_existing(data), incoming, on_duplicate)
            if on_duplicate == "fail" and report.skipped:
                raise DuplicateFound(report)
            if inserts or replacements or not self.path.exists():
                chunks = _stream_store(data, inserts, dict(replacements), fetch, progress)
                try:
                    _storage.write_atomically(self.path, chunks)
                except OSError as error:
                    raise StoreWriteError(self.path, error) from error
                finally:
                    self._cache.forget()
        return report

    def _current_data(self) -> dict[str, Any]:
        data = AtomicJSONStorage(self.path, self._cache).read()
        return _bundled_data() if data is None else data

    def replace(self, record: dict[str, Any]) -> None:
        """Save an edited record over the one with the same id."""
        self.upsert_many([record], on_duplicate="update")

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.path) + ".lock", timeout=self.lock_timeout)
        try:
            lock.acquire()
        except Timeout:
            raise StoreError(
                f"store {self.path} is locked by another writer (waited {self.lock_timeout:g} s); try again"
            ) from None
        except PermissionError:
            raise StoreError(
                f"store {self.path} is read-only: cannot create its lock file in {self.path.parent}; nothing was written"
            ) from None
        try:
            _remove_stale_temporaries(self.path)
            yield
        finally:
            lock.release()

    @contextlib.contextmanager
    def _database(self) -> Iterator[TinyDB]:
        database = TinyDB(self.path, storage=AtomicJSONStorage, cache=self._cache)
        try:
            yield database
        finally:
            database.close()

    # -- recovery --------------------------------------------------------
    def recover_from_backup(self) -> Path:
        """Put `<store>.bak` back in place; the unreadable store is kept beside it."""
        backup = backup_path(self.path)
        if not backup.exists():
            raise StoreError(f"no backup at {backup}")
        parse_store_bytes(backup, backup.read_bytes())
        with self._write_lock():
            kept = self.path.with_name(f"{self.path.name}.broken")
            if self.path.exists():
                os.replace(self.path, kept)
            write_atomically(self.path, backup.read_bytes())
        self._cache.forget()
        return kept


def _plan(table: Table, batch: list[dict[str, Any]], on_duplicate: OnDuplicate):
    existing = ((doc.doc_id, doc["id"], visit_key(doc)) for doc in table.all())
    report, inserts, replacements = _plan_keys(existing, [(r["id"], visit_key(r)) for r in batch], on_duplicate)
    return report, [batch[i] for i in inserts], [(doc_id, batch[i]) for doc_id, i in replacements]


def _plan_keys(
    existing: Iterable[tuple[int, str, tuple]], incoming: Sequence[tuple[str, tuple]], on_duplicate: OnDuplicate,
) -> tuple[UpsertReport, list[int], list[tuple[int, int]]]:
    """Decide each incoming record from its id and visit key alone.

    `existing` yields (doc id, record id, visit key) of stored records.
    Returns the report, the positions in `incoming` to insert, and
    (doc id, position) pairs to replace.
    """
    by_id: dict[str, int] = {}
    by_visit: dict[tuple, tuple[int, str]] = {}
    for doc_id, stored_id, stored_key in existing:
        by_id[stored_id] = doc_id
        by_visit[stored_key] = (doc_id, stored_id)
    report = UpsertReport()
    inserts: list[int] = []
    replacements: list[tuple[int, int]] = []
    for position, (record_id, key) in enumerate(incoming):
        if record_id in by_id or key in by_visit:
            doc_id, reason = _duplicate_reason(record_id, by_id, by_visit.get(key))
            if on_duplicate == "update":
                _settle(replacements, inserts, doc_id, position)
                report.updated.append(record_id)
            else:
                report.skipped.append((record_id, reason))
            continue
        inserts.append(position)
        by_id[record_id] = -len(inserts)
        by_visit[key] = (-len(inserts), record_id)
        report.added.append(record_id)
    return report, inserts, replacements


def _duplicate_reason(record_id: str, by_id: dict[str, int], same_visit: tuple[int, str] | None) -> tuple[int, str]:
    if record_id in by_id:
        return by_id[record_id], "same id"
    assert same_visit is not None
    return same_visit[0], f"probable duplicate of {same_visit[1]} (same date, localities and body)"


def _settle(replacements: list, inserts: list, doc_id: int, item: Any) -> None:
    """A negative doc id points at a record added earlier in this batch."""
    if doc_id < 0:
        inserts[-doc_id - 1] = item
    else:
        replacements.append((doc_id, item))


def _bundled_data() -> dict[str, Any]:
    bundled = orjson.loads(read_bytes("surveys.json"))
    return {TABLE: {str(number): record for number, record in enumerate(bundled, start=1)}}


def _existing(data: dict[str, Any]) -> Iterator[tuple[int, str, tuple]]:
    for doc_id, record in data.get(TABLE, {}).items():
        yield int(doc_id), record["id"], visit_key(record)


def _stream_store(
    data: dict[str, Any], inserts: list[int], replacements: dict[int, int],
    fetch: Callable[[int], bytes], progress: Callable[[int, int], None] | None,
) -> Iterator[bytes]:
    """The new store file in pieces, byte for byte what `orjson.dumps` of the new data would give.

    Stored records keep their doc ids and order (replaced ones take the new
    bytes in place); inserted ones follow with the next ids, as TinyDB numbers them.
    """
    table = data.get(TABLE, {})
    next_id = max((int(doc_id) for doc_id in table), default=0) + 1
    total, done = len(table) + len(inserts), 0
    tables = data if TABLE in data else {**data, TABLE: {}}
    yield b"{"
    for number, (name, content) in enumerate(tables.items()):
        yield (b"," if number else b"") + orjson.dumps(name) + b":"
        if name != TABLE:
            yield orjson.dumps(content)
            continue
        separator = b"{"
        for doc_id, record in content.items():
            position = replacements.get(int(doc_id))
            body = orjson.dumps(record) if position is None else fetch(position)
            yield separator + orjson.dumps(doc_id) + b":" + body
            separator, done = b",", done + 1
            if progress and done % 1000 == 0:
                progress(done, total)
        for offset, position in enumerate(inserts):
            yield separator + b'"%d":' % (next_id + offset) + fetch(position)
            separator, done = b",", done + 1
            if progress and done % 1000 == 0:
                progress(done, total)
        yield b"{}" if separator == b"{" else b"}"
    yield b"}"
    if progress:
        progress(total, total)


def _replace_with(record: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def replace(document: dict[str, Any]) -> None:
        document.clear()
        document.update(record)
    return replace


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files left by a writer that was killed; we hold the lock, so none is live."""
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    for leftover in path.parent.glob(f".{path.name}.bak.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()
