"""From the bytes of one input to JSON values, one record at a time, with plain words for what is wrong.

A `.json` file is one document (a record or an array of records); a `.jsonl`
file holds one record a line and is read line by line, so a long file never
sits in memory whole; an input of unknown kind is taken as JSON Lines when its
first non-blank line is a whole object by itself. Files in UTF-16, UTF-32 or
an 8-bit code page are named as such rather than reported as malformed JSON.
"""

from __future__ import annotations

import codecs
from typing import IO, Any, Protocol, cast

import orjson

from .limits import InputTooLarge, ReadLimits, size_words
from .literals import duplicate_keys, key_count, parsed_key_count, vanishing_numbers
from .sources import Source

MAX_LINE = ReadLimits().line
"""Bytes in one JSON Lines line, by default (`ReadLimits.line`)."""


class Sink(Protocol):
    """Where decoded values, failures and progress go: the import's intake."""

    def advance(self, size: int) -> None:
        """`size` more bytes of input have been read."""

    def fail(self, label: str, message: str, line: int | None = None, column: int | None = None) -> None:
        """A line or file that is no record at all."""

    def admit(self, value: Any, label: str, line: int | None, index: int | None) -> None:
        """One decoded value, found at line `line` or array index `index` of `label`."""


def read_records(source: Source, handle: IO[bytes], sink: Sink, limits: ReadLimits | None = None) -> None:
    """Every record of `source`, read from `handle`, into `sink`; past `limits.file_size` bytes, a failure."""
    limits = limits or ReadLimits()
    try:
        bounded = cast(IO[bytes], _Bounded(handle, limits.file_size))  # read, readline and peek: all that is used
        _read_records(source, bounded, sink, limits.line)
    except InputTooLarge:
        endless = " (a device or an endless stream?)" if source.path is None or not source.size else ""
        sink.fail(source.label, f"more than {size_words(limits.file_size)} read{endless}: larger than the limit "
                                "for one input; raise it with --max-file-size")


def _read_records(source: Source, handle: IO[bytes], sink: Sink, max_line: int) -> None:
    head = _peek(handle, 4)
    if problem := _encoding_problem(head):
        sink.fail(source.label, problem)
        return
    if head.startswith(codecs.BOM_UTF8):
        handle.read(len(codecs.BOM_UTF8))
    if source.kind == "jsonl":
        _read_lines(source, handle, sink, 1, [], max_line)
        return
    if source.kind == "json":
        _read_document(source, handle.read(), sink)
        return
    # auto: JSON Lines if the first non-blank line is a whole object by itself, else one JSON document
    skipped: list[bytes] = []
    while True:
        line = handle.readline(max_line + 1)
        if not line or line.strip():
            break
        skipped.append(line)
    try:
        first = orjson.loads(line) if line.strip() and len(line) <= max_line else None
    except orjson.JSONDecodeError:
        first = None
    if isinstance(first, dict):
        _read_lines(source, handle, sink, len(skipped) + 1, [line], max_line)
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
    if problem := _literal_problem(raw, value):
        sink.fail(source.label, problem)
        return
    del raw  # the parsed records are enough: do not hold the file's bytes as well
    if isinstance(value, dict):
        sink.admit(value, source.label, None, None)
    elif isinstance(value, list):
        if not value:
            sink.fail(source.label, "an empty array: no records")
        for index, item in enumerate(value):
            sink.admit(item, source.label, None, index)
            value[index] = None  # let each record go once admitted
    else:
        sink.fail(source.label, f"the top level is {_kind(value)}; expected a record (an object) "
                                "or an array of records")


def _read_lines(source: Source, handle: IO[bytes], sink: Sink, number: int, pending: list[bytes],
                max_line: int) -> None:
    any_line = False
    while True:
        line = pending.pop() if pending else handle.readline(max_line + 1)
        if not line:
            break
        sink.advance(len(line))
        if len(line) > max_line and not line.endswith(b"\n"):
            while (rest := handle.readline(max_line)) and not rest.endswith(b"\n"):
                sink.advance(len(rest))
            sink.advance(len(rest))
            sink.fail(source.label, f"line longer than {size_words(max_line)}, the limit for one line; "
                                    "raise it with --max-line-length", number)
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
                if problem := _literal_problem(stripped, value):
                    sink.fail(source.label, problem, number)
                else:
                    sink.admit(value, source.label, number, None)
        number += 1
    if not any_line:
        sink.fail(source.label, "empty file: no records")


