"""The records of a TinyDB store file, streamed: what a whole index build reads, in bounded memory.

Parsing the store whole (as the repository does to serve it) holds every
record as Python objects at once: 1.3 GB at 100,000 records, about 13 GB at
a million. A build needs each record once, so this reads the file a few
megabytes at a time, cuts the table between records (`},"<doc id>":{`
can occur only outside JSON strings: inside one, a quote is escaped) and
parses each piece alone with orjson. It serves what the repository would:
records the store's check holds back are left out (`store.checked`
remembers them per file; otherwise each record is checked), and the
journal's changes (`store.journal`) are applied. Any other layout, or a
piece that does not parse (a cut that fell inside a record), raises
`Unstreamable`, and the build reads the records through the store instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from .. import checked, journal, sentence_tables
from ..health import usable

CHUNK = 4 << 20
HEAD = re.compile(rb'\{(?:"_store":(\{"1":\{"generation":"[0-9a-f]*"'
                  rb'(?:,"[a-z]+":(?:"[0-9a-f]*"|true|false|[0-9]+))*\}\}),)?"surveys":\{')
"""The store's table, after the small `_store` table naming its generation (and base), as `store.compaction` writes
it."""
BOUNDARY = b'},"'
RECORD_START = re.compile(rb'\},"\d+":\{')


class Unstreamable(Exception):
    """The file is not laid out as this reader expects: read it through the store."""


def stream_records(path: Path) -> Iterator[dict[str, Any]]:
    """Every record the store at `path` serves, one at a time (raises `Unstreamable` part way, at worst)."""
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        head = HEAD.match(handle.read(4096))
        if head is None:
            raise Unstreamable("the file does not start with the store's table")
        handle.seek(max(0, status.st_size - 2))
        if handle.read() != b"}}":
            raise Unstreamable("the store's table is not the file's last")
        generation = str(orjson.loads(head[1])["1"]["generation"]) if head[1] else ""
        stamp = (status.st_ino, status.st_size, status.st_mtime_ns)
        known = checked.known_held(path, stamp)
        held = set(known) if known is not None else None
        changed = _journal_changes(path, generation)
        handle.seek(head.end())
        for doc_id, record in _pieces(handle):
            if doc_id in changed:
                continue
            if held is not None and doc_id in held:
                continue
            if held is None and not usable(record):
                continue
            yield record
        for record in changed.values():
            if record is not None:
                yield record


def _journal_changes(path: Path, generation: str) -> dict[str, dict[str, Any] | None]:
    """Doc id → its record after the journal (None: deleted), as `store.state` replays it."""
    found = journal.read(journal.journal_path(path))
    changes: dict[str, dict[str, Any] | None] = {}
    if found is None or found.generation != generation:
        return changes  # no journal, or one a compaction already folded into this file
    for entry in found.entries:
        for doc_id in entry.get("del", {}):
            changes[doc_id] = None
        for doc_id, record in entry.get("put", {}).items():
            changes.pop(doc_id, None)  # a put moves the record to the end, as the state's table does
            changes[doc_id] = record
    return changes


def _pieces(handle: Any) -> Iterator[tuple[str, Any]]:
    """(doc id, record) pairs of the table, parsed a few megabytes at a time."""
    buffer = b""
    while True:
        more = handle.read(CHUNK)
        buffer += more
        if not more:
            if not buffer.endswith(b"}}"):
                raise Unstreamable("the table does not end the file")
            yield from _parse(b"{" + buffer[:-1])
            return
        cut = _last_boundary(buffer)
        if cut is None:
            continue
        yield from _parse(b"{" + buffer[:cut + 1] + b"}")
        buffer = buffer[cut + 2:]


def _last_boundary(buffer: bytes) -> int | None:
    """Where the last `},"<digits>":{` of `buffer` starts (its `}` closes a record), if any."""
    end = len(buffer)
    while (at := buffer.rfind(BOUNDARY, 0, end)) >= 0:
        if RECORD_START.match(buffer, at):
            return at
        end = at
    return None


def _parse(piece: bytes) -> Iterator[tuple[str, Any]]:
    try:
        table = orjson.loads(piece)
    except orjson.JSONDecodeError as error:
        raise Unstreamable(f"a piece did not parse: {error}") from None
    if not isinstance(table, dict):
        raise Unstreamable("a piece is not an object")
    yield from sentence_tables.unpack_all(table).items()  # as the store serves it: sentences in their entries
