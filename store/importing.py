"""Reading records from JSON files, normalizing and validating them: the core of `surveys import`.

An import runs in two passes so that memory stays bounded however long the
input is:

1. `prepare()` streams every input (`.json` read whole, `.jsonl` line by
   line, directories recursively, `-` for standard input), normalizes each
   record, validates it, and writes the valid ones, serialized, to a spool
   file. Only each record's id and visit key stay in memory.
2. `run_import()` hands the ids and keys to `SurveyStore.import_serialized`,
   which plans under the store's lock and streams the spooled records into
   one atomic write.

Normalizing, before validation:

- every string: NFC, runs of white space collapsed to one space, trimmed
  (`folding.normalize_text`); control characters and markup are kept as data;
- every field the schema marks as a date: read with python-dateutil
  (`dates.parse_day`; day first, as Vietnamese writes it) and written as ISO;
  an impossible date such as 31/2/2024 is a problem;
- localities without `province` (or with the province given as a plain name)
  are resolved to today's units through the gazetteer: the name stays as
  written, `province`, `ward`, `level` and `former_province` are filled in;
  a ward-level locality with a province but no `ward` gets its ward when one
  matches;
- topic aliases ("CCHC", "cải cách hành chính") become canonical topic ids,
  duplicates removed; metric aliases become metric ids;
- a missing `schema_version` is taken as 1, the only version there is.

Nothing here imports the UI.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import tempfile
import unicodedata
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

import orjson

from .dates import DateError, parse_day
from .gazetteer import WARD_LEVELS, Resolution, gazetteer
from .identity import visit_key
from .store import DuplicateFound, OnDuplicate, SurveyStore, UpsertReport, ValidationFailed
from .taxonomy import taxonomy
from .validation import Problem, schema, validate

MAX_STRING = 100_000
"""Characters in one string. The longest real summaries are a few thousand; a 10 MB string is an accident."""
MAX_DEPTH = 16
"""Nesting levels in one record. The schema needs 5 (record → recommendations → item → responses → response)."""
MAX_LINE = 64 * 1024 * 1024
"""Bytes in one JSON Lines line."""
STDIN = "-"
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}

Progress = Callable[[str, int, "int | None"], None]
"""progress(phase, done, total): phase "reading" counts bytes, "writing" counts records; total None if unknown."""


# -- problems --------------------------------------------------------------

@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong with the input, located as `FILE:LINE: path: message` or `FILE[index].path: message`."""

    file: str
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None
    index: int | None = None

    def __str__(self) -> str:
        where = printable(self.file)
        if self.index is not None:
            where += f"[{self.index}]"
            return f"{where}.{printable(self.path)}: {self.message}" if self.path else f"{where}: {self.message}"
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        return f"{where}: {printable(self.path)}: {self.message}" if self.path else f"{where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "column": self.column, "index": self.index,
                "path": self.path, "message": self.message, "text": str(self)}


class ImportFailed(ValidationFailed):
    """Some input is invalid; nothing was written. `.lines` holds one printable line per problem."""

    def __init__(self, problems: list[ImportProblem], invalid: int) -> None:
        super().__init__([(p.index or 0, Problem(p.path, p.message)) for p in problems])
        self.import_problems = problems
        self.lines = [str(p) for p in problems]
        self.invalid = invalid
        self.args = (f"{invalid} invalid input(s), {len(problems)} problem(s); nothing was written",)


def printable(text: object) -> str:
    """`text` with control characters shown as escapes, so a file name or field cannot drive the terminal."""
    raw = str(text)
    if raw.isprintable():
        return raw
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in raw)


def _show(value: str) -> str:
    shown = value if len(value) <= 60 else value[:57] + "..."
    return '"' + printable(shown) + '"'


# -- sources ---------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """One input: a file, or standard input (`path` None). `kind` is json, jsonl or auto (decided by content)."""

    label: str
    path: Path | None
    kind: str
    size: int | None = None


