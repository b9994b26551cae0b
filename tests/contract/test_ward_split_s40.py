"""A former ward that became today's ward of its name and part of another, in `w`, on every backend (session 40).

The former phường Tân Đông Hiệp (Dĩ An, Bình Dương) became phường Tân Đông Hiệp and part of phường Dĩ An. The ward
picker offered "Tân Đông Hiệp 1" (the facet's count: the visits in today's ward of the name) while its pick,
`ward="Tân Đông Hiệp"`, found 4 (with the visits to today's phường Dĩ An, as a former ward's clause finds what it
became: docs/tryout-s39-tryout11.md item 5). Now today's ward is offered with its province, counted and found alike,
and the name alone beside it, saying which ward took the rest, counted as its clause finds. Lái Thiêu, whose former
ward became Lái Thiêu alone, is offered as before (the look-alike).
"""

from __future__ import annotations

from typing import Any

import pytest

from store import today_wards
from store.query import Filter
from store.repository import Repository
from tests.contract.test_today_wards import HO_CHI_MINH
from tests.contract.test_ward_namesakes import _ids, _offered
from tests.factories import make_record
from tui.namesakes import namesake_choice

TODAY = 'ward="Phường Tân Đông Hiệp, Hồ Chí Minh"'
ALONE = 'ward="Tân Đông Hiệp"'


def visit(ident: str, name: str, ward: str, code: int, **more: Any) -> dict[str, Any]:
    locality = {"name": name, "level": "phường", "province": HO_CHI_MINH, "ward": {"name": ward, "code": code},
                **more}
    return {**make_record(id=ident, date=ident[:10], localities=[locality]), "figures": []}


def records() -> list[dict[str, Any]]:
    """A 2022 visit to the former ward, three to today's phường Dĩ An, one to Lái Thiêu."""
    return [visit("2022-08-18-tan-dong-hiep", "phường Tân Đông Hiệp", "Phường Tân Đông Hiệp", 25945,
                  former_province="Bình Dương"),
            *(visit(f"2025-{month:02d}-10-di-an", "phường Dĩ An", "Phường Dĩ An", 25942) for month in (8, 9, 10)),
            visit("2025-11-03-lai-thieu", "phường Lái Thiêu", "Phường Lái Thiêu", 25966)]


def test_split_away_names_today_s_ward_and_where_the_rest_went() -> None:
    split_away = today_wards.split_away  # by the module: this file's records are the browser test's too
    assert split_away("Tân Đông Hiệp") == ("Phường Tân Đông Hiệp, Hồ Chí Minh", ("Phường Dĩ An",))
    assert split_away("Lái Thiêu") is None  # became Lái Thiêu alone
    assert split_away("Tân Định") is None  # namesakes in two provinces: `namesakes` offers them apart already
    assert split_away("Nơi Không Có") is None


@pytest.mark.parametrize("kept", [True, False], ids=["index", "search"])
def test_each_choice_counts_what_its_pick_finds(repository: Repository, kept: bool) -> None:
    repository.upsert_many(records())
    offered = dict(_offered(repository, Filter(), kept))
    assert "Tân Đông Hiệp" not in offered  # the facet's count, which its pick did not find
    assert (offered[TODAY], offered[ALONE]) == (1, 4)
    assert offered[TODAY] == len(_ids(repository, TODAY)) and offered[ALONE] == len(_ids(repository, ALONE))
    assert offered["Lái Thiêu"] == 1  # one place of the name: as before
    order = list(offered)
    assert order.index(TODAY) < order.index(ALONE)


@pytest.mark.parametrize("kept", [True, False], ids=["index", "search"])
def test_the_name_alone_is_not_offered_when_it_finds_no_more(repository: Repository, kept: bool) -> None:
    repository.upsert_many([record for record in records() if "di-an" not in record["id"]])
    offered = dict(_offered(repository, Filter(), kept))
    assert offered[TODAY] == 1 and ALONE not in offered


@pytest.mark.parametrize(("lang", "said"), [("vi", "cũ và mới, cả phần nay thuộc Dĩ An"),
                                            ("en", "old and new, with the part now in Dĩ An")])
def test_the_name_alone_says_which_ward_took_the_rest(lang: str, said: str) -> None:
    assert namesake_choice(ALONE, lang).detail == said
    assert namesake_choice(TODAY, lang).detail == {"vi": "phường, Hồ Chí Minh", "en": "phường, Hồ Chí Minh"}[lang]
