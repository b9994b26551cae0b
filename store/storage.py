"""A TinyDB storage that never tears the file it keeps.

TinyDB's JSONStorage rewrites its file in place, so a process killed
mid-write leaves half a store. This one writes a temporary file beside the
store, fsyncs it, keeps the previous version as `<store>.bak`, swaps the new
file in with `os.replace` and fsyncs the directory: at every instant the
store is either the old version or the new one. A store that will not parse
is reported, never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

CRASH_ENV = "SURVEYS_CRASH_AT"
"""Test hook: kill the process at a named point of a write (see tests/crash_harness.py)."""


class StoreError(Exception):
    """A store problem the user must act on; the message says what and where."""


class StoreCorruptError(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.backup = backup_path(path)
        hint = (
            f"a backup of the previous version is at {self.backup}; "
            f"run `surveys --db {path} recover` to restore it"
            if self.backup.exists() else "no backup exists"
        )
        super().__init__(f"store {path} cannot be read ({reason}); it was left untouched; {hint}")


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


@dataclass
class StorageCache:
    """The last parsed contents, valid while the file's identity is unchanged.

    Shared by the TinyDB instances of one store so that a read after our own
    write, or a second read of an unchanged file, costs nothing.
    """

    stamp: tuple[int, int, int] | None = None
    data: dict[str, Any] | None = None
    batch_depth: int = 0
    pending: dict[str, Any] | None = field(default=None, repr=False)

    def forget(self) -> None:
        self.stamp, self.data, self.pending = None, None, None


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return (status.st_ino, status.st_size, status.st_mtime_ns)


class AtomicJSONStorage(Storage):
    """TinyDB storage: one JSON file, written atomically with a backup."""

    def __init__(self, path: str | Path, cache: StorageCache | None = None) -> None:
        self.path = Path(path)
        self.cache = cache if cache is not None else StorageCache()

    def read(self) -> dict[str, Any] | None:
        if self.cache.pending is not None:
            return self.cache.pending
        stamp = _stamp(self.path)
        if stamp is None:
            return None
        if stamp != self.cache.stamp or self.cache.data is None:
            self.cache.data = parse_store_bytes(self.path, self.path.read_bytes())
            self.cache.stamp = stamp
        return self.cache.data

    def write(self, data: dict[str, Any]) -> None:
        if self.cache.batch_depth:
            self.cache.pending = data
            return
        try:
            write_atomically(self.path, orjson.dumps(data))
        except BaseException:
            self.cache.forget()
            raise
        self.cache.data, self.cache.stamp = data, _stamp(self.path)

    def close(self) -> None:
        pass

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Collect every write inside the block into one write at its end."""
        self.cache.batch_depth += 1
        try:
            yield
        except BaseException:
            self.cache.forget()
            raise
        finally:
            self.cache.batch_depth -= 1
        if self.cache.batch_depth == 0 and self.cache.pending is not None:
            pending, self.cache.pending = self.cache.pending, None
            self.write(pending)


def parse_store_bytes(path: Path, raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise StoreCorruptError(path, "the file is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise StoreCorruptError(path, f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise StoreCorruptError(path, "the top level is not a JSON object")
    return data


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so that a crash leaves the old or the new file."""
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True)
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(payload)
            _crash_point("after-temp-write")
            handle.flush()
            os.fsync(handle.fileno())
        _crash_point("after-fsync")
        if path.exists():
            _keep_backup(path)
        os.replace(temp_name, path)
        _crash_point("after-replace")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_directory(directory)


def _keep_backup(path: Path) -> None:
    """Make `<store>.bak` the current version, atomically, without copying when a hard link works."""
    backup = backup_path(path)
    staging = backup.with_name(f".{backup.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(staging)
    try:
        os.link(path, staging)
    except OSError:
        shutil.copy2(path, staging)
    os.replace(staging, backup)


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