def find_sources(paths: Sequence[str | os.PathLike[str]]) -> tuple[list[Source], list[ImportProblem]]:
    """The files named by `paths`, directories searched recursively for .json and .jsonl files.

    Hidden files and directories (names starting with ".") inside a searched
    directory are left out; symbolic links to directories are not followed.
    """
    sources: list[Source] = []
    problems: list[ImportProblem] = []
    for given in paths:
        label = os.fspath(given)
        if label == STDIN:
            sources.append(Source("<stdin>", None, "auto"))
            continue
        path = Path(label).expanduser()
        try:
            status = path.stat()
        except FileNotFoundError:
            problems.append(ImportProblem(label, "no such file or directory"))
            continue
        except OSError as error:
            problems.append(ImportProblem(label, f"cannot be read ({_reason(error)})"))
            continue
        if stat.S_ISDIR(status.st_mode):
            found, trouble = _search_directory(label, path)
            sources += found
            problems += trouble
        else:
            sources.append(Source(label, path, SUFFIXES.get(path.suffix.lower(), "auto"), status.st_size))
    return sources, problems


def _search_directory(label: str, directory: Path) -> tuple[list[Source], list[ImportProblem]]:
    found: list[Source] = []
    problems: list[ImportProblem] = []

    def unreadable(error: OSError) -> None:
        problems.append(ImportProblem(error.filename or label, f"cannot be read ({_reason(error)})"))

    for root, folders, files in os.walk(directory, onerror=unreadable):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            kind = SUFFIXES.get(Path(name).suffix.lower())
            if kind and not name.startswith("."):
                path = Path(root) / name
                shown = os.path.join(label, os.path.relpath(path, directory))
                try:
                    size = path.stat().st_size
                except OSError:
                    size = None
                found.append(Source(shown, path, kind, size))
    if not found and not problems:
        problems.append(ImportProblem(label, "directory holds no .json or .jsonl files"))
    return found, problems


def _reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "it is a directory"
    return error.strerror or str(error)


# -- normalizing -----------------------------------------------------------

