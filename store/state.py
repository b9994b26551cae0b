"""What a store holds right now, in memory: the store file with its journal replayed, and an id → record map.

Opening parses the store file once, checks each record (`store.health`) and
replays the journal (`store.journal`). After that, a read only compares two
file stamps: when someone else appended to the journal, just the new lines
are applied; when the store file itself changed (a compaction, another
program), everything is read again. Records are never changed in place: a
write puts new dicts in, so a record someone holds keeps what it said.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import checked, journal, sentence_tables
from .file_stamps import Stamp, stamp
from .health import HeldRecord, held_back, usable
from .identity import visit_key
from .storage import StoreCorruptError, parse_store_bytes

TABLE = "surveys"
META = "_store"



@dataclass
class State:
    base_stamp: Stamp | None = None
    journal_stamp: Stamp | None = None
    journal_end: int = 0
    """Where the journal's last applied line ends; 0 when the journal does not apply (absent or stale)."""
    generation: str = ""
    base: journal.Base | None = None
    """What a compaction made this store file from (its `_store` row); the journal started for it names the same."""
    table: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Doc id → record, the usable ones, in file order (inserts at the end)."""
    held: dict[str, Any] = field(default_factory=dict)
    """Doc id → stored value that `store.health` holds back; kept in the file, never served."""
    problems: list[HeldRecord] = field(default_factory=list)
    others: dict[str, Any] = field(default_factory=dict)
    """Other top-level tables of the file, kept as they are by compaction."""
    _by_id: dict[str, str] | None = field(default=None, repr=False)
    _next_doc: int | None = field(default=None, repr=False)

    # The id map and the next doc id are made on first use, not on open: listing
    # or browsing a store needs neither, and at 100,000 records they cost a tenth
    # of a second that every open would pay.
    @property
    def by_id(self) -> dict[str, str]:
        """Record id → doc id, for the usable and the held records alike (an id is taken either way)."""
        if self._by_id is None:
            self._by_id = {record["id"]: doc_id for doc_id, record in self.table.items()}
            for held in self.problems:
                if held.record_id:
                    self._by_id.setdefault(held.record_id, held.doc_id)
        return self._by_id

    @property
    def next_doc(self) -> int:
        if self._next_doc is None:
            try:
                self._next_doc = max(map(int, (*self.table, *self.held)), default=0) + 1
            except ValueError:  # a doc id that is not a number (TinyDB never writes one)
                self._next_doc = max((int(d) for d in (*self.table, *self.held) if d.isdigit()), default=0) + 1
        return self._next_doc
    _by_date: dict[str, list[str]] | None = field(default=None, repr=False)

    def same_visit(self, key: tuple) -> tuple[str, str] | None:
        """(doc id, record id) of a stored record with this visit key (`store.identity`), if any.

        Visit keys fold text, which costs too much to do for every stored
        record when ten are imported; a visit's key starts with its date, so
        only the records of that date are folded. The date map is built on
        first use and kept up to date; an entry left stale by a later change
        is recognised because the record's key is checked.
        """
        if self._by_date is None:
            by_date: defaultdict[str, list[str]] = defaultdict(list)
            for doc_id, record in self.table.items():
                by_date[record["date"]].append(doc_id)
            self._by_date = dict(by_date)
        for doc_id in self._by_date.get(key[0], ()):
            stored = self.table.get(doc_id)
            if stored is not None and visit_key(stored) == key:
                return doc_id, stored["id"]
        return None

    @property
    def exists(self) -> bool:
        return self.base_stamp is not None

    def records(self) -> Iterator[dict[str, Any]]:
        return iter(self.table.values())

    def apply(self, entry: dict[str, Any]) -> None:
        """One journal transaction: puts and deletes by doc id (replaying one twice changes nothing)."""
        for doc_id in entry.get("del", {}):
            self._drop(doc_id)
        for doc_id, record in entry.get("put", {}).items():
            self._drop(doc_id)
            self.table[doc_id] = record
            if self._by_id is not None:
                self._by_id[record["id"]] = doc_id
            if self._by_date is not None:
                self._by_date.setdefault(record["date"], []).append(doc_id)
            if self._next_doc is not None:
                self._next_doc = max(self._next_doc, int(doc_id) + 1)

    def _drop(self, doc_id: str) -> None:
        old = self.table.pop(doc_id, None)
        if old is None and doc_id in self.held:
            old = self.held.pop(doc_id)
            self.problems = [p for p in self.problems if p.doc_id != doc_id]
        if self._by_id is not None and isinstance(old, dict) and self._by_id.get(old.get("id")) == doc_id:  # type: ignore[arg-type]
            del self._by_id[old["id"]]

    def all_docs(self) -> dict[str, Any]:
        """Every stored document (held ones too) by doc id, in doc id order: what compaction writes."""
        merged = {**self.table, **self.held}
        return {doc_id: merged[doc_id] for doc_id in sorted(merged, key=int)}


def load(path: Path) -> State:
    """The store at `path` as it is now; an absent file gives an empty state with `exists` False."""
    try:
        with path.open("rb") as handle:  # the stamp of the very file read, even if it is replaced meanwhile
            status = os.fstat(handle.fileno())
            raw = handle.read()
    except FileNotFoundError:
        return State()
    state = State(base_stamp=(status.st_ino, status.st_size, status.st_mtime_ns))
    data = parse_store_bytes(path, raw)
    del raw
    table = data.get(TABLE, {})
    if not isinstance(table, dict):
        raise StoreCorruptError(path, f"its {TABLE!r} table is not a JSON object")
    meta = data.get(META, {}).get("1", {}) if isinstance(data.get(META), dict) else {}
    state.generation = str(meta.get("generation", ""))
    state.base = journal.Base.named_in(meta) if isinstance(meta, dict) else None
    state.others = {name: content for name, content in data.items() if name not in (TABLE, META)}
    state.table = sentence_tables.unpack_all(table)  # the parsed dict itself: no copy
    unusable = checked.known_held(path, state.base_stamp)
    if unusable is None:  # a file not seen before (or edited since): check every record, once
        unusable = [doc_id for doc_id, record in table.items() if not usable(record)]
        checked.remember(path, state.base_stamp, unusable)
    for doc_id in [doc_id for doc_id in unusable if doc_id in table and not usable(table[doc_id])]:
        state.held[doc_id] = table.pop(doc_id)
        state.problems.append(held_back(doc_id, state.held[doc_id]))  # type: ignore[arg-type]
    _replay(path, state, 0)
    return state


def refresh(path: Path, state: State | None) -> State:
    """`state` brought up to date cheaply when only the journal grew; reloaded when anything else changed."""
    if state is None or stamp(path) != state.base_stamp:
        return load(path)
    now = stamp(journal.journal_path(path))
    if now == state.journal_stamp:
        return state
    if state.journal_end and now is not None and state.journal_stamp is not None \
            and now[0] == state.journal_stamp[0] and now[1] >= state.journal_end:
        _replay(path, state, state.journal_end)
        return state
    return load(path)


def _replay(path: Path, state: State, start: int) -> None:
    where = journal.journal_path(path)
    state.journal_stamp = stamp(where)
    found = journal.read(where, start)
    if found is None:
        state.journal_end = 0
        return
    if start == 0 and found.generation != state.generation:
        state.journal_end = 0  # a journal already folded into this file by a compaction killed before moving it
        return
    for entry in found.entries:
        state.apply(entry)
    state.journal_end = found.end
