"""The embedded backend: a `Repository` over one TinyDB file (`store.store.SurveyStore`).

Reads come from the store's in-memory state (the file and its journal,
`store.state`); searches go through the in-memory `SurveyIndex`, rebuilt
when the change token moves. Writes take the store's file lock for the whole
read-change-write, so `update` can never overwrite a concurrent writer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from .folding import fold
from .health import HeldRecord
from .index import SurveyIndex, newest_first
from .query import Filter
from .repository import Change, DeleteReport, OnDuplicate, Page, Record, Sort, UpsertReport
from .store import SurveyStore


def copy_record(record: Record) -> Record:
    """A deep copy the caller owns (orjson is faster than `copy.deepcopy` for JSON values)."""
    return orjson.loads(orjson.dumps(record))


class TinyDBRepository:
    def __init__(self, path: Path, *, lock_timeout: float = 5.0) -> None:
        self._store = SurveyStore(Path(path), lock_timeout=lock_timeout)
        self._index: SurveyIndex | None = None
        self._index_token: str | None = None
        self._sort_keys: dict[str, list[str]] = {}

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
        index = self._current_index()
        result = index.search(query, with_facets=facets)
        positions = self._sorted(index, result.positions, sort)
        window = positions[offset:] if limit is None else positions[offset:offset + limit]
        return Page(len(positions), offset, [copy_record(index.records[p]) for p in window], result.facets)

    def _current_index(self) -> SurveyIndex:
        token = self.change_token()
        if self._index is None or token != self._index_token:
            self._index = SurveyIndex(self._store.records())
            self._index.wait_for_text()
            self._index_token = token
            self._sort_keys = {}
        return self._index

    def _sorted(self, index: SurveyIndex, positions: list[int], sort: Sort) -> list[int]:
        if sort == "date":
            return positions
        keys = self._sort_keys.get(sort)
        if keys is None:
            keys = self._sort_keys[sort] = [sort_key(record, sort) for record in index.records]
        return sorted(positions, key=lambda p: (keys[p], p))

    # -- writing ---------------------------------------------------------
    def upsert_many(
        self, records: Iterable[Record], *, on_duplicate: OnDuplicate = "skip", dry_run: bool = False,
    ) -> UpsertReport:
        return self._store.upsert_many(list(records), on_duplicate=on_duplicate, dry_run=dry_run)

    def update(self, record_id: str, change: Change) -> Record:
        return self._store.update(record_id, change)

    def delete(self, record_ids: Iterable[str], *, dry_run: bool = False) -> DeleteReport:
        return self._store.delete(record_ids, dry_run=dry_run)

    def change_token(self) -> str:
        return self._store.change_token()

    # -- beyond the protocol: what only a file store has -----------------
    @property
    def store(self) -> SurveyStore:
        """The file store underneath, for the import's streamed path and for `recover`."""
        return self._store

    def held_back(self) -> list[HeldRecord]:
        """Stored records that are not served, each with its problems (`store.health`)."""
        return self._store.held_back()

    def close(self) -> None:
        self._index = None


def sort_key(record: dict[str, Any], sort: str) -> str:
    """The folded text a non-date sort orders by."""
    if sort == "locality":
        names = [(loc.get("ward") or {}).get("name") or loc.get("name", "") for loc in record.get("localities", [])]
        return fold(", ".join(names))
    return fold(record.get("body", ""))
