"""The one interface every store backend offers; the browser and the CLI use nothing else.

A backend (the embedded TinyDB file, a shared PostgreSQL database) is a
`Repository`. Its behaviour is defined by one contract suite
(`tests/contract/`), which every backend passes. Records cross this boundary
as plain values the caller owns: a dict handed out is a copy, so editing it
can never change the store, and a dict handed in is not kept.

Filter semantics belong to `store.query` (the language) and
`store.matching` (what a clause means); a backend may evaluate a filter any
way it likes (an in-memory index, SQL) as long as it returns the records a
`Matcher` would accept, in the order `search` documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from . import catalog
from .errors import StoreError
from .query import Filter
from .validation import Problem

Record = dict[str, Any]
OnDuplicate = Literal["skip", "update", "fail", "newer"]
Sort = Literal["date", "locality", "body"]
Change = Callable[[Record], Record]
"""Given a copy of the stored record, return the record to store in its place."""
Adjust = Callable[[Record, Record], Record]
"""(the record stored under an id, the incoming record of that id) → the record to write in its place, called by an
import's write under its lock (`upsert_many(adjust=…)`): the stored record is the one the write replaces, no other
writer's save can land between (an import's history, `store.importing.history`, session 42)."""


class ValidationFailed(StoreError):
    """Some records are invalid; nothing was written."""

    def __init__(self, problems: list[tuple[int, Problem]]) -> None:
        self.problems = problems
        super().__init__(catalog.text("err.problems", "en", count=len(problems)))


@dataclass
class UpsertReport:
    """What an upsert did, or would do in a dry run."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(id, reason) pairs: the same id, or a probable duplicate of another record."""
    differing: list[tuple[str, int]] = field(default_factory=list)
    """(id, number of top-level fields that differ) for skipped records whose content is not the stored one."""
    older: list[tuple[str, str]] = field(default_factory=list)
    """(id, the stored `updated` stamp) for records taken with `update` although the stored one was changed after
    the incoming copy was (its `updated` stamp is later): an older export written over a newer edit, said, never
    silent (`store.planning.older_than_stored`)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "added": self.added, "updated": self.updated,
            "skipped": [{"id": rid, "reason": reason} for rid, reason in self.skipped],
            "differing": [{"id": rid, "fields": count} for rid, count in self.differing],
            "older": [{"id": rid, "stored_updated": stamp} for rid, stamp in self.older],
        }


class DuplicateFound(StoreError):
    def __init__(self, report: UpsertReport) -> None:
        self.report = report
        reasons = "; ".join(f"{rid}: {reason}" for rid, reason in report.skipped)
        super().__init__(f"duplicates with --on-duplicate fail, nothing was written: {reasons}")


class RecordNotFound(StoreError, KeyError):
    def __init__(self, record_id: str) -> None:
        self.record_id = record_id
        StoreError.__init__(self, f"no visit with id {record_id!r}")

    def __str__(self) -> str:  # KeyError would quote the message
        return StoreError.__str__(self)


class ConflictError(StoreError):
    """Someone else changed what this write was based on; nothing was written."""


class ReadOnlyStore(StoreError):
    """This store (or this database role) may be read but not written."""


class MissingStore(StoreError):
    """No store at the given location; nothing was created."""


@dataclass
class DeleteReport:
    deleted: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Page:
    """One window of a search: `total` matches in all, `records` from `offset` on, facet counts of all matches."""

    total: int
    offset: int
    records: list[Record]
    facets: dict[str, list[tuple[str, int]]]


@runtime_checkable
class Repository(Protocol):
    """A store of survey records. Every method may raise `StoreError` with a message for the user."""

    @property
    def location(self) -> str:
        """Where the store is, fit to print: a path, or a URL with any password removed."""
        ...

    @property
    def read_only(self) -> bool:
        """True when writes will be refused (a read-only file or database role)."""
        ...

    def count(self) -> int:
        """How many records the store holds."""
        ...

    def get(self, record_id: str) -> Record | None:
        """A copy of the record with this id, or None."""
        ...

    def records(self) -> Iterator[Record]:
        """Every record (copies), newest first; for export, copy and index builds."""
        ...

    def stored_ids(self, record_ids: Iterable[str]) -> set[str]:
        """Which of these ids the store holds, without reading the records: the import dialog marks the drafts
        already stored before their review (`get` for each had read a whole file store into memory)."""
        ...

    def search(
        self, query: Filter, *, sort: Sort = "date", offset: int = 0, limit: int | None = None, facets: bool = True,
    ) -> Page:
        """The records `query` matches, sorted (`date`: newest first; others tie-break on that), one page of them.

        Facet counts follow `store.index.facets`: for each facet, the counts of
        its values over the records that match the query without that facet's
        own clauses.
        """
        ...

    def upsert_many(
        self, records: Iterable[Record], *, on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
        adjust: Adjust | None = None,
    ) -> UpsertReport:
        """Add or update records in one transaction: all or nothing (`ValidationFailed`, `DuplicateFound`).
        `adjust`: each incoming record whose id is stored is given to it with the stored one, read under the
        write's lock, and its answer is written instead (not in a dry run)."""
        ...

    def update(self, record_id: str, change: Change) -> Record:
        """Read, change and write one record atomically; returns what was stored.

        `change` gets a copy of the current record and may raise
        `ConflictError` (the part it edits is not what the user saw). A
        concurrent writer is either waited for (lock) or detected (version),
        never overwritten. Raises `RecordNotFound` when there is no such record.
        """
        ...

    def delete(self, record_ids: Iterable[str], *, dry_run: bool = False) -> DeleteReport:
        """Remove records by id in one transaction; unknown ids are reported, not errors."""
        ...

    def change_token(self) -> str:
        """Differs after any write by anyone; equal tokens mean nothing changed since.

        The store's, not the handle's: every handle on the store (another process, another office) reads
        the same token, and sees another's write move it. Cheap enough to ask every few seconds without
        reading any record (the browser's watcher, `tui.watching`: one row of the database, two stats of a
        file store's file and journal); a store out of reach raises `StoreError`.
        """
        ...

    def close(self) -> None:
        ...


@runtime_checkable
class FindsPositions(Protocol):
    """An optional capability: where a record stands in a search's order, without reading the pages before it.

    Both backends have it (the TinyDB store through its persistent index); the browser uses it to keep the
    selected record across a reload when it lies past the first page. Callers test for it with `isinstance`.
    """

    def position(self, query: Filter, record_id: str, *, sort: Sort = "date") -> int | None:
        """The record's place (from 0) in `search(query, sort=sort)`'s records, or None when it does not match."""
        ...


@runtime_checkable
class ReportsHeldBack(Protocol):
    """An optional capability: a backend whose stored records are checked on open says which it holds back.

    The TinyDB file backend has it (`store.health`): a record edited by hand
    into a shape the program cannot read is listed here and served nowhere
    else. Callers test for it with `isinstance(repository, ReportsHeldBack)`.
    """

    def held_back(self) -> list[Any]:
        """`store.health.HeldRecord`s: doc id, record id if any, the problems; `.line()` says it in one line."""
        ...
