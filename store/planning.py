"""Deciding what an upsert does with each incoming record: add, replace, or skip (and why).

Decisions are made from each record's id and visit key (`store.identity`),
so an import can plan a million records without holding them; the content
is fetched only for the ones that collide, to say how much they differ and,
under `--on-duplicate newer`, which was changed last (the `updated` stamp
every write sets).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from .repository import OnDuplicate, UpsertReport
from .state import State

Incoming = Sequence[tuple[str, tuple]]
"""(record id, visit key) of each incoming record, by position."""


def now_stamp() -> str:
    """The `updated` stamp: UTC to the microsecond, so two writes in one second still order."""
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def differing_fields(stored: dict[str, Any], incoming: dict[str, Any]) -> int:
    """How many top-level fields differ, leaving out the `updated` stamp itself."""
    keys = (set(stored) | set(incoming)) - {"updated"}
    return sum(1 for key in keys if stored.get(key) != incoming.get(key))


def older_than_stored(incoming: dict[str, Any] | None, stored: dict[str, Any] | None) -> str | None:
    """The stored record's `updated` stamp when it is later than the incoming copy's, or the copy has none (taken
    before any edit): replacing it undoes an edit `--on-duplicate newer` would have kept (an old export imported
    with `update`). None when the stored record has no stamp."""
    if not incoming or not stored:
        return None
    theirs, ours = str(incoming.get("updated") or ""), str(stored.get("updated") or "")
    return ours if ours > theirs else None


def plan(
    state: State, incoming: Incoming, load: Callable[[int], dict[str, Any]], on_duplicate: OnDuplicate,
) -> tuple[UpsertReport, list[int], list[tuple[str, int]]]:
    """The report, the positions to insert, and (doc id, position) pairs to replace.

    `load(position)` gives an incoming record's content; it is called only for
    records whose id or visit is already stored.
    """
    batch_visits: dict[tuple, tuple[str, str]] = {}
    by_id = _Overlay(state.by_id)
    report = UpsertReport()
    inserts: list[int] = []
    replacements: list[tuple[str, int]] = []
    for position, (record_id, key) in enumerate(incoming):
        same_visit = batch_visits.get(key) or state.same_visit(key)
        if record_id not in by_id and same_visit is None:
            inserts.append(position)
            by_id[record_id] = f"new:{len(inserts) - 1}"
            batch_visits[key] = (f"new:{len(inserts) - 1}", record_id)
            report.added.append(record_id)
            continue
        doc_id, reason = _duplicate_of(record_id, by_id, same_visit)
        take = on_duplicate == "update"
        stored = _stored(state, doc_id, inserts, load)
        if stored is not None and on_duplicate in ("skip", "fail", "newer"):
            fresh = load(position)
            count = differing_fields(stored, fresh)
            if on_duplicate == "newer" and count:
                take = str(fresh.get("updated", "")) > str(stored.get("updated", ""))
                if not take:
                    reason += "; the stored one was changed later"
            if count and not take and reason.startswith("same id"):
                report.differing.append((record_id, count))
        if take:
            if on_duplicate == "update" and not doc_id.startswith("new:") \
                    and (later := older_than_stored(load(position), stored)):
                report.older.append((record_id, later))
            _settle(replacements, inserts, doc_id, position)
            report.updated.append(record_id)
        else:
            report.skipped.append((record_id, reason))
    return report, inserts, replacements


class _Overlay(dict):
    """A batch's own additions over the store's map, without copying the map."""

    def __init__(self, below: dict[Any, Any]) -> None:
        super().__init__()
        self.below = below

    def __missing__(self, key: Any) -> Any:
        return self.below[key]

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self.below

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default


def _stored(state: State, doc_id: str, inserts: list[int], load: Callable[[int], dict[str, Any]]):
    if doc_id.startswith("new:"):
        return load(inserts[int(doc_id[4:])])
    return state.table.get(doc_id) or state.held.get(doc_id)


def _duplicate_of(record_id: str, by_id: dict[str, str], same_visit: Any) -> tuple[str, str]:
    if record_id in by_id:
        return by_id[record_id], "same id"
    doc_id, other = same_visit
    return doc_id, f"probable duplicate of {other} (same date, localities and body)"


def _settle(replacements: list[tuple[str, int]], inserts: list[int], doc_id: str, position: int) -> None:
    """A `new:` doc id points at a record added earlier in this batch: the later one takes its place."""
    if doc_id.startswith("new:"):
        inserts[int(doc_id[4:])] = position
    else:
        replacements.append((doc_id, position))
