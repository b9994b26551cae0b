"""Record text is data: markup and terminal escapes in a record are shown literally and never act."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from store.store import SurveyStore
from store.validation import validate
from tests.tui.browser_helpers import (
    active_filter,
    answer,
    browsing,
    details_text,
    facet_lines,
    filter_text,
    listed_ids,
    screen_text,
    settle,
    type_text,
)
from tui.safe import visible

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

MARKUP = "[/b] [B] [@click=app.quit] [link=http://x]y[/link]"
ESCAPES = "\x1b[31mred\x1b]8;;http://x\x07"
HOSTILE = f"{MARKUP} {ESCAPES}"
SHOWN_ESCAPES = "\\x1b[31mred\\x1b]8;;http://x\\x07"
HOSTILE_ID = "2025-10-01-hostile"


def hostile_record() -> dict:
    bundled = json.loads((Path(__file__).parents[2] / "data" / "surveys.json").read_text(encoding="utf-8"))
    record = copy.deepcopy(bundled[4])
    place = "huyện [@click=app.quit]Q"
    record.update(
        id=HOSTILE_ID, date="2025-10-01", body=f"Đoàn {HOSTILE}", summary=f"Tóm tắt {HOSTILE}\nhết.",
        notes=HOSTILE,
    )
    record["leader"] = {"name": f"Ông {MARKUP}", "title": ESCAPES}
    record["localities"] = [{"name": place, "level": "huyện", "province": {"name": "Thành phố Hà Nội", "code": 1},
                             "ward": None}]
    record["recommendations"] = [{"text": HOSTILE, "by": MARKUP, "to": ESCAPES, "locality": place}]
    record["directions"] = [{"text": HOSTILE, "by": "[bold red]x", "to": "[/]"}]
    record["difficulties"] = [{"text": HOSTILE, "locality": place}]
    record["people"] = [{"name": MARKUP, "role": ESCAPES}]
    record["figures"] = [{"label": HOSTILE, "value": 2446, "unit": "[b]hồ sơ", "locality": place}]
    record["source"] = {"outlet": MARKUP, "url": "http://x/\x1b]8;;evil\x07"}
    return record


@pytest.fixture
def hostile_store(tmp_path: Path) -> Path:
    record = hostile_record()
    assert validate(record) == []
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record])
    return path


def assert_no_raw_controls(text: str) -> None:
    assert not any(ch in text for ch in "\x1b\x07\x9b\x9d"), repr(text)


async def test_hostile_text_is_shown_literally_and_the_app_stays_up(hostile_store: Path) -> None:
    async with browsing(hostile_store, "en", (120, 40)) as (app, pilot):
        assert listed_ids(app)[0] == HOSTILE_ID
        details = details_text(app, width=400)
        for literal in ("[/b]", "[B]", "[@click=app.quit]", "[link=http://x]y[/link]", SHOWN_ESCAPES,
                        "[bold red]x → [/]", "[b]hồ sơ", "Tóm tắt " + MARKUP, "2,446"):
            assert literal in details, literal
        assert_no_raw_controls(details)
        screen = screen_text(app)
        assert "Đoàn [/b] [B] [@click=app.quit]" in screen
        assert "[@click=app.quit]Q ·" in screen  # the locality cell, cut where the column ends
        assert_no_raw_controls(screen)

        for x, y in ((30, 3), (10, 25), (40, 30)):  # clicking the text must not follow a @click
            await pilot.click(offset=(x, y))
        await pilot.press("enter", "pagedown", "pagedown", "G", "escape")
        await settle(pilot)
        assert app.is_running


async def test_hostile_values_in_facets_pickers_and_the_filter_bar(hostile_store: Path) -> None:
    async with browsing(hostile_store, "vi", (120, 40)) as (app, pilot):
        lines = facet_lines(app)
        assert any("[@click=app.quit]Q" in line for line in lines)
        assert_no_raw_controls("\n".join(lines))

        await answer(pilot, "b", "click")
        assert listed_ids(app) == [HOSTILE_ID]
        shown = filter_text(app)
        assert shown.startswith('coquan="Đoàn [/b] [B] [@click=app.quit]')  # the Vietnamese name of body=
        assert_no_raw_controls(shown)
        assert shown == visible(active_filter(app).render("vi"))
        await pilot.press("colon", "enter")  # submitting the escaped text unchanged keeps the real filter
        await settle(pilot)
        assert listed_ids(app) == [HOSTILE_ID]

        await pilot.press("X", "W")
        await settle(pilot)
        assert filter_text(app) == 'xa="[@click=app.quit]Q"'
        assert listed_ids(app) == [HOSTILE_ID]
        assert_no_raw_controls(screen_text(app))
        assert app.is_running


async def test_hostile_text_in_the_vietnamese_ui_too(hostile_store: Path) -> None:
    async with browsing(hostile_store, "vi") as (app, pilot):
        assert "2.446" in details_text(app)
        await pilot.press("slash")
        await type_text(pilot, "click")
        await settle(pilot)
        assert listed_ids(app) == [HOSTILE_ID]
        assert_no_raw_controls(screen_text(app))
        assert app.is_running
