"""Which stored records the program cannot use, and why: checked on every open, cheaply.

A store file may have been edited by hand or written by another program;
one record with `leader: null` or a locality without a province used to
kill the browser and give tracebacks in the CLI. So every record read from a
store file passes `usable()`, a check of the shapes every reader relies on,
costing a few microseconds (the full schema validation costs 250 µs a
record, 25 s at 100,000, too much for every open). A record that fails is
held back: listed with its problems (from the full validation, which speaks
in field paths), not served, and kept in the file untouched, so nothing is
lost and a fixed version can replace it (`import --on-duplicate update`).
Records written through the store were fully validated before they were.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .validation import Problem, validate


@dataclass(frozen=True)
class HeldRecord:
    """A stored record that is not served: where it is, its id if it has one, what is wrong."""

    doc_id: str
    record_id: str | None
    problems: tuple[Problem, ...]

    def line(self) -> str:
        who = self.record_id if self.record_id else f"record #{self.doc_id}"
        return f"{who}: " + "; ".join(str(problem) for problem in self.problems[:5]) + (
            f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else "")


def held_back(doc_id: str, record: Any) -> HeldRecord | None:
    """None when `record` is usable; else why not (the full validation's problems)."""
    if usable(record):
        return None
    problems = tuple(validate(record)) or (Problem("", "its shape is not one the program can read"),)
    record_id = record.get("id") if isinstance(record, dict) and isinstance(record.get("id"), str) else None
    return HeldRecord(doc_id, record_id, problems)


def check_stored(records: dict[str, Any]) -> list[HeldRecord]:
    """Every record of a stored table (doc id → record) that would be held back; for the browser's list."""
    return [held for doc_id, record in records.items() if (held := held_back(doc_id, record)) is not None]


def usable(record: Any) -> bool:
    """The shapes readers rely on: the strings, the leader, localities with a province, the item lists."""
    if type(record) is not dict:
        return False
    get = record.get
    if not (_text(get("id")) and _text(get("date")) and _text(get("kind")) and _text(get("body"))):
        return False
    leader = get("leader")
    if type(leader) is not dict or not _text(leader.get("name")):
        return False
    localities = get("localities")
    if type(localities) is not list or not localities or not all(_locality(loc) for loc in localities):
        return False
    topics = get("topics", [])
    if type(topics) is not list or not all(type(topic) is str for topic in topics):
        return False
    if type(get("summary", "")) is not str:
        return False
    return _items(get("recommendations")) and _items(get("directions")) and _figures(get("figures"))


def _text(value: Any) -> bool:
    return type(value) is str and value != ""


def _unit(value: Any) -> bool:
    return type(value) is dict and _text(value.get("name")) and type(value.get("code")) is int


def _locality(locality: Any) -> bool:
    if type(locality) is not dict or not _text(locality.get("name")) or not _unit(locality.get("province")):
        return False
    ward = locality.get("ward")
    return ward is None or _unit(ward)


def _items(items: Any) -> bool:
    if items is None:
        return True
    if type(items) is not list:
        return False
    for item in items:
        if type(item) is not dict or not _text(item.get("text")):
            return False
        if type(item.get("responses", [])) is not list:
            return False
    return True


def _figures(figures: Any) -> bool:
    if figures is None:
        return True
    if type(figures) is not list:
        return False
    return all(type(f) is dict and _text(f.get("label")) and type(f.get("value")) in (int, float) for f in figures)
