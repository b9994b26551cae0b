"""The name alone of a former unit that became several, in the sidebar and `w`: said plainly (session 40).

A 2024 visit to thành phố Hội An (placed in no ward of today: the city became several wards) and a 2025 one to today's
phường Hội An: the sidebar listed "Hội An 1" (the ward of today) and "Hội An · all of them 2", which read oddly to a
newcomer (docs/tryout-s39-tryout11.md item 9; "tất cả" in Vietnamese). The name alone finds the places that bear the
name today and those that bore it, so it says "old and new" / "cũ và mới"; the picker says it in its longer form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store import catalog as messages
from tests.factories import make_record
from tests.synthetic import write_store
from tests.tui.browser_helpers import browsing, facet_lines, picker, settle, type_text
from tui.namesakes import namesake_choice

pytestmark = pytest.mark.slow  # Pilot flows

DA_NANG = {"name": "Thành phố Đà Nẵng", "code": 48}
FORMER_CITY = {"name": "thành phố Hội An", "level": "thành phố", "former_province": "Quảng Nam", "province": DA_NANG,
               "ward": None}
TODAY = {"name": "phường Hội An", "level": "phường", "province": DA_NANG, "ward": {"name": "Phường Hội An",
                                                                                  "code": 20410}}
SAID = {"en": "old and new", "vi": "cũ và mới"}


def hoi_an_store(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    write_store(path, [make_record(id="2024-08-27-hoi-an", date="2024-08-27", localities=[FORMER_CITY]),
                       make_record(id="2025-10-02-hoi-an", date="2025-10-02", localities=[TODAY])])
    return path


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_sidebar_says_the_name_alone_is_old_and_new(tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(hoi_an_store(tmp_path), lang=lang, size=size) as (app, pilot):
        if not app.facets.display:
            await pilot.press("f")
            await settle(pilot)
        lines = [line.strip(" ●") for line in facet_lines(app) if "Hội An" in line]
        assert [" ".join(line.split()) for line in lines] == ["Hội An 1", f"Hội An · {SAID[lang]} 2"], lines


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_picker_says_it_in_its_longer_form(lang: str) -> None:
    longer = {"vi": "mọi nơi mang tên này, cũ và mới", "en": "every place of this name, old and new"}[lang]
    assert namesake_choice('ward="Hội An"', lang).detail == longer
    where = {"vi": "đều ở Đà Nẵng", "en": "all in Đà Nẵng"}[lang]
    assert messages.text("picker.every_namesake_in", lang, where="Đà Nẵng") == f"{longer}, {where}"


async def test_w_offers_the_name_alone_in_those_words(tmp_path: Path) -> None:
    async with browsing(hoi_an_store(tmp_path), lang="en", size=(120, 40)) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        await type_text(pilot, "hoi an")
        await settle(pilot)
        details = [choice.detail for choice in picker(app).visible_choices]
        assert any("old and new" in detail for detail in details), details
