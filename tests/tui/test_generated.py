"""The browser on 500 generated surveys: what the list, details and facets show, checked by brute force."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from store.folding import fold
from tests.tui.browser_helpers import (
    answer,
    burst,
    details_text,
    facet_lines,
    filter_text,
    listed_ids,
    result,
    screen_text,
    searches_started,
    selected_id,
    settle,
    type_text,
)
from tui.app import SurveysApp
from tui.model import locality_text, ward_label
from tui.screens.picker import PickerScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


@pytest.fixture
def app(tmp_path: Path, generated: list[dict]) -> SurveysApp:
    return SurveysApp(tmp_path / "gen.json", lang="en", records=generated)


def by_id(generated: list[dict]) -> dict[str, dict]:
    return {record["id"]: record for record in generated}


async def test_list_is_newest_first_and_navigation_reaches_the_end(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        ids = listed_ids(app)
        assert len(ids) == 500
        dates = [by_id(generated)[i]["date"] for i in ids]
        assert dates == sorted(dates, reverse=True)
        assert "500 of 500 visits" in screen_text(app)
        await pilot.press("G")
        assert selected_id(app) == ids[-1]
        await settle(pilot)  # the details follow once the selection settles
        assert by_id(generated)[ids[-1]]["summary"] in details_text(app, width=2000)
        await pilot.press("g", "pagedown")
        page = app.survey_list.page
        assert selected_id(app) == ids[page]
        await pilot.press("pagedown", "pageup", "j", "j", "k")
        assert selected_id(app) == ids[page + 1]
        assert ids[page + 1][:10] in screen_text(app)  # the cursor row is scrolled into view


async def test_facet_counts_match_a_brute_force_count(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert result(app) is not None
        facets = dict(result(app).facets)
        years = Counter(record["date"][:4] for record in generated)
        assert dict(facets["year"]) == dict(years)
        kinds = Counter(record["kind"] for record in generated)
        assert dict(facets["kind"]) == dict(kinds)
        topics = Counter(topic for record in generated for topic in record["topics"])
        assert dict(facets["topic"]) == dict(topics)
        provinces = Counter(record["localities"][0]["province"]["name"] for record in generated)
        assert dict(facets["province"]) == dict(provinces)
        lines = facet_lines(app)
        for province, count in provinces.items():
            assert any(line.strip().startswith(province) and line.endswith(str(count)) for line in lines)


async def test_ward_picker_filters_to_that_ward(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await type_text(pilot, "hoan kiem")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert picker.visible_choices[0].value == "Hoàn Kiếm"
        assert picker.visible_choices[0].detail == "Hà Nội"
        await pilot.press("enter")
        await settle(pilot)
        expected = {r["id"] for r in generated if any(ward_label(loc) == "Hoàn Kiếm" for loc in r["localities"])}
        assert set(listed_ids(app)) == expected
        assert len(expected) > 5


async def test_topic_province_body_and_date_pickers_narrow_together(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await type_text(pilot, "two tier")
        await pilot.press("enter")
        await pilot.press("p")
        await settle(pilot)
        await type_text(pilot, "da nang")
        await pilot.press("enter")
        await answer(pilot, "d", "since 2023")
        assert filter_text(app) == 'topic:chinh-quyen-2-cap province:"Thành phố Đà Nẵng" since:2023'
        expected = {
            r["id"] for r in generated
            if "chinh-quyen-2-cap" in r["topics"] and r["localities"][0]["province"]["code"] == 48
            and r["date"] >= "2023-01-01"
        }
        assert set(listed_ids(app)) == expected and expected
        # a body of the visits listed, typed as a reader would (folded); the generated bodies vary with the data
        body = Counter(by_id(generated)[i]["body"] for i in expected).most_common(1)[0][0]
        await answer(pilot, "b", fold(body))
        assert set(listed_ids(app)) == {i for i in expected if by_id(generated)[i]["body"] == body}
        await pilot.press("x", "x", "x")
        await settle(pilot)
        assert filter_text(app) == "topic:chinh-quyen-2-cap"


async def test_only_this_surveys_ward_and_topic(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        record = next(r for r in (by_id(generated)[i] for i in listed_ids(app)) if len(r["localities"]) == 1)
        app.survey_list.move_to(listed_ids(app).index(record["id"]))
        await pilot.press("W")
        await settle(pilot)
        ward = ward_label(record["localities"][0])
        assert all(any(ward_label(loc) == ward for loc in by_id(generated)[i]["localities"]) for i in listed_ids(app))
        assert record["id"] in listed_ids(app)

        await pilot.press("X")
        await settle(pilot)
        record = next(r for r in (by_id(generated)[i] for i in listed_ids(app)) if len(r["topics"]) == 3)
        app.survey_list.move_to(listed_ids(app).index(record["id"]))
        await pilot.press("T")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [c.value for c in picker.visible_choices] == record["topics"]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert all(record["topics"][1] in by_id(generated)[i]["topics"] for i in listed_ids(app))


async def test_free_text_search_is_debounced_and_folds_diacritics(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = searches_started(app)
        await pilot.press("slash")
        burst(app, "ban ghi so 123")  # typed faster than a search runs: one search for the burst, not one per key
        await settle(pilot)
        assert listed_ids(app) == [generated[123]["id"]]
        assert searches_started(app) - before < len("ban ghi so 123")
        await pilot.press("enter")
        await settle(pilot)
        assert filter_text(app) == '"ban ghi so 123"'


async def test_sort_by_locality_then_body(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        keys = [fold(locality_text(by_id(generated)[i])) for i in listed_ids(app)]
        assert keys == sorted(keys)
        await pilot.press("s")
        await settle(pilot)
        keys = [fold(by_id(generated)[i]["body"]) for i in listed_ids(app)]
        assert keys == sorted(keys)
        assert "sorted by body" in screen_text(app)


async def test_facet_enter_toggles_a_year(app: SurveysApp, generated: list[dict]) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.facets.display  # wide terminal: shown from the start
        lines = facet_lines(app)
        app.facets.focus()
        app.facets.highlighted = next(i for i, line in enumerate(lines) if line.strip().startswith("2024 "))
        await pilot.press("enter")
        await settle(pilot)
        assert filter_text(app) == "year:2024"
        assert len(listed_ids(app)) == sum(1 for r in generated if r["date"].startswith("2024"))
        await pilot.press("enter")
        await settle(pilot)
        assert len(listed_ids(app)) == 500
