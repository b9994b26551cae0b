"""Property tests of the ward picker's places of one name (`tui.namesakes`), against a scan of the records.

Over random stores of visits to the places of a few shared names (wards of today of the name in several
provinces, a former ward of the name that became a ward of another name, a locality of the name placed in no
ward of today) and unique ones, under random filters: each value offered counts what its clause finds with the
rest of the filter (a `Matcher` scan and the in-memory index agree with the persistent index's count), the
places of a name are offered only where they find something, and nothing the name alone finds is lost by
splitting it: every such visit is found by one of the name's values offered.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Clause, Filter
from store.today_wards import namesakes
from tests.factories import make_record
from tui.model import Catalog, ward_label
from tui.namesakes import namesake_pairs
from tui.searcher import preloaded

HCM = {"name": "Thành phố Hồ Chí Minh", "code": 79}
KHANH_HOA = {"name": "Tỉnh Khánh Hòa", "code": 56}
DONG_NAI = {"name": "Tỉnh Đồng Nai", "code": 75}
TAY_NINH = {"name": "Tỉnh Tây Ninh", "code": 80}
PLACES: list[dict[str, Any]] = [
    {"name": "Phường Tân Định", "level": "phường", "province": HCM, "ward": {"name": "Phường Tân Định", "code": 26737}},
    {"name": "Xã Tân Định", "level": "xã", "province": KHANH_HOA, "ward": {"name": "Xã Tân Định", "code": 22576}},
    {"name": "phường Tân Định", "level": "phường", "province": HCM, "former_province": "Bình Dương",
     "ward": {"name": "Phường Hòa Lợi", "code": 25849}},  # Bến Cát's, now Hòa Lợi
    {"name": "phường Tân Định", "level": "phường", "province": HCM, "ward": None},  # placed nowhere
    {"name": "Xã Tân Phú", "level": "xã", "province": DONG_NAI, "ward": {"name": "Xã Tân Phú", "code": 26116}},
    {"name": "xã Tân Phú", "level": "xã", "province": TAY_NINH, "ward": {"name": "Xã Tân Phú", "code": 25549}},
    {"name": "phường Lái Thiêu", "level": "phường", "province": HCM,
     "ward": {"name": "Phường Lái Thiêu", "code": 25966}},
]
FILTERS = ["", "year:2025", "topic:cchc", "year:2024 topic:cchc"]


@st.composite
def stores(draw: st.DrawFn) -> list[dict[str, Any]]:
    visits = draw(st.lists(st.tuples(st.lists(st.sampled_from(range(len(PLACES))), min_size=1, max_size=2,
                                              unique=True),
                                     st.sampled_from([2024, 2025]), st.booleans()), min_size=1, max_size=12))
    return [{**make_record(id=f"{year}-01-{n + 1:02d}-visit-{n}", date=f"{year}-01-{n + 1:02d}",
                           localities=[PLACES[i] for i in places],
                           topics=["cchc"] if cchc else ["chuyen-doi-so"]), "figures": []}
            for n, (places, year, cchc) in enumerate(visits)]


def _scan(records: list[dict[str, Any]], query: Filter) -> set[str]:
    matcher = Matcher(query)
    return {record["id"] for record in records if matcher.matches_record(record)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stores(), st.sampled_from(FILTERS))
def test_each_value_offered_counts_what_it_finds_and_no_visit_of_a_name_is_lost(records: list[dict[str, Any]],
                                                                               base: str) -> None:
    query = Filter.parse(base) if base else Filter()
    searcher = preloaded(records)
    facets = searcher.search(query, sort="date", offset=0, limit=0, facets=True).facets["ward"]
    offered = namesake_pairs(Catalog(searcher), query, facets) or facets
    index = SurveyIndex(records)
    values = {value for value, _ in offered}
    for value, count in offered:
        shown = query.with_clause(Filter.parse(value).clauses[0] if value.startswith("ward=")
                                  else Clause("ward", value, exact=True))
        assert count == len(_scan(records, shown)) == len(index.search(shown, with_facets=False).positions), value
        assert count > 0, value
    for name, count in facets:
        if not (count and namesakes(name)):
            continue
        assert name not in values
        mine = [value for value in values if value.startswith("ward=") and
                Filter.parse(value).clauses[0].value in (*namesakes(name), name)]
        labelled = {record["id"] for record in records if record["id"] in _scan(records, query)
                    and any(ward_label(locality) == name for locality in record["localities"])}
        found = set().union(*(_scan(records, query.with_clause(Filter.parse(value).clauses[0])) for value in mine))
        assert labelled <= found, name  # none lost
        if f'ward="{name}"' in values:  # the name alone: only when some visit of the name is in none of its places
            assert labelled - set().union(*(_scan(records, query.with_clause(Filter.parse(value).clauses[0]))
                                            for value in mine if value != f'ward="{name}"')), name
