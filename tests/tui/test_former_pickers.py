"""Found in a first-user trial (session 18): `p quang binh` found nothing while `tinh:"quang binh"` found 4 visits.

The visits named only today's wards of Quảng Trị that were Quảng Bình's (xã
Hoàn Lão, phường Đồng Hới, xã Lệ Thủy); the picker offered the former units
records write, not those today's wards were made from. Now it offers Quảng
Bình and its districts, marked as former, typed without diacritics, each with
the count its clause then finds; picking one writes the clause a user types.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.backends import _sample_records
from tests.contract.test_former_communes import CHAU_THANH, tan_phu
from tests.contract.test_former_units import namesakes, quang_binh, tinh_hoa
from tests.synthetic import write_store
from tests.tui.browser_helpers import active_filter, browsing, picker, result, settle, type_text
from tests.tui.test_snapshots import after
from tui.app import SurveysApp
from tui.i18n import LANGS

pytestmark = pytest.mark.slow  # Pilot flows and SVG snapshots


@pytest.fixture
def quang_tri_store(tmp_path: Path) -> Path:
    """The five sample visits and four of Quảng Bình's: three after the merge naming today's wards only."""
    path = tmp_path / "s.json"
    write_store(path, _sample_records() + quang_binh())
    return path


@pytest.mark.parametrize("lang", LANGS)
async def test_a_former_province_named_by_no_record_is_offered_and_finds_what_it_counts(quang_tri_store: Path,
                                                                                       lang: str) -> None:
    async with browsing(quang_tri_store, lang) as (app, pilot):
        await pilot.press("p")
        await type_text(pilot, "quang binh")
        await settle(pilot)
        shown = {choice.label: choice.count for choice in picker(app).visible_choices}
        assert shown.get("Quảng Bình") == 4, shown
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == 'province:"Quảng Bình"'  # what `tinh:"quang binh"` reads as
        assert len(result(app).positions) == 4
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("p")
        await type_text(pilot, "bo trach")
        await settle(pilot)
        shown = {choice.label: choice.count for choice in picker(app).visible_choices}
        assert shown.get("Bố Trạch") == 2, shown  # the district as written in 2024, and xã Hoàn Lão in 2025
        await pilot.press("enter")
        await settle(pilot)
        assert len(result(app).positions) == 2


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
def test_province_picker_quang_binh(snap_compare, quang_tri_store: Path, lang: str, size: tuple[int, int]) -> None:
    """`p quang binh`: the province merged into Quảng Trị, offered though the records name today's wards only."""
    app = SurveysApp(quang_tri_store, lang=lang)
    assert snap_compare(app, terminal_size=size, run_before=after("p", typed="quang binh"))


@pytest.fixture
def namesakes_store(tmp_path: Path) -> Path:
    """The five sample visits and six naming districts of one name: Tân Uyên of Lai Châu and of Bình Dương, the
    two Kỳ Anh of Hà Tĩnh, before the merge and after it (`namesakes`)."""
    path = tmp_path / "s.json"
    write_store(path, _sample_records() + namesakes())
    return path


@pytest.mark.parametrize("lang", LANGS)
async def test_districts_of_one_name_are_offered_apart_and_each_finds_what_it_counts(namesakes_store: Path,
                                                                                      lang: str) -> None:
    """`p tan uyen` had offered Lai Châu's huyện and Bình Dương's city under one clause, which found the visits of
    both: each is now its own line, its level and former province beside it, and finds what its count says."""
    async with browsing(namesakes_store, lang) as (app, pilot):
        await pilot.press("p")
        await type_text(pilot, "tan uyen")
        await settle(pilot)
        shown = [choice for choice in picker(app).visible_choices if choice.label == "Tân Uyên"]
        assert len({choice.value for choice in shown}) == len(shown) == 2, shown
        await pilot.press("escape")
        for typed, value, count in (("tan uyen lai chau", "huyện Tân Uyên, Lai Châu", 2),
                                    ("tan uyen binh duong", "thành phố Tân Uyên, Bình Dương", 3)):  # + Tân Đông Hiệp
            await pilot.press("p")
            await type_text(pilot, typed)
            await settle(pilot)
            first = picker(app).visible_choices[0]
            assert first.label == "Tân Uyên" and first.count == count, first
            await pilot.press("enter")
            await settle(pilot)
            assert [(c.field, c.value) for c in active_filter(app).clauses] == [("ward", value)]
            assert len(result(app).positions) == first.count
            await pilot.press("x")
            await settle(pilot)


def test_province_picker_namesakes(snap_compare, namesakes_store: Path) -> None:
    """`p tan uyen` at 80×24 in Vietnamese: the two former districts of the name, each with its level and province."""
    app = SurveysApp(namesakes_store, lang="vi")
    assert snap_compare(app, terminal_size=(80, 24), run_before=after("p", typed="tan uyen"))


@pytest.mark.parametrize("lang", LANGS)
async def test_the_ward_picker_offers_a_commune_merged_away_and_finds_the_old_and_new_visits(tmp_path: Path,
                                                                                          lang: str) -> None:
    """Found in session 36's tryout: `w tinh hoa` offered nothing though `xa:"tịnh hoà"` found the visit (the
    ward facet names today's ward, Đông Sơn). Now xã Tịnh Hòa is offered, marked as former, and picked as the
    clause that finds the 2024 report and the 2026 visit to the ward it became."""
    path = tmp_path / "s.json"
    write_store(path, _sample_records() + tinh_hoa())
    async with browsing(path, lang) as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "tinh hoa")
        await settle(pilot)
        shown = {choice.label: (choice.count, choice.detail) for choice in picker(app).visible_choices}
        assert shown.get("Tịnh Hòa") == (2, {"vi": "xã cũ, Quảng Ngãi",
                                             "en": "former commune (xã), Quảng Ngãi"}[lang]), shown
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == 'ward="xã Tịnh Hòa"'
        assert len(result(app).positions) == 2
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("p")
        await type_text(pilot, "tinh hoa")
        await settle(pilot)
        assert "Tịnh Hòa" not in {choice.label for choice in picker(app).visible_choices}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_former_commune_of_a_shared_name_is_picked_with_its_district(tmp_path: Path, lang: str) -> None:
    """Session 37: Đồng Tháp's two former xã Tân Phú (and Cai Lậy's, a ward of today) were picked as
    `ward="xã Tân Phú"`, which found all of them; each is now offered with its district and picked as the clause that
    finds its old report and the visit to the ward it became (`tests.contract.test_former_communes`)."""
    path = tmp_path / "s.json"
    write_store(path, _sample_records() + tan_phu())
    async with browsing(path, lang) as (app, pilot):
        await pilot.press("w")
        await type_text(pilot, "tan phu")
        await settle(pilot)
        shown = [(choice.label, choice.detail) for choice in picker(app).visible_choices]
        former = {"vi": "xã cũ, ", "en": "former commune (xã), "}[lang]
        wanted = ("Tân Phú", former + "huyện Châu Thành, Đồng Tháp")
        assert wanted in shown and ("Tân Phú", former + "huyện Thanh Bình, Đồng Tháp") in shown, shown
        await pilot.press(*["down"] * shown.index(wanted), "enter")
        await settle(pilot)
        assert active_filter(app).render() == CHAU_THANH
        assert len(result(app).positions) == 2
