"""A negated follow-up clause on the persistent index: a set difference over term lists, equal to the scan.

On 5b8b4538 `not overdue`, `not status:done`, `not (status:open overdue)` compiled to `NOT (rec.n IN (SELECT …))`
(or, for `overdue` alone, a condition on `rec.deadline`), which `matches.posted` does not read: every search and
every facet's pool under a negation was a pass of SQL over `rec` (`SELECT rec.n FROM rec WHERE …`). Now
`store.sqlindex.complement` takes the negated terms' records out of the positive term lists' (or out of every
record): no such statement is run, and the answer is the scan's (`tests.sqlindex_reference`: `Matcher`, whose
`not` clauses the scan answers item by item), ids in order, totals and every facet, with numpy's picking forced
and not. Beside a date or a positive `overdue` (SQL's), the negated lists are taken out of what SQL gives, equal too.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.matching import keys_of
from store.query import Filter
from store.sqlindex import SqlIndex, complement
from store.sqlindex import matches as sqlmatches
from store.sqlindex.compile import Condition
from tests.sqlindex_reference import SEEDS, Reference, build_index, newest, scan_facets
from tests.test_index_vs_scan import _random_filters

NEGATIONS = (
    "not overdue",
    "not status:done",
    "not (status:open overdue)",
    'not (status:open status:"in progress" overdue)',
    "not status:done not overdue",
    'không trangthai:"đã giải quyết"',
    "-quahan",
    "not (status:done overdue)",  # a group no item can meet: every record
    'not status:"not accepted"',
)
POSITIVE = ("", "status:open", "overdue", "status:open overdue", 'status:"in progress"')


@pytest.fixture(scope="module", params=SEEDS)
def built(request, tmp_path_factory) -> tuple[SqlIndex, list[dict[str, Any]], int]:
    return build_index(request.param, tmp_path_factory.mktemp(f"complement{request.param}"))


def _scans_of(index: SqlIndex, query: Filter) -> list[str]:
    """The statements that read `rec` row by row for a condition, run by one search with its facets."""
    db = index._connection()
    seen: list[str] = []
    index._last = None
    db.set_trace_callback(seen.append)
    try:
        index.search(query)
    finally:
        db.set_trace_callback(None)
    return [statement for statement in seen if "FROM rec WHERE" in statement]


def _assert_equals_the_scan(index: SqlIndex, records: list[dict[str, Any]], query: Filter) -> None:
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    reference = Reference(query)
    expected = [record["id"] for record, k in zip(ordered, keys, strict=True) if reference.matches(k)]
    index._last = None
    page = index.search(query)
    said = query.render()
    assert [record["id"] for record in page.records] == expected, said
    assert page.total == len(expected), said
    assert page.facets == scan_facets(ordered, keys, query), said


def _and(query: Filter, typed: str) -> Filter:
    """`query`'s clauses (drawn, some of values the parser would refuse, which the scan and the index read alike)
    and those of `typed`, read by the parser."""
    return Filter(tuple(dict.fromkeys((*query.clauses, *Filter.parse(typed).clauses))))


@pytest.mark.parametrize("positive", POSITIVE)
@pytest.mark.parametrize("negated", NEGATIONS)
def test_a_negation_reads_no_row_of_rec(built, positive: str, negated: str) -> None:
    index, records, _ = built
    query = Filter.parse(f"{positive} {negated}".strip())
    if positive == "overdue":  # `rec.deadline < ?`: the positive overdue alone is still SQL's (a parameter)
        return
    assert _scans_of(index, query) == [], query.render()
    _assert_equals_the_scan(index, records, query)


@pytest.mark.parametrize("negated", NEGATIONS)
def test_with_other_fields_a_negation_equals_the_scan(built, negated: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Random filters of every field (wards, provinces, topics, bodies, leaders, kinds, dates, statuses, free text)
    with a negation added: ids, totals and facets as the scan; with numpy's picking forced, the same."""
    index, records, seed = built
    rng = random.Random(seed * 101 + len(negated))
    for query in [*_random_filters(rng, records, 12), Filter.parse("year:2025"), Filter.parse("a")]:
        _assert_equals_the_scan(index, records, _and(query, negated))
    monkeypatch.setattr(sqlmatches, "VECTORISED", 1)
    monkeypatch.setattr(sqlmatches, "SORTED_IN_C", 1)
    for query in _random_filters(rng, records, 6):
        _assert_equals_the_scan(index, records, _and(query, negated))


def test_other_parts_are_asked_of_sql_and_the_lists_taken_out(built) -> None:
    """A date or a deadline beside a negated list: SQL gives their records, the list's are taken out; the same set
    SQL gives for the whole condition. Without a negated list, `matches.posted`'s answer (None here: SQL's)."""
    index, _, _ = built
    db = index._connection()
    negated = "NOT (rec.n IN (SELECT n FROM post WHERE t IN (1,2,3,4,5,6,7,8,9,10)))"
    for sql, params in [(f"rec.date BETWEEN ? AND ? AND {negated}", ("2024-01-01", "2024-12-31")),
                        (f"{negated} AND rec.deadline < ?", ("2025-01-01",)),
                        (f"(rec.deadline IS NULL OR rec.deadline >= '2025') AND {negated}", ()),
                        (negated, ())]:
        whole = {n for (n,) in db.execute(f"SELECT rec.n FROM rec WHERE {sql}", params)}
        found = complement.posted(db, Condition(sql, params), lambda: index._sorts.order(db, "date"))
        assert found is not None and len(found) == len(whole) and set(found) == whole, sql
    assert complement.posted(db, Condition("rec.date BETWEEN ? AND ?", ("2024-01-01", "2024-12-31")),
                             lambda: []) is None


_BUILT: dict[int, tuple[SqlIndex, list[dict[str, Any]], int]] = {}


@pytest.mark.slow  # a few hundred searches over two built indexes
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS), st.integers(0, 2**32), st.sampled_from(POSITIVE),
       st.lists(st.sampled_from(NEGATIONS), min_size=1, max_size=2))
def test_drawn_filters_with_negations_equal_the_scan(tmp_path_factory, seed: int, draw: int, positive: str,
                                                     negated: list[str]) -> None:
    if seed not in _BUILT:
        _BUILT[seed] = build_index(seed, tmp_path_factory.mktemp(f"drawn{seed}"))
    index, records, _ = _BUILT[seed]
    (query,) = _random_filters(random.Random(draw), records, 3)[2:3]
    _assert_equals_the_scan(index, records, _and(query, " ".join((positive, *negated))))
