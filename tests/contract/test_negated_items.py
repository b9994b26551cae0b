"""A negated follow-up clause is "no item that is …" on every backend (session 33).

On 9688935c `not overdue`, `không quá hạn`, `-status:done` were refused (`store.negation`, session 32: "the filter
has no negation"). Now each is a `not` clause: the visit has no item meeting the clauses negated
(docs/tryout-s32-filters.md). The TinyDB store (through its SQLite index: the complement of the `due` and `status`
terms, a NULL soonest deadline as no late item) and PostgreSQL (`NOT coalesce(…)` over its columns and the
document's items) answer it their own ways, so each is asked the same questions and must give the same ids, the
totals, and a year facet counting those ids; a follow-up saved moves a visit in and out. "quá hạn" typed as two
words is the overdue clause on both. A negation of another field is still refused before any backend is asked
(tests/contract/test_negation_refused.py).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from store.query import Filter
from store.repository import Repository
from tests.contract.test_item_clauses import LATE, LATER, VISITS, _ids, _records  # the positive clauses' visits

EVERY = sorted(VISITS)


CASES = [
    ("not overdue", ["closed-late", "none"]),  # no late item (a closed item past its day is not late)
    ("không quá hạn", ["closed-late", "none"]),  # the same, in Vietnamese: "quá hạn" as two words
    ("-overdue", ["closed-late", "none"]),
    ("-quahan", ["closed-late", "none"]),
    ("not status:done", ["none", "progress-late", "unset"]),  # no done item
    ('không trangthai:"đã giải quyết"', ["none", "progress-late", "unset"]),
    ("!trangthai:done", ["none", "progress-late", "unset"]),
    ("status:open not overdue", ["closed-late"]),  # an open item and no late one
    ("not (status:open overdue)", ["closed-late", "none", "progress-late", "split"]),  # no item both
    ('không (trangthai:"chưa giải quyết" quá hạn)', ["closed-late", "none", "progress-late", "split"]),
    ('not (status:open status:"in progress" overdue)', ["closed-late", "none"]),  # OR within the group
    ("not (status:done overdue)", EVERY),  # a done item is never late: no visit has one
    ("not status:done not overdue", ["none"]),  # two negations: AND
    ("overdue not status:done", ["progress-late", "unset"]),  # a late item, and no done one
    ("not overdue year:2023", ["closed-late"]),  # with a visit's field: AND, as every field
    ("quá hạn", ["both", "progress-late", "split", "unset"]),  # two words, unquoted: the overdue clause
    ("status:open quá hạn", ["both", "unset"]),
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_a_negated_follow_up_clause_is_no_such_item(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
    page = repository.search(Filter.parse(text))
    assert page.total == len(found)  # the counted path, facets and all
    if "year:" not in text:  # the year facet counts what the filter finds, year by year
        assert dict(page.facets["year"]) == dict(Counter(VISITS[name][0][:4] for name in found))
    else:  # the year facet leaves its own clause out, and keeps the negation
        assert dict(page.facets["year"]) == {"2022": 1, "2023": 1}


def test_an_item_changed_moves_its_visit_in_and_out(repository: Repository) -> None:
    """`not overdue` follows a follow-up saved (`Repository.update`): the late item in progress of "split" given a
    deadline to come, and its done item reopened to come, it has no late item; given a past deadline again, it has."""
    repository.upsert_many(_records())

    def changed(field: str, place: int, **changes: str) -> Any:
        def change(record: dict[str, Any]) -> dict[str, Any]:
            record[field][place].update(changes)
            return record
        return change

    repository.update("split", changed("directions", 0, deadline=LATER))
    assert _ids(repository, "not overdue") == ["closed-late", "none", "split"]
    assert _ids(repository, "not status:done") == ["none", "progress-late", "unset"]
    repository.update("split", changed("recommendations", 1, status="open", deadline=LATER))
    assert _ids(repository, "not status:done") == ["none", "progress-late", "split", "unset"]
    repository.update("split", changed("directions", 0, deadline=LATE))
    assert _ids(repository, "not overdue") == ["closed-late", "none"]
