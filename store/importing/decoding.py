"""From the bytes of one input to JSON values, one record at a time, with plain words for what is wrong.

A `.json` file is one document (a record or an array of records); a `.jsonl`
file holds one record a line and is read line by line, so a long file never
sits in memory whole; an input of unknown kind is taken as JSON Lines when its
first non-blank line is a whole object by itself. Files in UTF-16, UTF-32 or
an 8-bit code page are named as such rather than reported as malformed JSON.
"""

from __future__ import annotations

import codecs
from typing import IO, Any, Protocol

import orjson

from .sources import Source

MAX_LINE = 64 * 1024 * 1024
"""Bytes in one JSON Lines line."""


class Sink(Protocol):
    """Where decoded values, failures and progress go: the import's intake."""

    def advance(self, size: int) -> None:
        """`size` more bytes of input have been read."""

    def fail(self, label: str, message: str, line: int | None = None, column: int | None = None) -> None:
        """A line or file that is no record at all."""

    def admit(self, value: Any, label: str, line: int | None, index: int | None) -> None:
        """One decoded value, found at line `line` or array index `index` of `label`."""


def read_records(source: Source, handle: IO[bytes], sink: Sink) -> None:
    """Every record of `source`, read from `handle`, into `sink`."""
    head = _peek(handle, 4)
    if problem := _encoding_problem(head):
        sink.fail(source.label, problem)
        return
    if head.startswith(codecs.BOM_UTF8):
        handle.read(len(codecs.BOM_UTF8))
    if source.kind == "jsonl":
        _read_lines(source, handle, sink, 1, [])
        return
    if source.kind == "json":
        _read_document(source, handle.read(), sink)
        return
    # auto: JSON Lines if the first non-blank line is a whole object by itself, else one JSON document
    skipped: list[bytes] = []
    while True:
        line = handle.readline(MAX_LINE + 1)
        if not line or line.strip():
            break
        skipped.append(line)
    try:
        first = orjson.loads(line) if line.strip() and len(line) <= MAX_LINE else None
    except orjson.JSONDecodeError:
        first = None
    if isinstance(first, dict):
        _read_lines(source, handle, sink, len(skipped) + 1, [line])
    else:
        _read_document(source, b"".join(skipped) + line + handle.read(), sink)


def _read_document(source: Source, raw: bytes, sink: Sink) -> None:
    sink.advance(len(raw))
    if not raw.strip():
        sink.fail(source.label, "empty file: no records")
        return
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        line, column, message = _json_error(raw, error)
        sink.fail(source.label, message, line, column)
        return
    del raw  # the parsed records are enough: do not hold the file's bytes as well
    if isinstance(value, dict):
        sink.admit(value, source.label, None, None)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            sink.admit(item, source.label, None, index)
            value[index] = None  # let each record go once admitted
    else:
        sink.fail(source.label, f"the top level is {_kind(value)}; expected a record (an object) "
                                "or an array of records")


def _read_lines(source: Source, handle: IO[bytes], sink: Sink, number: int, pending: list[bytes]) -> None:
    any_line = False
    while True:
        line = pending.pop() if pending else handle.readline(MAX_LINE + 1)
        if not line:
            break
        sink.advance(len(line))
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while (rest := handle.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                sink.advance(len(rest))
            sink.advance(len(rest))
            sink.fail(source.label, f"line longer than {MAX_LINE // (1024 * 1024)} MiB", number)
            any_line = True
            number += 1
            continue
        stripped = line.strip()
        if stripped:
            any_line = True
            try:
                value = orjson.loads(stripped)
            except orjson.JSONDecodeError as error:
                _, column, message = _json_error(stripped, error)
                indent = len(line) - len(line.lstrip())
                sink.fail(source.label, message, number, None if column is None else column + indent)
            else:
                sink.admit(value, source.label, number, None)
        number += 1
    if not any_line:
        sink.fail(source.label, "empty file: no records")


def _peek(handle: IO[bytes], size: int) -> bytes:
    """The first bytes of `handle`, left unread."""
    if hasattr(handle, "peek"):
        return handle.peek(size)[:size]
    if handle.seekable():
        position = handle.tell()
        head = handle.read(size)
        handle.seek(position)
        return head
    return b""


def _encoding_problem(head: bytes) -> str | None:
    hint = "; save it as UTF-8 (with or without a byte order mark)"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "the file is encoded as UTF-32, not UTF-8" + hint
    if head.startswith(codecs.BOM_UTF16_LE):
        return "the file is encoded as UTF-16 (little-endian), not UTF-8" + hint
    if head.startswith(codecs.BOM_UTF16_BE):
        return "the file is encoded as UTF-16 (big-endian), not UTF-8" + hint
    if len(head) >= 2 and head[0] and not head[1]:
        return "the file looks encoded as UTF-16 (little-endian, no byte order mark), not UTF-8" + hint
    if len(head) >= 2 and not head[0] and head[1]:
        return "the file looks encoded as UTF-16 (big-endian, no byte order mark), not UTF-8" + hint
    return None


def _json_error(raw: bytes, error: orjson.JSONDecodeError) -> tuple[int | None, int | None, str]:
    """Line, column and a plain message for a JSON parse error."""
    message = error.msg
    if "not valid UTF-8" in message:
        return _utf8_error(raw)
    if "zero-length" in message or "input data is empty" in message:
        return None, None, "empty file: no records"
    if "depth limit" in message:
        return error.lineno, error.colno, "nested too deeply (more than 1,024 levels); a record needs at most 5"
    if "infinity when parsed" in message:
        return error.lineno, error.colno, "number too large (it would be infinite); JSON numbers must be finite"
    text = raw.decode("utf-8", "replace")
    near = text[max(error.pos - 1, 0): error.pos + 9]
    for word in ("-Infinity", "Infinity", "NaN"):
        if word in near:
            return (error.lineno, error.colno,
                    f"{word} is not a JSON number; write a real number, or leave the field out")
    return error.lineno, error.colno, f"malformed JSON: {message}"


def _utf8_error(raw: bytes) -> tuple[int | None, int | None, str]:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        start = error.start
        line = raw.count(b"\n", 0, start) + 1
        line_start = raw.rfind(b"\n", 0, start) + 1
        column = len(raw[line_start:start].decode("utf-8", "replace")) + 1
        byte = raw[start]
        if b"\x00" in raw:
            return line, column, f"not UTF-8 text (byte 0x{byte:02X}; the file holds NUL bytes: binary data?)"
        return line, column, (
            f"not UTF-8: byte 0x{byte:02X} is not valid here; the file looks encoded as Latin-1 "
            "(ISO-8859-1) or another 8-bit code page such as Windows-1252 or Windows-1258; save it as UTF-8"
        )
    return None, None, "text holds an unpaired surrogate escape (\\ud800-\\udfff), which is not valid Unicode"


def _kind(value: Any) -> str:
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    return "a number"
