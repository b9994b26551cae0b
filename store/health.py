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
    """The shapes readers rely on: the strings, the leader, localities with a province, the item lists.

    Written as one function with few calls, for speed (it runs on every
    record of every open); a missing key or a wrong container shows up as
    KeyError or TypeError and means "not usable".
    """
    if type(record) is not dict:
        return False
    try:
        if not (type(record["id"]) is str and record["id"] and type(record["date"]) is str
                and type(record["kind"]) is str and type(record["body"]) is str and record["body"]):
            return False
        leader = record["leader"]
        if type(leader) is not dict or type(leader["name"]) is not str:
            return False
        localities = record["localities"]
        if type(localities) is not list or not localities:
            return False
        for locality in localities:
            province, ward = locality["province"], locality.get("ward")
            if type(locality["name"]) is not str or type(province["name"]) is not str \
                    or type(province["code"]) is not int:
                return False
            if ward is not None and (type(ward["name"]) is not str or type(ward["code"]) is not int):
                return False
        topics = record.get("topics", [])
        if type(topics) is not list:
            return False
        for topic in topics:
            if type(topic) is not str:
                return False
        # a string, a number or an object where a list belongs fails below as a TypeError or KeyError
        for item in record.get("recommendations", ()):
            if type(item["text"]) is not str:
                return False
        for item in record.get("directions", ()):
            if type(item["text"]) is not str:
                return False
        for figure in record.get("figures", ()):
            if type(figure["label"]) is not str or type(figure["value"]) not in (int, float):
                return False
        if type(record.get("difficulties", [])) is not list or type(record.get("people", [])) is not list:
            return False
    except (KeyError, TypeError, AttributeError):
        return False
    return type(record.get("summary", "")) is str
