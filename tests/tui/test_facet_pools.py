"""Facet counts take one of three paths by the size of the pool (`store.sqlindex.facets`): a `Counter` over a
small pool's values, a numpy histogram over every pair for a large one, and, for a pool that leaves out only a
few records, those few counted and taken from the totals. Each path agrees with the full scan, and the counts
are named and ordered alike (most first, equal counts by value) whichever made them."""

from __future__ import annotations

import random
from typing import Any

import pytest

from store.matching import keys_of
from store.query import Filter
from store.sqlindex import SqlIndex
from store.sqlindex import facets as sqlfacets
from tests.sqlindex_reference import newest, scan_facets
from tests.synthetic import generate
from tests.test_index_vs_scan import _odd_records, _random_filters


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[SqlIndex, list[dict[str, Any]]]:
    records = generate(300, seed=5) + _odd_records(5)
    index = SqlIndex(tmp_path_factory.mktemp("pools") / "i.sqlite3", lambda: "t1", lambda: records)
    index.build()
    return index, records


@pytest.mark.parametrize(("vectorised", "smallest", "share"), [(10**9, 10**9, 1), (10**9, 0, 4), (1, 0, 1)])
def test_every_path_of_counting_agrees_with_a_full_scan(built, monkeypatch: pytest.MonkeyPatch, vectorised: int,
                                                        smallest: int, share: int) -> None:
    """Every pool a `Counter`; pools within a quarter of the store of all of it counted by what they leave
    out, those between by the histogram; every pool by the histogram."""
    index, records = built
    monkeypatch.setattr(sqlfacets, "VECTORISED", vectorised)
    monkeypatch.setattr(sqlfacets, "SMALLEST", smallest)
    monkeypatch.setattr(sqlfacets, "SHARE", share)
    index._counter.forget()  # the arrays kept are made again under these settings
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    rng = random.Random(share)
    queries = [Filter.parse("a"), Filter.parse("n"), Filter.parse("year:2025"), Filter.parse("ha"),
               *_random_filters(rng, records, 20)]
    for query in queries:
        assert index.search(query).facets == scan_facets(ordered, keys, query), query.render()
