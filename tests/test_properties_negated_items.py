"""Property test of the negated follow-up clauses (`not overdue`, `not (status:open overdue)`) against an oracle.

The oracle is written here, apart from the product, as docs/tryout-s32-filters.md decided the rule: a negated
follow-up clause is about the visit, "no item that is …": a visit is found when it meets the filter's positive
follow-up clauses (one item meets them all) and, for each negated group, NONE of its recommendations or
directions meets every clause of the group (its status one of those named, ORed; past its deadline and neither
done nor refused, under `overdue`). A visit with no item has no such item. It reads the item dicts directly, with
its own table of status names. The scan (`Matcher.matches_record`), the in-memory index and the persistent SQLite
index must equal it, and the year facet must count what is found (PostgreSQL: tests/contract/test_negated_items.py).

The algebra's law for a field ("another clause on a present field never narrows", tests/test_properties_filters.py)
does not hold of `not` clauses, which narrow; restated for them, each checked on the same draws:
- a `not` clause added never widens (found(F ∧ not G) ⊆ found(F)), and two `not` clauses are ANDed;
- it is the complement of its group at the visit: found(F ∧ not G) = found(F) − found(G);
- within a `not` group OR still holds per field, so a status added to the group never widens what it finds.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.matching import Matcher
from store.query import Clause, Filter
from tests.test_properties_item_clauses import (  # the positive clauses' data
    CLOSED,
    STATUS_NAMES,
    TODAY,
    VISITS,
    assert_indexes_find,
)

Group = tuple[frozenset[str], bool]
"""The follow-up clauses of one group: the statuses named (typed) and whether `overdue` is among them."""


@st.composite
def groups(draw: Any, empty: bool = False) -> Group:
    statuses = frozenset(draw(st.lists(st.sampled_from(sorted(STATUS_NAMES)), max_size=2, unique=True)))
    overdue = draw(st.booleans()) if statuses else not empty
    return statuses, overdue


def clauses_of(group: Group) -> list[Clause]:
    return [*(Clause("status", value) for value in sorted(group[0])), *([Clause("overdue", "")] if group[1] else [])]


def with_negated(positive: Group, negated: list[Group]) -> Filter:
    """The filter as a person types it (`status:open not overdue`), read by the parser."""
    said = [Filter(tuple(clauses_of(positive))).render()]
    for group in negated:
        inner = Filter(tuple(clauses_of(group)))
        said.append(f"not ({inner.render()})" if len(inner.clauses) > 1 else f"not {inner.render()}")
    return Filter.parse(" ".join(said))


def meets(item: dict[str, Any], group: Group) -> bool:
    status = item.get("status", "open")
    statuses = {STATUS_NAMES[value] for value in group[0]}
    if statuses and status not in statuses:
        return False
    return not group[1] or (bool(item.get("deadline")) and item["deadline"] < TODAY and status not in CLOSED)


def oracle(records: list[dict[str, Any]], positive: Group, negated: list[Group]) -> list[str]:
    found = []
    for record in records:
        every = [*record["recommendations"], *record["directions"]]
        if (positive[0] or positive[1]) and not any(meets(item, positive) for item in every):
            continue
        if any(meets(item, group) for group in negated for item in every):
            continue
        found.append(record["id"])
    return sorted(found)


def scanned(records: list[dict[str, Any]], query: Filter) -> set[str]:
    matcher = Matcher(query)
    return {record["id"] for record in records if matcher.matches_record(record)}


@pytest.mark.slow  # 200 generated stores, each also built as an SQLite index
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VISITS, groups(empty=True), st.lists(groups(), min_size=1, max_size=2))
def test_every_engine_equals_the_oracle(made: list[dict[str, Any]], positive: Group, negated: list[Group]) -> None:
    query = with_negated(positive, negated)
    expected = oracle(made, positive, negated)
    said = query.render()
    assert sorted(scanned(made, query)) == expected, said
    assert_indexes_find(made, query, expected)


@pytest.mark.slow  # 150 generated stores, scanned
@settings(max_examples=150, deadline=None)
@given(VISITS, groups(empty=True), groups(), groups(), st.sampled_from(sorted(STATUS_NAMES)))
def test_a_negated_clause_narrows_as_the_complement_of_its_group(made: list[dict[str, Any]], positive: Group,
                                                                 negated: Group, other: Group, status: str) -> None:
    base = with_negated(positive, [])
    narrowed = with_negated(positive, [negated])
    before, after = scanned(made, base), scanned(made, narrowed)
    assert after <= before, narrowed.render()  # a `not` clause never widens
    assert after == before - scanned(made, Filter(tuple(clauses_of(negated)))), narrowed.render()
    both = with_negated(positive, [negated, other])  # two `not` clauses: AND
    assert scanned(made, both) == after & scanned(made, with_negated(positive, [other])), both.render()
    if negated[0]:  # OR within the group's statuses: the group finds more items, its negation no more visits
        wider = with_negated(positive, [(negated[0] | {status}, negated[1])])
        assert scanned(made, wider) <= after, wider.render()
