"""The persistent index's fast paths (numpy counting and picking, interrupting a search) answer as a full scan does.

Each path is forced on a small generated store (`VECTORISED` thresholds lowered) and compared with the scan of
`tests.sqlindex_reference`, or, for interrupts, with the same search left alone. Not timed.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from store.matching import keys_of
from store.query import Filter
from store.sqlindex import Interrupted, SqlIndex, paged
from store.sqlindex import facets as sqlfacets
from store.sqlindex import matches as sqlmatches
from tests.sqlindex_reference import SEEDS, Reference, build_index, newest, scan_facets
from tests.test_index_vs_scan import _random_filters


@pytest.fixture(scope="module", params=SEEDS)
def built(request, tmp_path_factory) -> tuple[SqlIndex, list[dict[str, Any]], int]:
    return build_index(request.param, tmp_path_factory.mktemp(f"fast{request.param}"))


def test_large_pools_are_counted_in_c_alike(built, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pool counted by `facets._histogram` (numpy, a few pairs a step) agrees with the full scan, as the
    slices did."""
    monkeypatch.setattr(sqlfacets, "VECTORISED", 1)
    monkeypatch.setattr(sqlfacets, "PAIRS_A_STEP", 7)
    index, records, seed = built
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    rng = random.Random(seed * 37)
    for query in [Filter.parse("a"), Filter.parse("year:2025"), *_random_filters(rng, records, 25)]:
        assert index.search(query).facets == scan_facets(ordered, keys, query), query.render()


def test_a_newer_search_stops_the_work_in_python_of_the_one_before(built, monkeypatch: pytest.MonkeyPatch) -> None:
    """`interrupt` (a newer key typed) stops a search's walk of the order and its facet counting at their next
    check, not only its SQL: wherever it comes, the search raises `Interrupted`; the index answers the next
    search as before, and a search begun after the interrupt is not stopped by it."""
    index, _, _ = built
    query = Filter.parse("a")
    monkeypatch.setattr(paged, "FIRST_CHUNK", 8)  # a walk of many steps, each with its check
    monkeypatch.setattr(paged, "LAST_CHUNK", 8)
    real_moot = index.moot
    calls: list[int] = []
    stop_at: list[int] = []

    def counted() -> Any:
        check = real_moot()

        def counting() -> None:
            calls.append(1)
            if len(calls) in stop_at:
                index.interrupt()
            check()

        return counting

    monkeypatch.setattr(index, "moot", counted)

    def fresh() -> Any:
        index._flags.clear()
        index._last = None
        calls.clear()
        return index.search(query, limit=10)  # the first page, then every match for the facets

    expected = fresh()
    steps = len(calls)
    assert steps > 10  # the walk's steps and each facet count
    for stop in (2, steps // 2, steps - 1, steps):
        stop_at[:] = [stop]
        with pytest.raises(Interrupted):
            fresh()
    stop_at.clear()
    again = fresh()
    assert (again.total, again.records, again.facets) == (expected.total, expected.records, expected.facets)
    monkeypatch.undo()
    check = index.moot()
    index.interrupt()
    with pytest.raises(Interrupted):
        check()
    index.moot()()  # taken after the interrupt: not stopped by it


def test_many_matches_picked_out_of_the_order_in_c_alike(built, monkeypatch: pytest.MonkeyPatch) -> None:
    """Matches picked out of a sort order by numpy (`matches._picked`, for large stores) are those of a full scan,
    in order, in every sort."""
    monkeypatch.setattr(sqlmatches, "VECTORISED", 1)
    index, records, seed = built
    index._last = None
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    rng = random.Random(seed * 41)
    queries = [Filter.parse("year:2025"), *_random_filters(rng, records, 30)]
    for query in queries:
        reference = Reference(query)
        expected = [r["id"] for r, k in zip(ordered, keys, strict=True) if reference.matches(k)]
        assert [r["id"] for r in index.search(query, facets=False).records] == expected, query.render()
        for sort in ("locality", "body"):
            monkeypatch.setattr(sqlmatches, "VECTORISED", 10**9)
            index._last = None
            slow = [r["id"] for r in index.search(query, sort=sort, facets=False).records]
            monkeypatch.setattr(sqlmatches, "VECTORISED", 1)
            index._last = None
            assert [r["id"] for r in index.search(query, sort=sort, facets=False).records] == slow, query.render()
