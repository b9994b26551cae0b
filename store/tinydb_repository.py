"""The embedded backend: a `Repository` over one TinyDB file (`store.store.SurveyStore`).

Reads come from the file (cached by its stamp); searches go through the
persistent index beside it (`store.sqlindex`), rebuilt when the file's change
token moves and updated in place by this repository's own writes. Writes
take the store's file lock for the whole read-change-write, so `update` can
never overwrite a concurrent writer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from .index import newest_first
from .query import Filter
from .repository import (
    Change, DeleteReport, OnDuplicate, Page, Record, RecordNotFound, Sort, UpsertReport, ValidationFailed,
)
from .sqlindex import SqlIndex, index_path_for
from .store import TABLE, SurveyStore, _replace_with
from .validation import validate


def copy_record(record: Record) -> Record:
    """A deep copy the caller owns (orjson is faster than `copy.deepcopy` for JSON values)."""
    return orjson.loads(orjson.dumps(record))


class TinyDBRepository:
    def __init__(self, path: Path, *, lock_timeout: float = 5.0) -> None:
        self._store = SurveyStore(Path(path), lock_timeout=lock_timeout)
        self.index = SqlIndex(index_path_for(self._store.path), self.change_token, self._store.records)

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def location(self) -> str:
        return str(self._store.path)

    @property
    def read_only(self) -> bool:
        path = self._store.path
        return not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))

    # -- reading ---------------------------------------------------------
    def count(self) -> int:
        return len(self._store)

    def get(self, record_id: str) -> Record | None:
        record = self._store.get(record_id)
        return None if record is None else copy_record(record)

    def records(self) -> Iterator[Record]:
        for record in newest_first(self._store.records()):
            yield copy_record(record)

    def search(
        self, query: Filter, *, sort: Sort = "date", offset: int = 0, limit: int | None = None, facets: bool = True,
    ) -> Page:
        return self._current_index().search(query, sort=sort, offset=offset, limit=limit, facets=facets)

    def _current_index(self) -> SqlIndex:
        """The persistent index, built first if the store changed since (the browser builds it in the background
        beforehand, see `tui.actions_load`)."""
        self.index.ensure()
        return self.index

    # -- writing ---------------------------------------------------------
    def upsert_many(
        self, records: Iterable[Record], *, on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
    ) -> UpsertReport:
        batch = list(records)
        # Read outside the store's lock (SurveyStore.upsert_many takes it itself): a writer landing between
        # this read and that lock would be missed by the in-place change. The store's write methods should
        # hand the index the token they saw under the lock.
        before = self.change_token()
        report = self._store.upsert_many(batch, on_duplicate=on_duplicate, dry_run=dry_run)  # type: ignore[arg-type]
        if not dry_run:
            written = set(report.added) | set(report.updated)
            stored = [r for r in self._store.records() if r.get("id") in written] if written else []
            self.index.apply(before, self.change_token(), stored, [])
        return report

    def update(self, record_id: str, change: Change) -> Record:
        with self._store._write_lock(), self._store._database() as database:
            table = database.table(TABLE)
            found = [doc for doc in table.all() if doc.get("id") == record_id]
            if not found:
                raise RecordNotFound(record_id)
            edited = change(copy_record(dict(found[0])))
            problems = validate(edited)
            if problems:
                raise ValidationFailed([(0, problem) for problem in problems])
            before = self.change_token()
            table.update(_replace_with(copy_record(edited)), doc_ids=[found[0].doc_id])
        self.index.apply(before, self.change_token(), [edited], [])
        return copy_record(edited)

    def delete(self, record_ids: Iterable[str], *, dry_run: bool = False) -> DeleteReport:
        wanted = list(dict.fromkeys(record_ids))
        report = DeleteReport()
        with self._store._write_lock(), self._store._database() as database:
            table = database.table(TABLE)
            doc_ids = {doc.get("id"): doc.doc_id for doc in table.all()}
            report.deleted = [rid for rid in wanted if rid in doc_ids]
            report.missing = [rid for rid in wanted if rid not in doc_ids]
            before = self.change_token()
            if report.deleted and not dry_run:
                table.remove(doc_ids=[doc_ids[rid] for rid in report.deleted])
        if report.deleted and not dry_run:
            self.index.apply(before, self.change_token(), [], report.deleted)
        return report

    def change_token(self) -> str:
        try:
            stat = os.stat(self._store.path)
        except FileNotFoundError:
            return "absent"
        return f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"

    def close(self) -> None:
        self.index.close()

