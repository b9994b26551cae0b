"""The journal: every write since the last compaction, one checksummed line each, beside the store file.

Rewriting a 200 MB store for one follow-up edit costs seconds and hundreds
of megabytes; appending the changed record costs a few kilobytes. So a
write appends one line to `<store>.journal`, fsyncs it, and is done; the
store file is rewritten only by compaction (`store.compaction`).

Layout: UTF-8 lines `<crc32, 8 hex digits> <JSON>\\n`. The first line is
`{"generation": G}`: the journal applies only to the store file whose
generation is G (a journal left behind by a compaction that was killed
before it could move the journal away names the old generation and is
ignored, its changes being in the new file already). After a compaction the
header also names the file's base (`Base`: `"from"`, `"plain"`, `"folded"`),
so that `surveys recover` can rebuild that file from `.bak` and
`.journal.bak` when it is damaged, and replay this journal on top; a header
without them (an older version's) is never replayed over `.bak`. Every other line is one
whole write (a transaction): `{"at": time, "put": {doc id: record},
"del": {doc id: the record deleted}}`. A line is applied whole or not at all.

A kill can only cut the last line short (appends are serialized by the
store's lock); such a torn tail fails its checksum, is ignored on reading
and cut off by the next writer before it appends. A bad line followed by
good ones is damage, never a kill: it is reported, never skipped.
"""

from __future__ import annotations

import os
import signal
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from . import sentence_tables
from .file_stamps import journal_path as journal_path  # here since before it moved: callers import it from here
from .storage import CRASH_ENV, StoreError


class JournalCorrupt(StoreError):
    def __init__(self, path: Path, line: int) -> None:
        self.path, self.line = path, line
        super().__init__(f"journal {path} is damaged at line {line} (a bad line is followed by good ones); "
                         f"it was left untouched; run `surveys --db {str(path)[:-len('.journal')]} recover`")


def encode(entry: dict[str, Any]) -> bytes:
    """One line; its records' sentences stored once each (`store.sentence_tables`)."""
    body = orjson.dumps(sentence_tables.pack_entry(entry))
    return b"%08x " % zlib.crc32(body) + body + b"\n"


def _decode(line: bytes) -> dict[str, Any] | None:
    """The entry on a line (with its newline), or None when the line is torn or damaged."""
    if len(line) < 11 or not line.endswith(b"\n") or line[8:9] != b" ":
        return None
    body = line[9:-1]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return None
        entry = orjson.loads(body)
    except (ValueError, orjson.JSONDecodeError):
        return None
    return sentence_tables.unpack_entry(entry) if isinstance(entry, dict) else None  # either form: an older line too


@dataclass(frozen=True)
class Base:
    """What a store file written by a compaction was made from, named in its `_store` table and its journal's header.

    `generation` is the previous store file's (the one kept as `.bak`);
    `plain` says the new file is exactly that file with the first `folded`
    bytes of its journal applied (the journal kept as `.journal.bak`; 0: none
    applied). Since session 36 every compaction is plain, a large import streamed into the file
    (`compaction.compact_with`) too, its write going into the journal first; a store file written by session 35's
    streamed import names `plain: false` and is not rebuilt.
    """

    generation: str
    plain: bool
    folded: int

    def fields(self) -> dict[str, Any]:
        return {"from": self.generation, "plain": self.plain, "folded": self.folded}

    @classmethod
    def named_in(cls, header: dict[str, Any]) -> Base | None:
        """The base a header (or a store file's `_store` row) names; None when it names none (an older version's)."""
        generation, plain, folded = header.get("from"), header.get("plain"), header.get("folded")
        if not isinstance(generation, str) or not isinstance(plain, bool) or type(folded) is not int:
            return None
        return cls(generation, plain, folded)


