"""`status:` and `overdue` together ask for one item that is both, on every backend (session 32).

A visit whose open item has no deadline and whose item in progress is late had been found by `status:open overdue`
(one clause met by each item), and the follow-up list (`u`), narrowed to the items asked for, then showed none of
them ("0 of 9"). The TinyDB store (through its SQLite index) and PostgreSQL answer the combined clause their own
ways (`due` terms, the document's items), so each is asked the same questions and must give the same ids, the
facet counts those ids, and every visit found at least one item the follow-up list counts (`store.export.item_filter`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from store.export import item_filter
from store.query import Filter
from store.repository import Repository
from tests.factories import make_record

LATE, LATER = "2020-03-01", "2999-12-31"
"""Deadlines past and to come whatever day the suite runs."""


def _item(status: str | None, deadline: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"text": f"Việc {status or 'chưa ghi'} hạn {deadline or 'không'}."}
    if status is not None:
        item["status"] = status
    if deadline is not None:
        item["deadline"] = deadline
    return item


VISITS: dict[str, tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = {
    # id: (date, recommendations, directions)
    "split": ("2024-05-02", [_item("open"), _item("done", LATE)], [_item("in progress", LATE)]),
    "both": ("2025-06-03", [_item("open", LATE), _item("done", LATE)], []),
    "unset": ("2025-07-04", [], [_item(None, "2021-01-15"), _item("in progress", LATER)]),
    "closed-late": ("2023-08-05", [_item("done", LATE), _item("not accepted", LATE)], [_item("open", LATER)]),
    "progress-late": ("2025-09-06", [_item("in progress", "2019-12-31")], [_item("open", LATER)]),
    "none": ("2022-10-07", [], []),
}


def _records() -> list[dict[str, Any]]:
    return [make_record(id=name, date=day, recommendations=recommendations, directions=directions)
            for name, (day, recommendations, directions) in VISITS.items()]


def _ids(repository: Repository, text: str) -> list[str]:
    return sorted(record["id"] for record in repository.search(Filter.parse(text), facets=False).records)


CASES = [
    ("status:open overdue", ["both", "unset"]),  # "split" had been found: its open item is not the late one
    ("overdue status:open", ["both", "unset"]),  # the order of the clauses is no part of it
    ('status:"in progress" overdue', ["progress-late", "split"]),
    ('trangthai:"đang giải quyết" quahan', ["progress-late", "split"]),  # Vietnamese names and values alike
    ('trangthai:"chưa giải quyết" quahan', ["both", "unset"]),
    ("status:done overdue", []),  # a closed item is never late
    ('status:"not accepted" quahan', []),
    ('status:open status:"in progress" overdue', ["both", "progress-late", "split", "unset"]),  # OR within status
    ("status:open status:done overdue", ["both", "unset"]),
    ("overdue", ["both", "progress-late", "split", "unset"]),  # either clause alone as before
    ("status:open", ["both", "closed-late", "progress-late", "split", "unset"]),
    ("status:done", ["both", "closed-late", "split"]),
    ("status:open overdue year:2025", ["both", "unset"]),  # with another field: AND, as every field
    ("status:open overdue year:2024", []),
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_status_and_overdue_are_one_item(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
    page = repository.search(Filter.parse(text))
    assert page.total == len(found)  # the counted path, facets and all
    years = Counter(VISITS[name][0][:4] for name in found)
    if "year:" not in text:  # the year facet counts what the filter finds, year by year
        assert dict(page.facets["year"]) == dict(years)


@pytest.mark.parametrize(("text", "found"), [case for case in CASES if "year:" not in case[0]])  # items only
def test_every_visit_found_has_an_item_the_follow_up_list_counts(repository: Repository, text: str,
                                                                 found: list[str]) -> None:
    """The `u` list's "N of M" is never 0 of M for a visit the filter found, nor above 0 for one it left out."""
    repository.upsert_many(_records())
    query = Filter.parse(text)
    wanted = item_filter(query.values("status"), "overdue" in query.fields())
    assert wanted is not None
    ids = set(_ids(repository, text))
    for record in _records():
        counted = sum(map(wanted, [*record["recommendations"], *record["directions"]]))
        assert (counted > 0) == (record["id"] in ids), (text, record["id"], counted)


def test_an_item_changed_moves_its_visit_in_and_out(repository: Repository) -> None:
    """The combined clause follows a follow-up saved (`Repository.update`, as the dialog saves): the late item in
    progress of "split" reopened, it is found; given a deadline to come, it is not (the index's terms and the
    database's document move with the record)."""
    repository.upsert_many(_records())

    def late_item(**changes: str) -> Any:
        def change(record: dict[str, Any]) -> dict[str, Any]:
            record["directions"][0].update(changes)
            return record
        return change

    repository.update("split", late_item(status="open"))
    assert _ids(repository, "status:open overdue") == ["both", "split", "unset"]
    repository.update("split", late_item(deadline=LATER))
    assert _ids(repository, "status:open overdue") == ["both", "unset"]
