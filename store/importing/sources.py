"""Which files an import reads: the paths given, with directories searched for JSON and JSON Lines.

Kept apart from reading so that every input is known, and its size summed for
progress, before the first byte is read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .limits import ReadLimits, size_words
from .problems import ImportProblem, os_reason

STDIN = "-"
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
TABLES = frozenset({".csv", ".tsv", ".xlsx", ".xls", ".ods"})
"""A spreadsheet's suffixes: `surveys export` writes CSV to read, not to import back (its cells are summaries)."""
NOT_RECORDS = "is a table (.csv, .tsv, .xlsx), not records; import the .json or .jsonl that `surveys export` writes"


NO_RECORDS_IN_FOLDER = "directory holds no .json or .jsonl files"
"""A folder with nothing to import; the browser's dialog, which also reads articles there, says it its own way."""


@dataclass(frozen=True)
class Source:
    """One input: a file, or standard input (`path` None). `kind` is json, jsonl or auto (decided by content)."""

    label: str
    path: Path | None
    kind: str
    size: int | None = None


def find_sources(
    paths: Sequence[str | os.PathLike[str]], limits: ReadLimits | None = None,
) -> tuple[list[Source], list[ImportProblem]]:
    """The files named by `paths`, directories searched for .json and .jsonl files.

    Hidden files and directories (names starting with ".") inside a searched
    directory are left out; symbolic links to directories are not followed.
    A device is never read (`/dev/zero` never ends); from a directory only
    regular files are read (a named pipe there would block forever). A file
    larger than `limits.file_size` is refused before a byte is read.
    """
    limits = limits or ReadLimits()
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
            problems.append(ImportProblem(label, f"cannot be read ({os_reason(error)})"))
            continue
        if stat.S_ISDIR(status.st_mode):
            found, trouble = _search_directory(label, path, limits)
            sources += found
            problems += trouble
        elif problem := _refusal(status, limits, in_folder=False):
            problems.append(ImportProblem(label, problem))
        elif path.suffix.lower() in TABLES:  # read as JSON it was "unexpected character" at 1:1
            problems.append(ImportProblem(label, NOT_RECORDS))
        else:
            sources.append(Source(label, path, SUFFIXES.get(path.suffix.lower(), "auto"), status.st_size))
    return sources, problems


def _refusal(status: os.stat_result, limits: ReadLimits, in_folder: bool) -> str | None:
    """Why a file is not read, or None: a device, a pipe or socket in a folder, or a file over the size limit."""
    mode = status.st_mode
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file; only files (or - for standard input) are read"
    if not stat.S_ISREG(mode) and (in_folder or stat.S_ISSOCK(mode)):
        kind = "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "not a file"
        return (f"is {kind}, not a regular file; only regular files are read from a folder" if in_folder
                else f"is {kind}, not a file")
    if stat.S_ISREG(mode) and status.st_size > limits.file_size:
        return (f"is {size_words(status.st_size)}, larger than the limit of {size_words(limits.file_size)} "
                "for one input; split it, or raise the limit with --max-file-size")
    return None


def _search_directory(label: str, directory: Path, limits: ReadLimits) -> tuple[list[Source], list[ImportProblem]]:
    """Depth first, in name order, without recursion: a tree thousands of levels deep is only slow."""
    found: list[Source] = []
    problems: list[ImportProblem] = []
    pending = [directory]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(ImportProblem(_shown(label, directory, folder), f"cannot be read ({os_reason(error)})"))
            continue
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
                    continue
                kind = SUFFIXES.get(Path(entry.name).suffix.lower())
                if not kind:
                    continue
                status = entry.stat()  # a link to a file is read; a link to a device or pipe is refused below
            except OSError as error:
                problems.append(
                    ImportProblem(_shown(label, directory, entry.path), f"cannot be read ({os_reason(error)})")
                )
                continue
            if stat.S_ISDIR(status.st_mode):
                continue  # a link to a directory: not followed, as a folder may link back to itself
            shown = _shown(label, directory, entry.path)
            if problem := _refusal(status, limits, in_folder=True):
                problems.append(ImportProblem(shown, problem))
            else:
                found.append(Source(shown, Path(entry.path), kind, status.st_size))
        pending.extend(reversed(folders))
    if not found and not problems:
        problems.append(ImportProblem(label, NO_RECORDS_IN_FOLDER))
    return found, problems


def _shown(label: str, directory: Path, path: str | os.PathLike[str]) -> str:
    relative = os.path.relpath(path, directory)
    return label if relative == "." else os.path.join(label, relative)
