"""`answered:`, `changed:`, `closed:` on every backend, through the repository: plain, with the other follow-up
clauses of the same item, negated, counted with facets, and after a follow-up save (session 41, store22)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from store.followup import save_followup
from store.query import Filter
from store.repository import Repository
from tests.factories import make_record


def _entry(at: str, to: str) -> dict[str, Any]:
    return {"at": at, "who": "thu", "field": "status", "from": "open", "to": to}


VISITS: dict[str, list[dict[str, Any]]] = {
    # answered in November to Sở Tài chính; another item of the visit, to UBND, closed in November
    "both": [{"text": "a", "to": "Sở Tài chính", "responses": [{"date": "2026-11-05", "text": "Đã trả lời"}]},
             {"text": "b", "to": "UBND tỉnh", "status": "done", "history": [_entry("2026-11-10T03:00:00Z", "done")]}],
    # answered in October; its status set in progress on 1 November in Vietnam (31 October 17:30 UTC), late
    "edge": [{"text": "c", "to": "UBND tỉnh", "status": "in progress", "deadline": "2020-01-01",
              "responses": [{"date": "2026-10-31", "text": "Đang làm"}],
              "history": [_entry("2026-10-31T17:30:00Z", "in progress")]}],
    # refused in December
    "refused": [{"text": "d", "status": "not accepted", "history": [_entry("2026-12-02T01:00:00Z", "not accepted")]}],
    "quiet": [{"text": "e", "to": "Sở Tài chính"}],
}
CASES = [
    ("answered:2026-11", ["both"]),
    ("traloi:10/2026", ["edge"]),
    ("answered:2026-10..2026-11", ["both", "edge"]),
    ("changed:2026-11", ["both", "edge"]),  # edge's stamp is 1 November in Vietnam
    ("changed:2026-10", []),
    ("closed:2026-11", ["both"]),
    ("dong:2026-12", ["refused"]),
    ("closed:2026-11 closed:2026-12", ["both", "refused"]),
    ('answered:2026-11 to:"so tai chinh"', ["both"]),
    ("answered:2026-11 to:ubnd", []),  # the answered item is not the one to UBND
    ('closed:2026-11 to:"so tai chinh"', []),
    ("answered:2026-11 closed:2026-11", []),  # not one item
    ("changed:2026-11 overdue", ["edge"]),
    ("changed:2026-11 status:done", ["both"]),
    ("not answered:2026-11", ["edge", "quiet", "refused"]),
    ("không (doi:11/2026 quahan)", ["both", "quiet", "refused"]),
]


def _records() -> list[dict[str, Any]]:
    return [make_record(id=name, date=f"2025-0{number + 1}-1{number}", recommendations=items)
            for number, (name, items) in enumerate(VISITS.items())]


def _ids(repository: Repository, text: str) -> list[str]:
    return sorted(record["id"] for record in repository.search(Filter.parse(text), facets=False).records)


@pytest.mark.parametrize(("text", "found"), CASES)
def test_each_backend_finds_the_items_that_happened_then(repository: Repository, text: str,
                                                          found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
    result = repository.search(Filter.parse(text))
    assert result.total == len(found) and sum(count for _, count in result.facets.get("year", [])) == len(found)


def test_a_save_is_found_in_the_month_of_its_stamp(repository: Repository) -> None:
    repository.upsert_many(_records())
    saved = save_followup(repository, "quiet", ("recommendations", 0), status="done")
    stamp = saved["recommendations"][0]["history"][-1]["at"]
    month = (datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ") + timedelta(hours=7)).strftime("%Y-%m")
    assert "quiet" in _ids(repository, f"closed:{month}")
    assert "quiet" in _ids(repository, f'changed:{month} to:"sở tài chính" status:done')
    assert "quiet" not in _ids(repository, f"not closed:{month}")
