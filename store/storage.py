"""Writing and reading whole store files so that none is ever torn.

TinyDB's JSONStorage rewrites its file in place, so a process killed
mid-write leaves half a store. `write_atomically` writes the new version
through `store.atomic` (a temporary file beside the store, fsynced, swapped
in with `os.replace`, the folder fsynced) and keeps the previous version as
`<store>.bak`: at every instant the store is either the old version or the
new one. A store that
will not parse is reported, never overwritten.

The store itself (`store.store`) reads the file with its journal
(`store.state`, `store.journal`); `AtomicJSONStorage` here is the plain
TinyDB storage over the file alone, without the journal, kept for tools
that want TinyDB on a compacted file.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import signal
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from . import atomic
from .errors import StoreError

CRASH_ENV = "SURVEYS_CRASH_AT"
"""Test hook: kill the process at a named point of a write (see tests/crash_harness.py)."""


class StoreCorruptError(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path, self.reason = path, reason
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
        with _gc_paused():
            data = _loads(raw)
            if len(raw) >= _FREEZE_FROM:
                gc.freeze()  # before the collector is back, or its first pass walks all of it
    except orjson.JSONDecodeError as error:
        raise StoreCorruptError(path, f"not valid JSON: {_reason(error)}") from None
    if not isinstance(data, dict):
        raise StoreCorruptError(path, "the top level is not a JSON object")
    return data


def _reason(error: orjson.JSONDecodeError) -> str:
    """orjson's reason, but bad UTF-8 (a file cut inside "ồ") in words a person reads: orjson says "str is not
    valid UTF-8: surrogates not allowed" and puts it at line 1 column 1 wherever the bad byte is."""
    return _BAD_UTF8 if str(error).startswith("str is not valid UTF-8") else str(error)


_BAD_UTF8 = "bytes that are not UTF-8 (perhaps cut inside a character)"
"""The catalog's `jsondetail.utf8` in English, which the browser and the command line translate."""

_FREEZE_FROM = 8 << 20
"""From this size a parsed store is moved out of the cyclic GC's reach (see `_gc_paused`)."""
_CHUNK = 4 << 20
_TABLE_HEAD = re.compile(rb'\{(?:"_store":(\{"1":\{"generation":"[0-9a-f]*"'
                         rb'(?:,"[a-z]+":(?:"[0-9a-f]*"|true|false|[0-9]+))*\}\}),)?"([^"\\]+)":\{')
"""The store's table, after the small `_store` table naming its generation and base (see `store.journal`), if any."""
_RECORD_BOUNDARY = re.compile(rb'\},"\d+":\{')


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Parsing makes millions of containers and no cycles; the cyclic GC would only slow it down.

    At 100,000 records the collector's passes over the new objects cost more
    than the parse itself (about 5 s against 2 s) and, once the data is
    parsed, each full collection still walks it (0.7 s). So parsing runs with
    the collector paused, and a large store is then frozen (`gc.freeze`):
    reference counting still frees it, the collector just stops walking it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _loads(raw: bytes) -> Any:
    """`orjson.loads(raw)`, in pieces of a few MB when the store is laid out as orjson writes it.

    orjson parses a whole document into its own tree before making Python
    objects, which at 100,000 records adds 400 MB to the peak. The store's
    table, `{"surveys":{"1":{...},"2":{...}}}`, is cut between records
    (`},"<doc id>":{` can occur only outside strings) and each piece parsed
    alone. A cut that fell inside a record leaves a piece unbalanced, which
    fails to parse; any failure, or any other layout, parses the whole file
    at once instead, so the result and the errors are those of one `orjson.loads`.
    """
    head = _TABLE_HEAD.match(raw)
    if head is None or len(raw) < 2 * _CHUNK or not raw.endswith(b"}}"):
        return orjson.loads(raw)
    try:
        table: dict[str, Any] = {}
        piece, end = head.end(), len(raw) - 1  # raw[end - 1] closes the table
        while True:
            cut = _RECORD_BOUNDARY.search(raw, piece + _CHUNK, end) if piece + _CHUNK < end else None
            if cut is None:
                table.update(orjson.loads(b"{" + raw[piece:end]))
                meta = {"_store": orjson.loads(head[1])} if head[1] else {}
                return {**meta, head[2].decode(): table}
            table.update(orjson.loads(b"{" + raw[piece:cut.start() + 1] + b"}"))
            piece = cut.start() + 2
    except (orjson.JSONDecodeError, ValueError):
        return orjson.loads(raw)


def write_atomically(path: Path, payload: bytes | Iterable[bytes], *, keep_backup: bool = True) -> None:
    """Replace the store file `path` with `payload` so that a crash leaves the old or the new file.

    `store.atomic.write_file` does the writing (temporary file, fsync, mode
    kept, rename, folder fsync); the store adds its own rules: the previous
    version is kept as `<store>.bak`, a missing folder is a `StoreError`, and
    a store whose permission bits allow no writing is refused (even for root,
    whom the operating system would let replace it). `payload` may be chunks,
    written as they come so a large store is never held twice in memory.
    """
    _refuse_read_only(path)
    if not path.parent.is_dir():
        raise StoreError(f"cannot write {path}: the folder {path.parent} does not exist "
                         "(folders are never created silently)")
    atomic.write_file(path, payload, backup=backup_path(path) if keep_backup else None, step=_crash_point)


class StoreReadOnlyError(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"store {path} is read-only; nothing was written (make it writable to change it)")


def _refuse_read_only(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise StoreReadOnlyError(path)


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
