"""The sidebar's province → ward tree under a ward filter: every number is what ticking its value finds.

Each facet is counted under the filter less its own clauses (the index), so
under a ward filter the provinces are counted with that ward (ticking one
narrows to the surveys of the ward there) while the wards are counted
without it (ticking one adds it as an alternative). A province the ward is
not in counts nothing then, yet its wards count: it was shown as "Hà Nội 0"
above wards with surveys. It is now a group of its wards, with no number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.query import Filter, facet_clause
from store.sqlindex import SqlIndex
from tests.synthetic import generate
from tests.tui.hosts import Host
from tui.i18n import Translator
from tui.widgets.facets import FacetPanel


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SqlIndex:
    records = generate(300, seed=11)
    built = SqlIndex(Path(tmp_path_factory.mktemp("tree")) / "i.sqlite3", lambda: "t1", lambda: records)
    built.build()
    return built


async def _tree(index: SqlIndex, query: Filter) -> list[tuple[Any, tuple[Any, ...]]]:
    """(clause, key) of each line of the sidebar's province section, as shown for `query`."""
    counts = index.search(query, limit=0).facets
    places = index.ward_provinces()

    async with Host(widgets=lambda: [FacetPanel(Translator("en"), id="facets")]).run_test(size=(120, 60)) as pilot:
        panel = pilot.app.query_one(FacetPanel)
        panel.show(counts, query, places)
        await pilot.pause()
        lines = list(zip(panel._clauses, panel._keys_shown, strict=True))
    end = next(i for i, (_, key) in enumerate(lines) if key == ("heading", "topic"))
    return lines[1:end]


def _ward_in_one_province(index: SqlIndex) -> str:
    places = index.ward_provinces()
    wards = index.search(Filter(), limit=0).facets["ward"]
    return next(ward for ward, count in wards if count >= 2 and len(places.get(ward, ())) == 1)


async def test_under_a_ward_filter_each_number_is_what_ticking_its_value_finds(index: SqlIndex) -> None:
    ward = _ward_in_one_province(index)
    query = Filter().with_clause(facet_clause("ward", ward))
    lines = await _tree(index, query)
    numbered = [(clause, key) for clause, key in lines if key[0] == "value"]
    alternatives = dict(index.search(query.without_field("ward"), limit=0).facets["ward"])
    assert any(clause.field == "province" for clause, _ in numbered)
    for clause, key in numbered:
        count = key[2]
        if clause.field == "province":  # narrows: the ward's surveys in that province
            assert count == index.search(query.with_clause(clause), limit=0, facets=False).total > 0
        else:  # one more alternative: that ward's surveys under the rest of the filter (nothing else here)
            assert count == alternatives[clause.value] > 0


async def test_a_province_the_ward_filter_leaves_out_groups_its_wards_without_a_number(index: SqlIndex) -> None:
    ward = _ward_in_one_province(index)
    (home,) = index.ward_provinces()[ward]
    lines = await _tree(index, Filter().with_clause(facet_clause("ward", ward)))
    groups = [key[1] for clause, key in lines if key[0] == "group"]
    assert groups and home not in groups
    for clause, key in lines:
        if key[0] == "group":
            assert clause is None  # nothing to tick: it would find no survey
        elif clause is not None and clause.field == "province":
            assert key[2] > 0, key  # no "0" above wards that count
    # each group is followed by its counted wards
    for place, (_, key) in enumerate(lines):
        if key[0] == "group":
            assert lines[place + 1][1][0] == "value" and lines[place + 1][0].field == "ward"


async def test_a_ticked_province_stays_pickable_even_when_the_ward_filter_empties_it(index: SqlIndex) -> None:
    ward = _ward_in_one_province(index)
    (home,) = index.ward_provinces()[ward]
    other = next(p for p, _ in index.search(Filter(), limit=0).facets["province"] if p != home)
    query = Filter().with_clause(facet_clause("ward", ward)).with_clause(facet_clause("province", other))
    lines = await _tree(index, query)
    ticked = [key for clause, key in lines if clause == facet_clause("province", other)]
    assert ticked and ticked[0][4]  # shown, ticked, with its count (none), to be unticked
