"""The counts and orders a picked ward's Enter is made of, done in C (#17), agree with a full scan.

A ward's matches at a million records (thousands of surveys) are counted by
gathering their slices of the value column (`facets._gathered`) and sorted
by their places (`matches._sorted`), both by numpy; the thresholds are
lowered here so that every pool of a small store goes that way.
"""

from __future__ import annotations

import random
from typing import Any

import numpy  # noqa: F401 - loaded, as the index expects before it counts or sorts in C
import pytest

from store.matching import keys_of
from store.query import Filter
from store.sqlindex import facets as sqlfacets
from store.sqlindex import matches as sqlmatches
from tests.sqlindex_reference import Reference, newest, scan_facets
from tests.test_index_vs_scan import _random_filters
from tests.test_sqlindex import built

__all__ = ["built"]  # the fixture, shared with test_sqlindex


@pytest.mark.parametrize("vectorised", [20_000, 40])
def test_pools_gathered_in_c_count_as_the_full_scan(built: Any, monkeypatch: pytest.MonkeyPatch,
                                                    vectorised: int) -> None:
    """Every pool smaller than the large ones (all of them with 20,000; with 40, those leaving out few records
    are counted by what they leave out, gathered too) agrees with the scan."""
    monkeypatch.setattr(sqlfacets, "GATHERED", 1)
    monkeypatch.setattr(sqlfacets, "SMALLEST", 1)
    monkeypatch.setattr(sqlfacets, "VECTORISED", vectorised)
    index, records, seed = built
    index._last = None
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    rng = random.Random(seed * 43)
    for query in [Filter.parse("year:2025"), Filter.parse("a"), *_random_filters(rng, records, 25)]:
        index._last = None
        assert index.search(query).facets == scan_facets(ordered, keys, query), query.render()


def test_matches_sorted_in_c_keep_every_order(built: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A few matches sorted by their places by numpy come in the order of the full scan, in every sort."""
    monkeypatch.setattr(sqlmatches, "SORTED_IN_C", 1)
    monkeypatch.setattr(sqlmatches, "FEW", 0)  # every match list counts as few
    index, records, seed = built
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    rng = random.Random(seed * 47)
    for query in [Filter.parse("year:2025"), *_random_filters(rng, records, 25)]:
        reference = Reference(query)
        expected = [r["id"] for r, k in zip(ordered, keys, strict=True) if reference.matches(k)]
        index._last = None
        assert [r["id"] for r in index.search(query, facets=False).records] == expected, query.render()
        for sort in ("locality", "body"):
            index._last = None
            in_c = [r["id"] for r in index.search(query, sort=sort, facets=False).records]
            monkeypatch.setattr(sqlmatches, "SORTED_IN_C", 10**9)
            index._last = None
            in_python = [r["id"] for r in index.search(query, sort=sort, facets=False).records]
            monkeypatch.setattr(sqlmatches, "SORTED_IN_C", 1)
            assert in_c == in_python, (query.render(), sort)
