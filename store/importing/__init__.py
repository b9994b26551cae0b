"""Reading records from JSON files, normalizing and validating them: the core of `surveys import`.

An import runs in two passes so that memory stays bounded however long the
input is:

1. `prepare()` streams every input (`.json` read whole, `.jsonl` line by
   line, directories recursively, `-` for standard input), normalizes each
   record, validates it, and writes the valid ones, serialized, to a spool
   file. Only each record's id and visit key stay in memory.
2. `run_import()` hands the ids and keys to the repository: a store file
   (`SurveyStore.import_serialized`, through `TinyDBRepository`, which keeps
   the index beside it) plans under its lock and writes the spooled records
   in one transaction, fetching each from the spool; any
   other backend gets them through `Repository.upsert_many`, which is all or
   nothing too.

The pieces, one a module: `sources` (which files), `decoding` (bytes to JSON
values), `limits` and `normalizing` with `localities` (a value to the stored
form), `prepared` (the spool), `problems` (what is wrong, said plainly).
Nothing here imports the UI.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from ..repository import Adjust, Repository
from ..store import DuplicateFound, OnDuplicate, SurveyStore, UpsertReport
from .decoding import MAX_LINE, read_records
from .history import history_adjust
from .limits import MAX_DEPTH, MAX_STRING, ReadLimits, TooManyProblems
from .normalizing import Normalizer
from .normalizing import _normalize as _normalize  # the fast string rule, compared with folding's in the tests
from .prepared import Intake, Prepared, Progress, stored_repeats
from .problems import ImportFailed, ImportProblem, os_reason, printable
from .sources import STDIN, SUFFIXES, Source, find_sources

__all__ = [
    "MAX_DEPTH", "MAX_LINE", "MAX_STRING", "STDIN", "SUFFIXES", "ImportFailed", "ImportProblem", "ImportResult",
    "Normalizer", "Prepared", "Progress", "ReadLimits", "Source", "find_sources", "import_paths", "import_into",
    "prepare", "prepare_documents", "printable", "run_import",
]

Target = SurveyStore | Repository
"""Where an import goes: any repository; a store file's gets the streamed path."""


def prepare(
    paths: Sequence[str | os.PathLike[str]], stdin: IO[bytes] | None = None, progress: Progress | None = None,
    limits: ReadLimits | None = None,
) -> Prepared:
    """Read, normalize and validate every input named by `paths`; nothing touches the store.

    Reading stops after `limits.problems` problems, saying so.
    """
    limits = limits or ReadLimits()
    sources, problems = find_sources(paths, limits)
    intake = Intake(Prepared(sources=sources, problems=problems), progress, limits.problems)
    try:
        intake.check_count()
        for source in sources:
            try:
                with _open(source, stdin) as handle:
                    read_records(source, handle, intake, limits)
            except OSError as error:
                intake.fail(source.label, f"cannot be read ({os_reason(error)})")
    except TooManyProblems:
        pass  # the intake has said where it stopped
    intake.finish()
    return intake.prepared


def prepare_documents(documents: Sequence[tuple[str, bytes]]) -> Prepared:
    """Pass one over JSON documents held in memory, each read as a .json file named by its label would be.

    For records made in the program (drafts reviewed in the browser): they are
    normalized, validated and reported under their label like any file's.
    """
    sources = [Source(label, None, "json", len(raw)) for label, raw in documents]
    intake = Intake(Prepared(sources=sources), None)
    for source, (_, raw) in zip(sources, documents, strict=True):
        read_records(source, io.BytesIO(raw), intake)
    intake.finish()
    return intake.prepared


def _open(source: Source, stdin: IO[bytes] | None) -> IO[bytes]:
    # `open` is looked up here, in this package, so that a test can refuse a file even to root
    if source.path is None:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None or getattr(stream, "closed", False):  # `surveys import - <&-`: no standard input at all
            raise OSError("standard input is closed")
        return _Unclosed(stream)  # type: ignore[return-value]
    return open(source.path, "rb")  # closed by the caller's with


