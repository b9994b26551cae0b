"""Faults injected into `store.atomic`, the one writer of whole files: a disk that fills, an fsync counted."""

from __future__ import annotations

import errno
import os
import types
from collections.abc import Callable
from typing import Any

import pytest

from store import atomic


class FillingFile:
    """A file on a device that is full once `room` bytes are written."""

    def __init__(self, handle: Any, room: int) -> None:
        self.handle, self.room, self.written = handle, room, 0

    def write(self, data: bytes) -> int:
        self.written += len(data)
        if self.written > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return int(self.handle.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def __enter__(self) -> FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


def patch_os(monkeypatch: pytest.MonkeyPatch, **replaced: Callable[..., Any]) -> None:
    """`store.atomic` sees `os` with these functions replaced, the rest the real ones."""
    fake = types.SimpleNamespace(**{name: getattr(os, name) for name in dir(os) if not name.startswith("__")})
    for name, function in replaced.items():
        setattr(fake, name, function)
    monkeypatch.setattr(atomic, "os", fake)


def full_disk(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    """Temporary files written by `store.atomic` fill the device after `room` bytes."""
    patch_os(monkeypatch, fdopen=lambda descriptor, mode: FillingFile(os.fdopen(descriptor, mode), room))
