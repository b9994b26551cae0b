"""The ward picker (`w`) offers the wards of one name apart, on every backend, each counting what its clause finds.

`ward="Tân Định"`, the clause a pick of the name wrote, finds TP Hồ Chí Minh's phường Tân Định, Khánh Hòa's xã Tân
Định and what Bến Cát's former phường Tân Định became (Phường Hòa Lợi). The picker now offers each ward of today of
the name with its level and province, picked as `ward="Phường Tân Định, Hồ Chí Minh"`, and the name alone ("every
place of this name") only when some visit of the name is in none of them: here a locality written "phường Tân Định"
that no ward of today was recorded for, which no province's clause can claim (Bến Cát's Tân Định is in TP Hồ Chí
Minh too). Each count is checked against the repository's own search (TinyDB's persistent index, or a search per
clause without it; PostgreSQL's, its places counted in one pass: `count_ward_keys`), the in-memory index
(`store.index`) and a scan (`Matcher`).
"""

from __future__ import annotations

from typing import Any

import pytest

from store.backends import _sample_records
from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Filter
from store.repository import Repository
from tests.contract.test_today_wards import HO_CHI_MINH, namesakes
from tests.factories import make_record
from tests.synthetic import generate
from tui.choices import only, own_values
from tui.model import Catalog
from tui.namesakes import counted_own, namesake_choice, namesake_pairs
from tui.searcher import Searcher

UNPLACED = "2023-06-07-hcm-tan-dinh-unplaced"


def unplaced() -> dict[str, Any]:
    """A visit to a "phường Tân Định" of TP Hồ Chí Minh placed in no ward of today (an importer that could not
    tell which): found by the name alone, by no province's clause."""
    locality = {"name": "phường Tân Định", "level": "phường", "province": HO_CHI_MINH, "ward": None}
    return {**make_record(id=UNPLACED, date=UNPLACED[:10], localities=[locality]), "figures": []}


def every_record() -> list[dict[str, Any]]:
    return [*_sample_records(), *namesakes(), unplaced(), *generate(40, seed=21)]


def _catalog(repository: Repository, kept: bool) -> Catalog:
    repository.search(Filter(), limit=0)  # a file store's index built, as the browser has it before a picker
    searcher = Searcher(repository)
    if not kept:
        searcher.index = None  # a search per clause
    return Catalog(searcher)


def _offered(repository: Repository, query: Filter, kept: bool) -> list[tuple[str, int]]:
    facets = repository.search(query, limit=0, facets=True).facets["ward"]
    return namesake_pairs(_catalog(repository, kept), query, facets) or facets


@pytest.mark.parametrize("kept", [True, False], ids=["index", "search"])
@pytest.mark.parametrize("base", ["", "year:2025", "topic:cchc", '"tân định"'])
def test_each_place_offered_counts_what_its_clause_finds(repository: Repository, kept: bool, base: str) -> None:
    records = every_record()
    repository.upsert_many(records)
    query = Filter.parse(base) if base else Filter()
    index = SurveyIndex(records)
    for value, count in _offered(repository, query, kept):
        if not value.startswith("ward="):
            continue
        shown = query.with_clause(Filter.parse(value).clauses[0])  # what the pick writes (`tui.choices.picked`)
        assert count == repository.search(shown, limit=0, facets=False).total, (value, base)
        assert count == len(index.search(shown, with_facets=False).positions), (value, base)
        matcher = Matcher(shown)
        assert count == sum(matcher.matches_record(record) for record in records), (value, base)


def _ids(repository: Repository, value: str) -> set[str]:
    return {record["id"] for record in repository.search(Filter.parse(value), limit=200).records}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_shared_name_is_offered_as_its_places_and_a_unique_one_as_before(repository: Repository,
                                                                          lang: str) -> None:
    repository.upsert_many(every_record())
    offered = dict(_offered(repository, Filter(), True))
    hcm, khanh_hoa, every = ('ward="Phường Tân Định, Hồ Chí Minh"', 'ward="Xã Tân Định, Khánh Hòa"',
                             'ward="Tân Định"')
    assert "Tân Định" not in offered  # the name's pooled count is gone
    assert (offered[hcm], offered[khanh_hoa]) == (2, 1)
    ours = {record["id"] for record in [*namesakes(), unplaced()]}
    assert _ids(repository, hcm) & ours == {"2025-09-01-hcm-tan-dinh", "2024-03-02-q1-tan-dinh"}
    assert UNPLACED in _ids(repository, every) and offered[every] == len(_ids(repository, every))
    assert offered["Lái Thiêu"] == 1  # one place of the name: the short form, as before
    order = list(offered)
    assert order.index(hcm) < order.index(khanh_hoa) < order.index(every)  # the likeliest place first
    choice = namesake_choice(hcm, lang)
    assert (choice.label, choice.detail) == ("Tân Định", "phường, Hồ Chí Minh")
    assert namesake_choice(every, lang).detail == ("mọi nơi mang tên này, cũ và mới" if lang == "vi"
                                                   else "every place of this name, old and new")


@pytest.mark.parametrize("kept", [True, False], ids=["index", "search"])
def test_the_name_alone_is_not_offered_when_every_visit_of_it_is_in_a_place(repository: Repository,
                                                                          kept: bool) -> None:
    """Without the unplaced visit every visit under the name Tân Định is in one of its wards of today; Bến Cát's,
    which `ward="Tân Định"` finds too, is offered under the ward it became (Hòa Lợi, a name a former ward
    elsewhere bore too)."""
    repository.upsert_many([record for record in every_record() if record["id"] != UNPLACED])
    offered = dict(_offered(repository, Filter(), kept))
    assert 'ward="Tân Định"' not in offered
    assert offered['ward="Phường Tân Định, Hồ Chí Minh"'] == 2
    hoa_loi = 'ward="Phường Hòa Lợi, Hồ Chí Minh"'
    assert "2024-04-03-bc-tan-dinh" in _ids(repository, hoa_loi) and offered[hoa_loi] == len(_ids(repository, hoa_loi))


def test_only_this_visits_ward_names_a_shared_one_with_its_province(repository: Repository) -> None:
    """W on a visit to TP Hồ Chí Minh's Tân Định and Lái Thiêu: the first with its province, counted as its clause
    finds (2 of the namesakes, with this visit 3); Lái Thiêu, a name one place bears, as before."""
    both = {**make_record(id="2025-12-01-hcm-two-wards", date="2025-12-01", localities=[
        namesakes()[0]["localities"][0], _sample_records()[3]["localities"][0]]), "figures": []}
    repository.upsert_many([*every_record(), both])
    own = own_values(both, "ward")
    assert own == ['ward="Phường Tân Định, Hồ Chí Minh"', "Lái Thiêu"]
    catalog = _catalog(repository, True)
    facets = repository.search(Filter(), limit=0, facets=True).facets["ward"]
    counted = dict(counted_own(catalog, Filter(), facets, own))
    assert counted[own[0]] == repository.search(Filter.parse(own[0]), limit=0).total == 3
    assert only(Filter.parse("year:2025"), "ward", own[0]).render() == 'year:2025 ward="Phường Tân Định, Hồ Chí Minh"'
