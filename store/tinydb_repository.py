"""The embedded backend: a `Repository` over one TinyDB file (`store.store.SurveyStore`).

Reads come from the store's in-memory state (the file and its journal,
`store.state`); searches go through the persistent index beside the file
(`store.sqlindex`), rebuilt when the change token moves and updated in place
by this repository's own writes. Writes take the store's file lock for the
whole read-change-write, so `update` can never overwrite a concurrent writer.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from .errors import StoreError
from .file_stamps import journal_path, real_path, stamp
from .query import Filter
from .repository import Adjust, Change, DeleteReport, OnDuplicate, Page, Record, Sort, UpsertReport
from .sqlindex import SqlIndex, index_path_for

if TYPE_CHECKING:
    from .health import HeldRecord
    from .store import SurveyStore


def copy_record(record: Record) -> Record:
    """A deep copy the caller owns (orjson is faster than `copy.deepcopy` for JSON values)."""
    return orjson.loads(orjson.dumps(record))


class TinyDBRepository:
    def __init__(self, path: Path, *, lock_timeout: float = 5.0) -> None:
        self._path = real_path(path)
        self._lock_timeout = lock_timeout
        self._opened: SurveyStore | None = None
        self.index = SqlIndex(index_path_for(self._path), self.change_token, self._records, self._stream)

    @property
    def _store(self) -> SurveyStore:
        """The file store, made when first read or written: a browser shown from a current index needs only the
        file names and stamps (`store.file_stamps`), and the store's code is not loaded before its first rows."""
        if self._opened is None:
            from .store import SurveyStore  # noqa: PLC0415 - see above (#17)

            self._opened = SurveyStore(self._path, lock_timeout=self._lock_timeout)
        return self._opened

    def _records(self) -> list[Record]:
        return self._store.records()

    def _stream(self) -> Iterator[Record]:
        """The store file's records read in bounded memory, for a build of the index."""
        from .sqlindex.source import stream_records  # noqa: PLC0415 - only a build reads them

        return stream_records(self._path)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def location(self) -> str:
        return str(self._path)

    @property
    def read_only(self) -> bool:
        path = self._path
        return not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))

    # -- reading ---------------------------------------------------------
    def count(self) -> int:
        return len(self._store)

    def get(self, record_id: str) -> Record | None:
        record = self._store.get(record_id)
        return None if record is None else copy_record(record)

    def stored_ids(self, record_ids: Iterable[str]) -> set[str]:
        """From the persistent index when it describes the store as it is (its id column: no record parsed, the
        store file not read); else from the store (an index older than another writer's write)."""
        wanted = set(record_ids)
        try:
            held = self.index.held_ids(wanted)
        except sqlite3.Error:  # an index file broken under us: the store still answers, so callers see no SQLite
            held = None
        if held is not None:
            return held
        return {record_id for record_id in wanted if self._store.get(record_id) is not None}

    def records(self) -> Iterator[Record]:
        from .index import newest_first  # noqa: PLC0415 - the in-memory index: a browser opening need not load it

        for record in newest_first(self._store.records()):
            yield copy_record(record)

    def records_to_read(self) -> list[Record]:
        """Every record as the store holds it, not copied and in no order: for a reader that only reads them (the
        repeat-link index, `store.item_links.LinkCache`); copying each is most of the time `records()` takes."""
        return self._store.records()

    def records_near(self, places: Iterable[str], ids: Iterable[str]) -> list[Record] | None:
        """The records at any of these places of today and those of these ids (a superset: `SqlIndex.records_near`)
        from the persistent index, the store file not parsed; None when the index does not describe the store as it
        is: `store.item_links.LinkCache` then reads the store."""
        try:
            return self.index.records_near(places, ids)
        except sqlite3.Error:  # an index file broken under us: the store still answers
            return None

    def search(
        self, query: Filter, *, sort: Sort = "date", offset: int = 0, limit: int | None = None, facets: bool = True,
    ) -> Page:
        return self._current_index().search(query, sort=sort, offset=offset, limit=limit, facets=facets)

    def position(self, query: Filter, record_id: str, *, sort: Sort = "date") -> int | None:
        return self._current_index().position(query, record_id, sort=sort)

    def _current_index(self) -> SqlIndex:
        """The persistent index, built first if the store changed since (the browser builds it in the background
        beforehand, see `tui.loading`)."""
        self.index.ensure()
        return self.index

    # -- writing ---------------------------------------------------------
    def upsert_many(
        self, records: Iterable[Record], *, on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
        adjust: Adjust | None = None,
    ) -> UpsertReport:
        batch = list(records)
        if dry_run:
            return self._store.upsert_many(batch, on_duplicate=on_duplicate, dry_run=True)
        # Under the writers' lock (re-entered by the store's own write): no other writer can land between the
        # token the index is checked against and the one it is moved to.
        with self._store._write_lock():
            before, ids = self.change_token(), set(self._store.current().by_id)
            report = self._store.upsert_many(batch, on_duplicate=on_duplicate, dry_run=False, adjust=adjust)
            written = set(report.added) | set(report.updated)
            stored = [r for r in self._store.records() if r.get("id") in written] if written else []
            self.index.apply(before, self.change_token(), stored, self._renamed(ids, report))
        return report

    def _renamed(self, ids: set[str], report: UpsertReport) -> list[str]:
        """The ids a write took away without deleting: a record taken for the same visit under another id replaces
        the stored one in place (`planning.plan`), and the index must drop the old id, or it keeps a ghost."""
        if not any(rid not in ids for rid in report.updated):
            return []
        return sorted(ids - set(self._store.current().by_id))

    def import_serialized(
        self, incoming: Sequence[tuple[str, tuple]], fetch: Callable[[int], bytes],
        on_duplicate: OnDuplicate = "skip", dry_run: bool = False, progress: Callable[[int, int], None] | None = None,
        adjust: Adjust | None = None,
    ) -> UpsertReport:
        """`SurveyStore.import_serialized` (the streamed import: `surveys import`, the browser's `i`), its records
        put into the index in place as `upsert_many`'s are, so that a browser watching the file (`tui.watching`)
        only counts again rather than building the whole index, each browser once. An import large enough to be
        written as a new store file (`compaction`) leaves the index to one whole build: applying that many
        records row by row would cost more."""
        if dry_run:
            return self._store.import_serialized(incoming, fetch, on_duplicate, True, progress)
        with self._store._write_lock():
            before, ids = self.change_token(), set(self._store.current().by_id)
            report = self._store.import_serialized(incoming, fetch, on_duplicate, False, progress, adjust)
            written = set(report.added) | set(report.updated)
            after = self.change_token()
            if written and before.split("|")[0] == after.split("|")[0] and self.index.indexed_token() == before:
                table = self._store.current()  # the journal line just written: in memory, nothing is parsed
                stored = [table.table[table.by_id[rid]] for rid in written if table.by_id.get(rid) in table.table]
                self.index.apply(before, after, stored, self._renamed(ids, report))
        return report

    def update(self, record_id: str, change: Change) -> Record:
        with self._store._write_lock():
            before = self.change_token()
            stored = self._store.update(record_id, change)
            self.index.apply(before, self.change_token(), [stored], [])
        return stored

    def delete(self, record_ids: Iterable[str], *, dry_run: bool = False) -> DeleteReport:
        if dry_run:
            return self._store.delete(record_ids, dry_run=True)
        with self._store._write_lock():
            before = self.change_token()
            report = self._store.delete(record_ids, dry_run=False)
            if report.deleted:
                self.index.apply(before, self.change_token(), [], report.deleted)
        return report

    def compact(self) -> None:
        """`SurveyStore.compact`, the index re-stamped rather than left to a whole build: the records are the same,
        only the files' identity moved (`surveys compact` had every open browser build the index again)."""
        with self._store._write_lock():
            before = self.change_token()
            self._store.compact()
            self.index.restamp(before, self.change_token())

    def change_token(self) -> str:
        """The store's token (`SurveyStore.change_token`: the store file's and the journal's identity, size and
        time) read from the files themselves, so that asking whether the index is current never parses the store;
        a state loaded from these files has this very token. Two stats: the browser asks it every 2 s to see
        another writer's change (`tui.watching`); any handle on the file gets the same token."""
        try:
            return f"{stamp(self._path)}|{stamp(journal_path(self._path))}"
        except OSError as error:  # a shared drive gone (EIO, ESTALE …): said, not raised as a bare OSError
            from .oserrors import reason  # noqa: PLC0415 - only when it failed

            raise StoreError(f"cannot reach store {self._path}: {reason(error)}") from None

    # -- beyond the protocol: what only a file store has -----------------
    @property
    def store(self) -> SurveyStore:
        """The file store underneath, for the import's streamed path and for `recover`."""
        return self._store

    def held_back(self) -> list[HeldRecord]:
        """Stored records that are not served, each with its problems (`store.health`). When the store file is not
        read yet and `store.checked` remembers that this very file holds none back, none, without parsing it:
        `surveys export` and `list` ask before their search, which the persistent index answers, and the parse was
        most of an export of a few records (2.7 of 5 s at 20,000 visits). The journal never adds one: what it holds
        was validated when written."""
        if self._opened is None and self._none_held():
            return []
        return self._store.held_back()

    def _none_held(self) -> bool:
        from . import checked  # noqa: PLC0415 - a small module, only for the commands that ask

        try:
            return checked.known_held(self._path, stamp(self._path)) == []
        except OSError:  # out of reach: the store's own read says why
            return False

    def close(self) -> None:
        self.index.close()