class Normalizer:
    """Brings one record to the stored form; reports what cannot be brought there."""

    def __init__(self) -> None:
        self._shape = _Shape.compile(schema(), schema())
        self._dates: dict[str, str | DateError] = {}
        self._resolutions: dict[tuple[str, str | None, str | None], Resolution | None] = {}

    def normalize(self, value: Any) -> tuple[Any, list[Problem]]:
        """The normalized record and the problems normalizing it found (validation not included)."""
        if not isinstance(value, dict):
            return value, []  # validation says what it is instead, without looking inside
        problems = _limits(value)
        if problems:
            return value, problems
        record = self._object(value, self._shape, "", problems)
        if "schema_version" not in record:
            record = {"schema_version": 1, **record}
        self._topics(record)
        self._metrics(record)
        self._localities(record, problems)
        return record, problems

    def check(self, value: Any) -> tuple[Any, list[Problem]]:
        """Normalize, then validate; a problem normalizing a field replaces what validation says about it."""
        record, problems = self.normalize(value)
        if any(p.message.startswith(_LIMIT_MARK) for p in problems):
            return record, problems  # too big or too deep to walk any further
        covered = {p.path for p in problems}
        for problem in validate(record):
            if not any(problem.path == path or problem.path.startswith((path + ".", path + "[")) for path in covered):
                problems.append(problem)
        return record, problems

    # schema-guided walk: every string normalized, date fields read as dates
    def _object(self, value: dict[str, Any], shape: _Shape, path: str, problems: list[Problem]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        prefix = f"{path}." if path else ""
        for name, item in value.items():
            child = shape.properties.get(name, _ANY)
            if type(item) is str:
                out[name] = self._date(item, prefix + name, problems) if child.date else _normalize(item)
            elif not child.walks:
                out[name] = _plain(item)
            else:
                out[name] = self._value(item, child, prefix + name, problems)
        return out

    def _value(self, value: Any, shape: _Shape, path: str, problems: list[Problem]) -> Any:
        if type(value) is dict:
            return self._object(value, shape, path, problems)
        if type(value) is list:
            items = shape.items or _ANY
            if not items.walks:
                return [_normalize(item) if type(item) is str else _plain(item) for item in value]
            return [self._value(item, items, f"{path}[{i}]", problems) for i, item in enumerate(value)]
        if type(value) is str:
            return self._date(value, path, problems) if shape.date else _normalize(value)
        return value

    def _date(self, value: str, path: str, problems: list[Problem]) -> str:
        text = _normalize(value)
        if not text:
            return text
        found = self._dates.get(text)
        if found is None:
            if _ISO_DAY.fullmatch(text):
                try:
                    found = date.fromisoformat(text).isoformat()
                except ValueError:
                    found = None
            if found is None:
                try:
                    found = parse_day(text).isoformat()
                except DateError as error:
                    found = error
            if len(self._dates) < 10_000:
                self._dates[text] = found
        if isinstance(found, DateError):
            problems.append(Problem(path, printable(str(found))))
            return text
        return found

    def _topics(self, record: dict[str, Any]) -> None:
        topics = record.get("topics")
        if isinstance(topics, list):
            mapped = [taxonomy().topic_id(t) or t if isinstance(t, str) and t else t for t in topics]
            seen: list[Any] = []
            for topic in mapped:
                if topic not in seen:
                    seen.append(topic)
            record["topics"] = seen

    def _metrics(self, record: dict[str, Any]) -> None:
        figures = record.get("figures")
        if isinstance(figures, list):
            for figure in figures:
                if isinstance(figure, dict) and isinstance(figure.get("metric"), str):
                    figure["metric"] = taxonomy().metric_id(figure["metric"]) or figure["metric"]

    # localities
    def _localities(self, record: dict[str, Any], problems: list[Problem]) -> None:
        localities = record.get("localities")
        if not isinstance(localities, list):
            return
        unresolved: list[int] = []
        for i, locality in enumerate(localities):
            if isinstance(locality, dict) and not self._locality(locality, None):
                unresolved.append(i)
        known = {loc["province"]["name"] for loc in localities
                 if isinstance(loc, dict) and isinstance(loc.get("province"), dict) and "name" in loc["province"]}
        for i in unresolved:
            locality = localities[i]
            if not any(self._locality(locality, hint) for hint in sorted(known)):
                problems.append(Problem(f"localities[{i}].province", _unresolved(locality)))
        for i, locality in enumerate(localities):
            if isinstance(locality, dict):
                localities[i] = _ordered_locality(locality)

    def _locality(self, locality: dict[str, Any], fallback_hint: str | None) -> bool:
        """Fill in what is missing; False if the province was missing and could not be found."""
        name, level = locality.get("name"), locality.get("level")
        if not isinstance(name, str) or not name:
            return True  # validation reports it
        level = level if isinstance(level, str) and level else None
        province = locality.get("province")
        if isinstance(province, dict):
            if "ward" not in locality and level in WARD_LEVELS and isinstance(province.get("name"), str):
                found = self._resolve(name, level, province["name"])
                if found and found.ward and found.province.code == province.get("code"):
                    locality["ward"] = found.ward.as_dict()
            return True
        if province is not None and not isinstance(province, str):
            return True  # a wrong type: validation reports it
        former = locality.get("former_province") if isinstance(locality.get("former_province"), str) else None
        explicit = province or former or None
        places = gazetteer()
        found = self._resolve(name, level, explicit or fallback_hint)
        if found is None and explicit:
            found = _province_named(explicit, level)
        if found is None:
            return False
        locality.pop("province", None)
        locality["province"] = found.province.as_dict()
        if found.level and not level:
            locality["level"] = found.level
        if "ward" not in locality:
            locality["ward"] = found.ward.as_dict() if found.ward else None
        if "former_province" not in locality:
            old = found.former_province
            if old is None and explicit and (named := places.former_province(explicit)):
                old = places.if_merged(named[0], found.province) if named[1] == found.province.code else None
            if old:
                locality["former_province"] = old
        return True

    def _resolve(self, name: str, level: str | None, hint: str | None) -> Resolution | None:
        key = (name, level, hint)
        if key not in self._resolutions:
            self._resolutions[key] = gazetteer().resolve(name, level, hint)
        return self._resolutions[key]


def _unresolved(locality: dict[str, Any]) -> str:
    message = f"cannot tell which of today's provinces {_show(locality['name'])} is in"
    for key in ("province", "former_province"):
        if isinstance(locality.get(key), str):
            return message + f"; {key} {_show(locality[key])} is no province, old or new"
    return message + '; give "province": {"name", "code"} or "former_province"'


def _province_named(text: str, level: str | None) -> Resolution | None:
    """Today's province for a province name as written, old or new: the unit itself is not known."""
    places = gazetteer()
    if named := places.former_province(text):
        today = places.province(named[1])
        return Resolution(level or "", today, None, places.if_merged(named[0], today))
    if today := places.find_province(text):
        return Resolution(level or "", today)
    return None


_LOCALITY_ORDER = ("name", "level", "former_province", "province", "ward")
_LIMIT_MARK = "input limit: "


def _ordered_locality(locality: dict[str, Any]) -> dict[str, Any]:
    ordered = {key: locality[key] for key in _LOCALITY_ORDER if key in locality}
    ordered.update((key, value) for key, value in locality.items() if key not in ordered)
    return ordered


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _normalize(text: str) -> str:
    """`folding.normalize_text`, computed faster: str.split() splits on exactly the white space `\\s` matches."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _plain(value: Any) -> Any:
    """`value` with every string normalized; no dates below here."""
    kind = type(value)
    if kind is str:
        return _normalize(value)
    if kind is dict:
        return {name: _normalize(item) if type(item) is str else _plain(item) for name, item in value.items()}
    if kind is list:
        return [_normalize(item) if type(item) is str else _plain(item) for item in value]
    return value


@dataclass
class _Shape:
    """What the schema says a value is, as far as normalizing needs: a date, or where dates lie below."""

    date: bool = False
    properties: dict[str, _Shape] = field(default_factory=dict)
    items: _Shape | None = None
    walks: bool = False
    """True if a date lies somewhere below, so the walk must follow the schema (else `_plain` will do)."""

    @classmethod
    def compile(cls, rule: dict[str, Any], root: dict[str, Any]) -> _Shape:
        if "$ref" in rule:
            node: Any = root
            for part in rule["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            rule = node
        if "anyOf" in rule:
            options = [cls.compile(option, root) for option in rule["anyOf"]]
            return next((option for option in options if option.walks), options[0])
        shape = cls(date=rule.get("format") == "date")
        shape.properties = {name: cls.compile(sub, root) for name, sub in rule.get("properties", {}).items()}
        if "items" in rule:
            shape.items = cls.compile(rule["items"], root)
        shape.walks = shape.date or any(p.walks for p in shape.properties.values()) or bool(shape.items and shape.items.walks)
        return shape


_ANY = _Shape()


def _limits(value: dict[str, Any]) -> list[Problem]:
    """Nesting deeper than MAX_DEPTH or strings longer than MAX_STRING in a record, found without recursion."""
    too_deep: list[str] = []
    too_long = False
    stack: list[tuple[Any, int, Any]] = [(value, 1, None)]
    while stack:
        node, depth, top = stack.pop()
        if depth > MAX_DEPTH:
            if top not in too_deep:
                too_deep.append(top)
            continue
        for key, child in (node.items() if type(node) is dict else enumerate(node)):
            kind = type(child)
            if kind is str:
                too_long = too_long or len(child) > MAX_STRING
            elif kind is dict or kind is list:
                stack.append((child, depth + 1, key if top is None else top))
    problems = [Problem(str(top), f"{_LIMIT_MARK}nested more than {MAX_DEPTH} levels deep "
                                                 "(a record needs at most 5)") for top in too_deep]
    if too_long and not too_deep:
        problems += [Problem(path, _LIMIT_MARK + _too_long(text)) for path, text in _long_strings(value, "")]
    return sorted(problems, key=lambda p: p.path)


def _long_strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """(path, text) of every string over the limit; only called when one exists, on a tree known to be shallow enough."""
    items = value.items() if type(value) is dict else enumerate(value)
    for key, child in items:
        child_path = (f"{path}.{key}" if path else str(key)) if type(value) is dict else f"{path}[{key}]"
        if type(child) is str and len(child) > MAX_STRING:
            yield child_path, child
        elif type(child) in (dict, list):
            yield from _long_strings(child, child_path)


def _too_long(text: str) -> str:
    return f"text of {len(text):,} characters is longer than the limit of {MAX_STRING:,}"


# -- reading ---------------------------------------------------------------

@dataclass
class Prepared:
    """Pass one of an import: every input read, normalized and validated; valid records spooled."""

    sources: list[Source] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    read: int = 0
    """Inputs seen: records, plus lines or files that could not be read as records."""
    invalid: int = 0
    incoming: list[tuple[str, tuple]] = field(default_factory=list)
    """(id, visit key) of each valid record, in input order, as spooled."""
    input_skipped: list[tuple[str, str]] = field(default_factory=list)
    """(id, reason) of valid records that repeat a visit seen earlier in the same import."""
    locations: dict[str, str] = field(default_factory=dict)
    """Where each id was read: `FILE:LINE`, `FILE[index]` or `FILE`."""
    _spool: IO[bytes] = field(default_factory=lambda: tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024))
    _offsets: array = field(default_factory=lambda: array("q", [0]))
    _visits: dict[tuple, str] = field(default_factory=dict)

    def fetch(self, position: int) -> bytes:
        """The spooled JSON of valid record `position`."""
        start, end = self._offsets[position], self._offsets[position + 1]
        self._spool.seek(start)
        return self._spool.read(end - start)

    def records(self) -> Iterator[dict[str, Any]]:
        """The normalized valid records, read back from the spool (for tests and previews)."""
        for position in range(len(self.incoming)):
            yield orjson.loads(self.fetch(position))

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spool_record(self, record: dict[str, Any], key: tuple) -> None:
        self._spool.seek(0, os.SEEK_END)
        self._spool.write(orjson.dumps(record))
        self._offsets.append(self._spool.tell())
        self.incoming.append((record["id"], key))


def prepare(
    paths: Sequence[str | os.PathLike[str]], stdin: IO[bytes] | None = None, progress: Progress | None = None,
) -> Prepared:
    """Read, normalize and validate every input named by `paths`; nothing touches the store."""
    sources, problems = find_sources(paths)
    reader = _Reader(Prepared(sources=sources, problems=problems), stdin, progress)
    reader.read_all()
    return reader.prepared


class _Reader:
    def __init__(self, prepared: Prepared, stdin: IO[bytes] | None, progress: Progress | None) -> None:
        self.prepared = prepared
        self.stdin = stdin
        self.progress = progress
        self.normalizer = Normalizer()
        self.total = sum(s.size or 0 for s in prepared.sources) or None
        self.done = 0
        self.seen: dict[str, str] = {}

    def read_all(self) -> None:
        prepared = self.prepared
        prepared.invalid += len(prepared.problems)
        prepared.read += len(prepared.problems)
        for source in prepared.sources:
            try:
                with self._open(source) as handle:
                    self._read_source(source, handle)
            except OSError as error:
                self._fail_source(source, f"cannot be read ({_reason(error)})")
        if self.progress:
            self.progress("reading", self.total or self.done, self.total or self.done)

    def _open(self, source: Source) -> IO[bytes]:
        if source.path is None:
            stream = self.stdin if self.stdin is not None else sys.stdin.buffer
            return _Unclosed(stream)  # type: ignore[return-value]
        return open(source.path, "rb")  # noqa: SIM115 - closed by the caller's with

    def _fail_source(self, source: Source, message: str, line: int | None = None, column: int | None = None) -> None:
        self.prepared.problems.append(ImportProblem(source.label, message, line=line, column=column))
        self.prepared.invalid += 1
        self.prepared.read += 1

    def _advance(self, size: int) -> None:
        self.done += size
        if self.progress:
            self.progress("reading", self.done, self.total)

    # formats
    def _read_source(self, source: Source, handle: IO[bytes]) -> None:
        head = _peek(handle, 4)
        if problem := _encoding_problem(head):
            self._fail_source(source, problem)
            return
        if head.startswith(codecs.BOM_UTF8):
            handle.read(len(codecs.BOM_UTF8))
        if source.kind == "jsonl":
            self._read_lines(source, handle, 1, [])
            return
        if source.kind == "json":
            self._read_document(source, handle.read())
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
            self._read_lines(source, handle, len(skipped) + 1, [line])
        else:
            self._read_document(source, b"".join(skipped) + line + handle.read())

    def _read_document(self, source: Source, raw: bytes) -> None:
        self._advance(len(raw))
        if not raw.strip():
            self._fail_source(source, "empty file: no records")
            return
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            line, column, message = _json_error(raw, error)
            self._fail_source(source, message, line, column)
            return
        del raw
        if isinstance(value, dict):
            self._admit(value, source.label, None, None)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self._admit(item, source.label, None, index)
                value[index] = None
        else:
            self._fail_source(source, f"the top level is {_kind(value)}; expected a record (an object) "
                                      "or an array of records")

    def _read_lines(self, source: Source, handle: IO[bytes], number: int, pending: list[bytes]) -> None:
        any_line = False
        while True:
            line = pending.pop() if pending else handle.readline(MAX_LINE + 1)
            if not line:
                break
            self._advance(len(line))
            if len(line) > MAX_LINE and not line.endswith(b"\n"):
                while (rest := handle.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                    self._advance(len(rest))
                self._advance(len(rest))
                self._fail_source(source, f"line longer than {MAX_LINE // (1024 * 1024)} MiB", number)
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
                    self._fail_source(source, message, number, None if column is None else column + indent)
                else:
                    self._admit(value, source.label, number, None)
            number += 1
        if not any_line:
            self._fail_source(source, "empty file: no records")

    # one record
    def _admit(self, value: Any, label: str, line: int | None, index: int | None) -> None:
        prepared = self.prepared
        prepared.read += 1
        where = f"{printable(label)}:{line}" if line is not None else f"{printable(label)}[{index}]" if index is not None \
            else printable(label)
        record, problems = self.normalizer.check(value)
        record_id = record.get("id") if isinstance(record, dict) else None
        if isinstance(record_id, str) and record_id:
            if record_id in self.seen:
                problems.append(Problem("id", f"duplicate id {_show(record_id)}: also at {self.seen[record_id]}"))
            else:
                self.seen[record_id] = where
        if problems:
            prepared.invalid += 1
            prepared.problems.extend(
                ImportProblem(label, p.message.removeprefix(_LIMIT_MARK), p.path, line=line, index=index)
                for p in problems
            )
            return
        prepared.locations[record_id] = where
        key = visit_key(record)
        if key in prepared._visits:
            earlier = prepared._visits[key]
            prepared.input_skipped.append(
                (record_id, f"probable duplicate of {earlier}, earlier in this import (same date, localities and body)"))
            return
        prepared._visits[key] = record_id
        prepared._spool_record(record, key)


class _Unclosed:
    """Standard input for a `with` block that must not close it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def __enter__(self) -> IO[bytes]:
        return self._stream  # type: ignore[return-value]

    def __exit__(self, *exc: object) -> None:
        pass


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


# -- importing -------------------------------------------------------------

@dataclass
class ImportResult:
    """What an import did, or would do in a dry run."""

    store: Path
    report: UpsertReport
    prepared: Prepared
    dry_run: bool
    written: bool

    @property
    def problems(self) -> list[ImportProblem]:
        return self.prepared.problems

    def counts(self) -> dict[str, int]:
        return {"read": self.prepared.read, "added": len(self.report.added), "updated": len(self.report.updated),
                "skipped": len(self.report.skipped), "invalid": self.prepared.invalid}

    def as_dict(self) -> dict[str, Any]:
        where = self.prepared.locations
        return {
            "store": str(self.store), "dry_run": self.dry_run, "written": self.written,
            "counts": self.counts(),
            "added": self.report.added, "updated": self.report.updated,
            "skipped": [{"id": rid, "reason": reason, "source": where.get(rid)} for rid, reason in self.report.skipped],
            "problems": [p.as_dict() for p in self.problems],
        }


def run_import(
    store: SurveyStore, prepared: Prepared, on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Pass two: plan against the store and, unless `dry_run` or anything is invalid, write once.

    With problems, a dry run still plans the valid records (to show what
    would happen once they are fixed); a real run raises `ImportFailed`.
    Duplicates with `on_duplicate="fail"` raise `DuplicateFound`.
    """
    if prepared.problems and not dry_run:
        raise ImportFailed(prepared.problems, prepared.invalid)
    write_progress = (lambda done, total: progress("writing", done, total)) if progress else None
    if prepared.input_skipped and on_duplicate == "fail":
        report = store.import_serialized(prepared.incoming, prepared.fetch, "skip", dry_run=True)
        report.skipped += prepared.input_skipped
        raise DuplicateFound(report)
    report = store.import_serialized(prepared.incoming, prepared.fetch, on_duplicate, dry_run, write_progress)
    report.skipped += prepared.input_skipped
    written = not dry_run and bool(report.added or report.updated)
    return ImportResult(store.path, report, prepared, dry_run, written)


def import_paths(
    store: SurveyStore, paths: Sequence[str | os.PathLike[str]], on_duplicate: OnDuplicate = "skip",
    dry_run: bool = False, stdin: IO[bytes] | None = None, progress: Progress | None = None,
) -> ImportResult:
    """Both passes: read `paths` and import them into `store`; raises `ImportFailed` if anything is invalid."""
    with prepare(paths, stdin, progress) as prepared:
        return run_import(store, prepared, on_duplicate, dry_run, progress)
