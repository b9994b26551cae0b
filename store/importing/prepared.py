"""Pass one's result: the valid records spooled to a temporary file, and the intake that decides what goes there.

Only each record's id and visit key stay in memory, so an import of any size
plans in bounded memory; the records themselves are read back from the spool
one at a time while the store writes them.
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import orjson

from .. import catalog
from ..identity import visit_key
from ..validation import Problem
from .limits import LIMIT_MARK, TooManyProblems
from .normalizing import Normalizer
from .problems import ImportProblem, printable, quoted
from .sources import Source

Progress = Callable[[str, int, "int | None"], None]
"""progress(phase, done, total): phase "reading" counts bytes, "writing" counts records; total None if unknown."""


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
    repeated: dict[str, str] = field(default_factory=dict)
    """Each of `input_skipped`'s ids → the id of the record earlier in the import it repeats (`stored_repeats`)."""
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


class Intake:
    """Takes what `decoding` reads into a `Prepared`: counts, problems, duplicates, the spool; reports progress."""

    def __init__(self, prepared: Prepared, progress: Progress | None, max_problems: int | None = None) -> None:
        self.prepared = prepared
        self.progress = progress
        self.max_problems = max_problems
        self.normalizer = Normalizer()
        self.total = sum(s.size or 0 for s in prepared.sources) or None
        self.done = 0
        self.seen: dict[str, str] = {}
        # every path that could not be searched counts as one invalid input read
        prepared.invalid += len(prepared.problems)
        prepared.read += len(prepared.problems)

    def advance(self, size: int) -> None:
        self.done += size
        if self.progress:
            self.progress("reading", self.done, self.total)

    def finish(self) -> None:
        """Say reading is done, with the total that was read when the sizes were unknown."""
        if self.progress:
            self.progress("reading", self.total or self.done, self.total or self.done)

    def fail(self, label: str, message: str, line: int | None = None, column: int | None = None) -> None:
        self.prepared.problems.append(ImportProblem(label, message, line=line, column=column))
        self.prepared.invalid += 1
        self.prepared.read += 1
        self.check_count(label)

    def check_count(self, label: str = "") -> None:
        """Stop reading (`TooManyProblems`) once `max_problems` are recorded, saying so as the last problem."""
        problems = self.prepared.problems
        if self.max_problems is None or len(problems) < self.max_problems:
            return
        extra = len(problems) - self.max_problems
        del problems[self.max_problems:]
        more = f" ({extra:,} more in the last record)" if extra else ""
        problems.append(ImportProblem(label or (problems[-1].file if problems else "<input>"), (
            f"stopped reading after {self.max_problems:,} problems{more}; fix these first, "
            "or raise the limit with --max-problems")))
        raise TooManyProblems

    def admit(self, value: Any, label: str, line: int | None, index: int | None) -> None:
        """Normalize and check one record; spool it if valid and not a visit already seen in this import."""
        prepared = self.prepared
        prepared.read += 1
        where = (
            f"{printable(label)}:{line}"
            if line is not None
            else f"{printable(label)}[{index}]"
            if index is not None
            else printable(label)
        )
        record, problems = self.normalizer.check(value)
        record_id = record.get("id") if isinstance(record, dict) else None
        if isinstance(record_id, str) and record_id:
            if record_id in self.seen:
                problems.append(Problem("id", catalog.text("err.duplicate_id", "en", value=quoted(record_id),
                                                             where=self.seen[record_id])))
            else:
                self.seen[record_id] = where
        if problems:
            prepared.invalid += 1
            prepared.problems.extend(
                ImportProblem(label, p.message.removeprefix(LIMIT_MARK), p.path, line=line, index=index)
                for p in problems
            )
            self.check_count(label)
            return
        assert isinstance(record_id, str)  # validation passed, so the id is a non-empty string
        prepared.locations[record_id] = where
        key = visit_key(record)
        if key in prepared._visits:
            earlier = prepared._visits[key]
            prepared.input_skipped.append(
                (record_id, f"probable duplicate of {earlier}, earlier in this import (same date, localities and body)")
            )
            prepared.repeated[record_id] = earlier
            return
        prepared._visits[key] = record_id
        prepared._spool_record(record, key)


def stored_repeats(prepared: Prepared, report: Any) -> list[tuple[str, str]]:
    """`prepared.input_skipped` once the store has answered: a repeat of a record the store already holds (that
    record skipped or updated by its id, or skipped as a stored visit's probable duplicate) says so, where "earlier
    in this import" alone hid that the visit was stored before (tryout9, a second import of one file)."""
    why = dict(report.skipped)
    stored = set(report.updated)
    said = []
    for record_id, reason in prepared.input_skipped:
        earlier = prepared.repeated.get(record_id, "")
        if earlier in stored or why.get(earlier) == "same id":
            reason = f"probable duplicate of {earlier}, already in the store (same date, localities and body)"
        elif why.get(earlier, "").startswith("probable duplicate of "):
            reason = why[earlier].split("; ")[0]  # the same stored visit as the record it repeats
        said.append((record_id, reason))
    return said
