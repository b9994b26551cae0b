"""One way to replace a whole file so that a crash leaves the old version or the new one, never half of either.

Every file the program writes whole goes through `write_file`: the store file
and its `.bak`, the `.checked` cache, the browser's settings, exports and
extraction drafts. So each gets the same care:
- the new bytes go to a temporary file beside the target (same folder, same file system), flushed and
  fsynced before `os.replace` swaps it in;
- then the folder is fsynced, so the rename itself is durable. A convenience file (the `.checked` cache,
  the browser's settings) passes `durable=False` and skips both fsyncs: it is still never half
  written, but a power cut may lose its last version, which only costs a full check or the last
  filter, while the settings are saved on the interface's thread after each search (about 14 ms of
  fsyncs on this machine under load);
- the new file keeps the mode of the file it replaces, or gets what `open()` would give a new file
  (0o666 less the umask: 0o644 under the usual umask 022);
- on any failure, the temporary file is removed and the target is left as it was.

Temporary files are named `.<target>.<pid>.<random>.surveys-tmp`: the target's exact name and the writer's
process id can be read back, so `sweep` removes only what a writer of the named targets left behind when it
died (its process is gone, or the file is old). An export written beside a store as `<store>.csv` has a
temporary file of its own target, which the store's sweep never matches. Nothing here knows about records.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

SUFFIX = ".surveys-tmp"
"""The mark of our temporary files; no other program's names end so."""
_NAME = re.compile(r"\.(?P<target>.+)\.(?P<pid>\d+)\.[0-9a-f]{16}" + re.escape(SUFFIX))
STALE_AFTER = 3600.0
"""Seconds after which a temporary file is stale even if a process with its writer's id runs (ids are reused)."""

Payload = bytes | bytearray | memoryview | Iterable[bytes]
Step = Callable[[str], None]
"""Told each named point of a write as it is passed: "after-temp-write", "after-fsync", "after-replace" (tests
kill the process there)."""


def write_file(path: Path, payload: Payload, *, backup: Path | None = None, durable: bool = True,
               step: Step | None = None) -> None:
    """Replace `path` with `payload` (bytes, or an iterable of chunks written as they come).

    With `backup`, the current file (if any) becomes `backup` just before the
    swap, atomically and by a hard link where the file system allows one. A
    chunk iterator that raises leaves the target untouched. Raises OSError
    with a message of its own (no errno, so `store.oserrors` shows it as
    written) when the target is a folder or its folder does not exist: a
    folder is never created here.
    """
    if path.is_dir():
        raise OSError(f"{path} is a directory; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise OSError(f"cannot write {path}: the folder {folder} does not exist")
    temporary, descriptor = _create(path)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            with contextlib.suppress(FileNotFoundError):
                os.fchmod(handle.fileno(), stat.S_IMODE(path.stat().st_mode))  # else the umask already applied
            if isinstance(payload, (bytes, bytearray, memoryview)):
                handle.write(payload)
            else:
                for chunk in payload:
                    handle.write(chunk)
            _step(step, "after-temp-write")
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        _step(step, "after-fsync")
        if backup is not None and path.exists():
            _link_or_copy(path, backup)
        os.replace(temporary, path)
        _step(step, "after-replace")
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    if durable:
        fsync_folder(folder)


def temporary_name(target: Path) -> Path:
    """A fresh temporary name for `target`, in its folder."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(8)}{SUFFIX}")


def temporaries(folder: Path, targets: Iterable[str] | None = None) -> list[Path]:
    """Our temporary files in `folder`, only those of the named targets when `targets` is given."""
    return sorted(path for path, _ in _ours(folder, targets))


def sweep(folder: Path, targets: Iterable[str], *, stale_after: float = STALE_AFTER) -> list[Path]:
    """Remove the temporary files of these targets that a dead writer left behind; returns what went.

    A temporary file is stale when no process with its writer's id runs here,
    or when it is older than `stale_after` seconds. A live writer's file,
    and any file of another target, is left alone.
    """
    removed = []
    now = time.time()
    for leftover, pid in _ours(folder, targets):
        try:
            if now - leftover.stat().st_mtime > stale_after or not _running(pid):
                leftover.unlink()
                removed.append(leftover)
        except FileNotFoundError:
            continue  # its writer finished, or another sweep took it
    return sorted(removed)


def _ours(folder: Path, targets: Iterable[str] | None) -> Iterator[tuple[Path, int]]:
    """(path, writer's process id) of each of our temporary files in `folder` whose target is wanted."""
    wanted = None if targets is None else set(targets)
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return
    for entry in entries:
        match = _NAME.fullmatch(entry.name)
        if match and (wanted is None or match["target"] in wanted):
            yield entry, int(match["pid"])


def fsync_folder(folder: Path) -> None:
    """Make the folder's entries (a rename, a new file) durable; a file system that cannot is let be."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _create(target: Path) -> tuple[Path, int]:
    """A new temporary file for `target`: mode 0o666 less the umask, as `open()` makes (mkstemp's is 0o600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        temporary = temporary_name(target)
        try:
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:  # pragma: no cover - 64 random bits
            continue


def _link_or_copy(path: Path, backup: Path) -> None:
    """`backup` becomes the current `path`, atomically: a hard link where possible, else an fsynced copy."""
    staging = temporary_name(backup)
    try:
        try:
            os.link(path, staging)
        except OSError:
            shutil.copy2(path, staging)
            with open(staging, "rb") as copied:
                os.fsync(copied.fileno())
        os.replace(staging, backup)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staging)
        raise


def _running(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _step(step: Step | None, name: str) -> None:
    if step is not None:
        step(name)