def _literal_problem(raw: bytes | bytearray, value: Any) -> str | None:
    """Repeated keys or vanishing numbers: what the parser accepted but the author did not mean."""
    if isinstance(value, (dict, list)) and key_count(raw) != _kept_keys(value):
        return duplicate_keys(raw)
    return vanishing_numbers(raw)


def _kept_keys(value: dict[str, Any] | list[Any]) -> int:
    # item by item, so a large document is never serialized whole a second time
    if isinstance(value, dict):
        return parsed_key_count(value)
    return sum(parsed_key_count(item) for item in value)


class _Bounded:
    """A binary stream that raises `InputTooLarge` once more than `limit` bytes were read from it."""

    CHUNK = 1024 * 1024

    def __init__(self, handle: IO[bytes], limit: int) -> None:
        self._handle = handle
        self._limit = limit
        self._count = 0

    def _took(self, data: bytes) -> bytes:
        self._count += len(data)
        if self._count > self._limit:
            raise InputTooLarge
        return data

    def peek(self, size: int) -> bytes:
        return _peek(self._handle, size)

    def readline(self, size: int = -1) -> bytes:
        return self._took(self._handle.readline(size))

    def read(self, size: int = -1) -> bytes:
        if size is not None and size >= 0:
            return self._took(self._handle.read(size))
        whole = bytearray()  # in chunks, so that an endless input stops at the limit, not at MemoryError
        while chunk := self._handle.read(self.CHUNK):
            whole += self._took(chunk)
        return whole  # type: ignore[return-value]  # orjson reads a bytearray as it does bytes


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
    if "unexpected end" in message.lower() and _truncated_tail(raw):
        return error.lineno, error.colno, ("the text ends in the middle of a UTF-8 character: "
                                           "the file looks cut short (truncated); copy it again whole")
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
        if error.reason == "unexpected end of data":
            return line, column, (f"the text ends in the middle of a UTF-8 character (byte 0x{byte:02X}): "
                                  "the file looks cut short (truncated); copy it again whole")
        if _cut_sequence(raw, start) or not raw[:start].isascii():
            return line, column, (f"a broken UTF-8 character (byte 0x{byte:02X}) in text that is otherwise UTF-8: "
                                  "part of the file was cut or damaged")
        if b"\x00" in raw:
            return line, column, f"not UTF-8 text (byte 0x{byte:02X}; the file holds NUL bytes: binary data?)"
        return line, column, (
            f"not UTF-8: byte 0x{byte:02X} is not valid here; the file looks encoded as Latin-1 "
            "(ISO-8859-1) or another 8-bit code page such as Windows-1252 or Windows-1258; save it as UTF-8"
        )
    return None, None, "text holds an unpaired surrogate escape (\\ud800-\\udfff), which is not valid Unicode"


def _cut_sequence(raw: bytes, start: int) -> bool:
    """True if the bytes at `start` are the beginning of a UTF-8 character cut short (lead and continuation bytes).

    A lone high byte followed by ASCII is what Latin-1 text looks like; a lead
    byte followed by one or more continuation bytes, too few, is UTF-8 cut.
    """
    lead = raw[start]
    return 0xC2 <= lead <= 0xF4 and start + 1 < len(raw) and 0x80 <= raw[start + 1] <= 0xBF


def _truncated_tail(raw: bytes) -> bool:
    """True if `raw` (white space aside) ends inside a UTF-8 character."""
    tail = bytes(raw).rstrip()[-3:]
    try:
        tail.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.reason == "unexpected end of data"
    return False


def _kind(value: Any) -> str:
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    return "a number"
