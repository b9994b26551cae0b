"""The `to:` picker (a, and the palette): the offices the visits address items to, one per office however spelt,
with counts; a pick adds the `to:` clause (session 40). On the base, `a` did nothing and the palette had no such
command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import (
    browsing,
    filter_text,
    listed_ids,
    picker,
    run_from_palette,
    set_filter,
    settle,
    type_text,
)
from tests.tui.waiting import until


def _visit(name: str, day: str, *to: str) -> dict[str, Any]:
    return make_record(id=name, date=day, recommendations=[{"text": f"Việc gửi {one}.", "to": one, "status": "open"}
                                                           for one in to], directions=[])


VISITS = [
    _visit("2025-05-01-a", "2025-05-01", "Sở GD&ĐT", "UBND tỉnh"),
    _visit("2025-05-02-b", "2025-05-02", "Sở Giáo dục và Đào tạo"),
    _visit("2025-05-03-c", "2025-05-03", "Ủy ban nhân dân tỉnh", "Sở Y tế"),
]

MAY = "since:2025-05-01 until:2025-05-31"


async def _offered(pilot: Any) -> list[tuple[str, int]]:
    app = pilot.app
    await until(pilot, lambda: not picker(app).pending and len(picker(app).choices) > 0, "the offices counted")
    return [(choice.label, choice.count) for choice in picker(app).choices]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "said"), [("en", "to:"), ("vi", "gui:")])
async def test_a_offers_each_office_once_and_picks_it(tmp_path: Path, lang: str, said: str) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many(VISITS)
    async with browsing(path, lang) as (app, pilot):
        await set_filter(pilot, MAY)  # a new store holds the bundled samples too
        await pilot.press("a")
        assert await _offered(pilot) == [("Sở GD&ĐT", 2), ("UBND tỉnh", 2), ("Sở Y tế", 1)]
        await type_text(pilot, "giao duc")  # the spelling not shown finds its office too (the choice's keys)
        await pilot.press("enter")
        await settle(pilot)
        assert said in filter_text(app), filter_text(app)
        assert listed_ids(app) == ["2025-05-02-b", "2025-05-01-a"]


@pytest.mark.slow  # a Pilot flow
async def test_the_palette_opens_it_under_the_filter(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many(VISITS)
    async with browsing(path, "en") as (app, pilot):
        await set_filter(pilot, MAY)
        await run_from_palette(pilot, "addressee")
        assert await _offered(pilot) == [("Sở GD&ĐT", 2), ("UBND tỉnh", 2), ("Sở Y tế", 1)]
        await pilot.press("escape")
        await settle(pilot)
        await set_filter(pilot, "date:2025-05-03")
        await pilot.press("a")
        assert await _offered(pilot) == [("Sở Y tế", 1), ("Ủy ban nhân dân tỉnh", 1)]  # under the rest of the filter
