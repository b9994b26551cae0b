"""`xa:"quận 1"`, a numbered district of before 2025 typed with its level word, found nothing and gave no hint (a
tryout of session 30). Since session 31 the clause finds the visits to the wards made from the district, as the
clause of a named one does (`Gazetteer.district_wards`; every backend: tests/contract/test_numbered_district.py):
here phường Tân Định of TP Hồ Chí Minh, made from Quận 1's Tân Định and Đa Kao. Pilot at 80×24 in Vietnamese and
120×40 in English on the sample visits and the namesakes of Tân Định."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.gazetteer import gazetteer
from tests.tui.browser_helpers import browsing, finish, result, set_filter
from tests.tui.test_facet_namesakes import tan_dinh_store  # noqa: F401 - the fixture


@pytest.mark.parametrize(("typed", "wards"), [
    ("quận 1", {"Phường Bến Thành", "Phường Cầu Ông Lãnh", "Phường Sài Gòn", "Phường Tân Định"}),
    ("Q.1", {"Phường Bến Thành", "Phường Cầu Ông Lãnh", "Phường Sài Gòn", "Phường Tân Định"}),
    ("quan 10", {"Phường Diên Hồng", "Phường Hòa Hưng", "Phường Vườn Lài"}),
])
def test_a_numbered_district_names_the_wards_made_from_it(typed: str, wards: set[str]) -> None:
    places = gazetteer()
    assert {unit.name for unit, _ in filter(None, map(places.ward, places.district_wards(typed)))} == wards


@pytest.mark.parametrize("typed", ["1", "phường 1", "P.1", "12"])
def test_a_bare_number_or_a_ward_is_no_district(typed: str) -> None:
    assert gazetteer().district_wards(typed) == frozenset()


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "field"), [("vi", (80, 24), "xa"), ("en", (120, 40), "ward")])
async def test_the_clause_finds_the_visits_to_the_wards_made_from_it(tan_dinh_store: Path, lang: str,  # noqa: F811
                                                                     size: tuple[int, int], field: str) -> None:
    async with browsing(tan_dinh_store, lang, size=size) as (app, pilot):
        await set_filter(pilot, f'{field}="Quận 1, Hồ Chí Minh"')
        await finish(pilot)
        with_province = result(app).total
        await set_filter(pilot, f'{field}:"quận 1"')
        await finish(pilot)
        assert result(app).total == with_province == 2  # Tân Định of TP HCM, before the merge and after it
