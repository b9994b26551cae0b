"""Which incoming records an import adds, replaces or skips, from what the database already holds.

The rules are the TinyDB store's (`store.store`): the same id, or a
different id with the same visit key (date, places, folded body), is a
duplicate; `skip` reports it (and how many top-level fields differ when the
content is not the stored one), `update` replaces the stored record,
`newer` replaces it only when the incoming record's `updated` stamp is later,
and `fail` refuses the whole batch. A record repeated within the batch
follows the same rules against the earlier one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..planning import differing_fields, older_than_stored
from ..repository import OnDuplicate, UpsertReport


@dataclass
class Stored:
    id: str
    visit_key: str
    record: dict[str, Any]


@dataclass
class Plan:
    report: UpsertReport
    writes: list[dict[str, Any]] = field(default_factory=list)
    """Records to insert or write over the stored record with the same id."""
    removals: list[str] = field(default_factory=list)
    """Stored ids whose record is replaced by one with another id (a probable duplicate taken with update)."""


def adjusted(incoming: list[tuple[dict[str, Any], str]], stored: list[Stored],
             adjust: Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """Each incoming record whose id is stored as `adjust` makes it from the stored one (`Repository.upsert_many`'s
    `adjust`, given the rows read under the importer's lock)."""
    by_id = {row.id: row.record for row in stored}
    return [(adjust(by_id[record["id"]], record), key) if record["id"] in by_id else (record, key)
            for record, key in incoming]


def plan(incoming: list[tuple[dict[str, Any], str]], stored: list[Stored], on_duplicate: OnDuplicate) -> Plan:
    """`incoming` is (record, visit key text) in batch order; `stored` the rows sharing an id or a visit key."""
    report = UpsertReport()
    by_id: dict[str, tuple[str, Any]] = {row.id: ("stored", row) for row in stored}
    by_visit: dict[str, tuple[str, Any]] = {row.visit_key: ("stored", row) for row in stored}
    new: list[dict[str, Any] | None] = []
    replaced: dict[str, dict[str, Any]] = {}
    for record, key in incoming:
        record_id = record["id"]
        target = by_id.get(record_id) or by_visit.get(key)
        if target is None:
            new.append(record)
            by_id[record_id] = by_visit[key] = ("new", len(new) - 1)
            report.added.append(record_id)
            continue
        reason = "same id" if record_id in by_id else f"probable duplicate of {_target_id(target, new)} " \
                                                      "(same date, localities and body)"
        existing = _target_record(target, new, replaced)
        if on_duplicate == "update" or (on_duplicate == "newer" and _is_newer(record, existing)):
            report.updated.append(record_id)
            if on_duplicate == "update" and target[0] == "stored" and (later := older_than_stored(record, existing)):
                report.older.append((record_id, later))
            _replace(target, record, new, replaced)
            by_id[record_id] = by_visit[key] = target
            continue
        report.skipped.append((record_id, reason))
        if existing is not None and (count := differing_fields(existing, record)):
            report.differing.append((record_id, count))
    result = Plan(report)
    for stored_id, record in replaced.items():
        if record["id"] != stored_id:
            result.removals.append(stored_id)
        result.writes.append(record)
    result.writes += [record for record in new if record is not None]
    result.writes = list({record["id"]: record for record in result.writes}.values())  # one row per id
    return result


def _target_id(target: tuple[str, Any], new: list[dict[str, Any] | None]) -> str:
    kind, where = target
    return where.id if kind == "stored" else (new[where] or {}).get("id", "")


def _target_record(target: tuple[str, Any], new: list, replaced: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    kind, where = target
    if kind == "stored":
        return replaced.get(where.id, where.record)
    return new[where]


def _replace(target: tuple[str, Any], record: dict[str, Any], new: list, replaced: dict[str, dict[str, Any]]) -> None:
    kind, where = target
    if kind == "stored":
        replaced[where.id] = record
    else:
        new[where] = record


def _is_newer(incoming: dict[str, Any], existing: dict[str, Any] | None) -> bool:
    if existing is None:
        return True
    return str(incoming.get("updated") or "") > str(existing.get("updated") or "")
