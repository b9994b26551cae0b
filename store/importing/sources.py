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

from .problems import ImportProblem, os_reason

STDIN = "-"
SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


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
            problems.append(ImportProblem(label, f"cannot be read ({os_reason(error)})"))
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
        problems.append(ImportProblem(error.filename or label, f"cannot be read ({os_reason(error)})"))

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