class _Unclosed:
    """Standard input for a `with` block that must not close it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def __enter__(self) -> IO[bytes]:
        return self._stream

    def __exit__(self, *exc: object) -> None:
        pass


@dataclass
class ImportResult:
    """What an import did, or would do in a dry run."""

    store: Path | str
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
    target: Target, prepared: Prepared, on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
    progress: Progress | None = None, named: str | None = None,
) -> ImportResult:
    """Pass two: plan against the store and, unless `dry_run` or anything is invalid, write once.

    A record written over a stored one of its id (`update`, `newer`) leaves the history of the items whose status,
    deadline or addressee it changes (`importing.history`), under the writer's name (`named`: the user's settings'),
    worked out by the write from the stored record it replaces, read under its lock.

    With problems, a dry run still plans the valid records (to show what
    would happen once they are fixed); a real run raises `ImportFailed`.
    Duplicates with `on_duplicate="fail"` raise `DuplicateFound`.
    """
    if prepared.problems and not dry_run:
        raise ImportFailed(prepared.problems, prepared.invalid)
    write_progress = (lambda done, total: progress("writing", done, total)) if progress else None
    adjust = history_adjust(target, named) if on_duplicate in ("update", "newer") and not dry_run else None
    write = _writer(target, prepared.incoming, prepared.fetch, adjust)
    if prepared.input_skipped and on_duplicate == "fail":
        report = write("skip", True, None)
        report.skipped += stored_repeats(prepared, report)
        raise DuplicateFound(report)
    report = write(on_duplicate, dry_run, write_progress)
    report.skipped += stored_repeats(prepared, report)
    written = not dry_run and bool(report.added or report.updated)
    where = target.path if isinstance(target, SurveyStore) else _location(target)
    return ImportResult(where, report, prepared, dry_run, written)


def _file_store(target: Target) -> SurveyStore | None:
    if isinstance(target, SurveyStore):
        return target
    store = getattr(target, "store", None)
    return store if isinstance(store, SurveyStore) else None


def _location(target: Repository) -> Path | str:
    store = _file_store(target)
    return store.path if store is not None else target.location


WriteProgress = Callable[[int, int], None]
Writer = Callable[[OnDuplicate, bool, WriteProgress | None], UpsertReport]


def _writer(target: Target, incoming: list[tuple[str, tuple]], fetch: Callable[[int], bytes],
            adjust: Adjust | None = None) -> Writer:
    """(on_duplicate, dry_run, progress) → report, by the store file's streamed path or the protocol's upsert;
    `adjust` given to a write (not to a dry run)."""
    store = _file_store(target)
    if store is not None:  # through the repository when given one: it keeps the index beside the file too
        kept = getattr(target, "import_serialized", None)
        streamed = kept if callable(kept) else store.import_serialized
        return lambda how, dry, progress: streamed(incoming, fetch, how, dry, progress,
                                                   adjust=None if dry else adjust)

    def upsert(how: OnDuplicate, dry: bool, progress: WriteProgress | None) -> UpsertReport:
        records = (orjson.loads(fetch(i)) for i in range(len(incoming)))
        return target.upsert_many(records, on_duplicate=how, dry_run=dry, adjust=None if dry else adjust)
    return upsert


def import_paths(
    store: Target, paths: Sequence[str | os.PathLike[str]], on_duplicate: OnDuplicate = "skip",
    dry_run: bool = False, stdin: IO[bytes] | None = None, progress: Progress | None = None,
    limits: ReadLimits | None = None, named: str | None = None,
) -> ImportResult:
    """Both passes: read `paths` and import them into `store`; raises `ImportFailed` if anything is invalid."""
    with prepare(paths, stdin, progress, limits) as prepared:
        return run_import(store, prepared, on_duplicate, dry_run, progress, named)


import_into = import_paths
"""`import_paths` under the name the repository's callers use."""