@dataclass
class JournalRead:
    generation: str | None
    """The header's generation, None when the file holds no whole header line."""
    base: Base | None = None
    """The base the header names (see `Base`), None when it names none."""
    entries: list[dict[str, Any]] = field(default_factory=list)
    end: int = 0
    """Where the last whole line ends: a writer appends there, cutting any torn tail."""


def read(path: Path, start: int = 0) -> JournalRead | None:
    """The journal's whole lines from byte `start` (0: from the header); None when there is no journal."""
    try:
        raw = path.read_bytes() if start == 0 else _read_from(path, start)
    except FileNotFoundError:
        return None
    result = JournalRead(None, end=start)
    lines = list(_lines(raw))
    for number, (offset, line) in enumerate(lines):
        entry = _decode(line)
        if entry is None:
            if number < len(lines) - 1:
                raise JournalCorrupt(path, _line_number(raw, offset) if start == 0 else -1)
            break  # a torn tail: the write it belonged to never finished
        if start == 0 and number == 0:
            result.generation = str(entry.get("generation", ""))
            result.base = Base.named_in(entry)
        else:
            result.entries.append(entry)
        result.end = start + offset + len(line)
    return result


def _read_from(path: Path, start: int) -> bytes:
    with path.open("rb") as handle:
        handle.seek(start)
        return handle.read()


def _lines(raw: bytes) -> Iterator[tuple[int, bytes]]:
    offset = 0
    while offset < len(raw):
        cut = raw.find(b"\n", offset)
        end = len(raw) if cut < 0 else cut + 1
        yield offset, raw[offset:end]
        offset = end


def _line_number(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def start(path: Path, generation: str, entry: dict[str, Any] | None, base: Base | None = None) -> int:
    """A new journal for `generation` (made from `base`) holding `entry` if any, made whole before it replaces any
    old one; returns its size."""
    from .storage import write_atomically  # noqa: PLC0415

    header = {"generation": generation, **(base.fields() if base else {})}
    payload = encode(header) + (encode(entry) if entry is not None else b"")
    write_atomically(path, payload, keep_backup=False)
    return len(payload)


def append(path: Path, end: int, entry: dict[str, Any]) -> None:
    """Add `entry` after the whole lines (ending at `end`), cutting off a torn tail first; fsynced."""
    line = encode(entry)
    descriptor = os.open(path, os.O_WRONLY)
    try:
        if os.fstat(descriptor).st_size != end:
            os.ftruncate(descriptor, end)
        os.lseek(descriptor, end, os.SEEK_SET)
        if os.environ.get(CRASH_ENV) == "mid-journal-append":
            os.write(descriptor, line[: len(line) // 2])
            os.kill(os.getpid(), signal.SIGKILL)
        _write_all(descriptor, line)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    if os.environ.get(CRASH_ENV) == "after-journal-append":
        os.kill(os.getpid(), signal.SIGKILL)


def append_pieces(path: Path, end: int, body: Iterable[bytes]) -> int:
    """Like `append`, for an entry too large to hold whole (a streamed import): its JSON `body` is written piece by
    piece and its checksum last, over a placeholder, so that until then the line reads as torn; returns the end."""
    descriptor = os.open(path, os.O_WRONLY)
    try:
        if os.fstat(descriptor).st_size != end:
            os.ftruncate(descriptor, end)
        os.lseek(descriptor, end, os.SEEK_SET)
        _write_all(descriptor, b"00000000 ")
        checksum, size = 0, 9
        for piece in body:
            checksum = zlib.crc32(piece, checksum)
            _write_all(descriptor, piece)
            size += len(piece)
        if os.environ.get(CRASH_ENV) == "mid-journal-append":
            os.kill(os.getpid(), signal.SIGKILL)
        _write_all(descriptor, b"\n")
        os.pwrite(descriptor, b"%08x" % checksum, end)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    if os.environ.get(CRASH_ENV) == "after-journal-append":
        os.kill(os.getpid(), signal.SIGKILL)
    return end + size + 1


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]
