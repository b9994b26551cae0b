"""The filter bar in the user's language: `nam:2025 tỉnh:"…"` is typed, `nam:2025 tinh:"…"` shown back, and `L` shows
the same filter with the other language's names; the remembered filter stays in English, which both read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.browser_helpers import (
    active_filter,
    answer,
    browsing,
    filter_text,
    listed_ids,
    notes,
    screen_text,
    set_filter,
    settle,
    type_text,
)
from tui.app import SurveysApp

RACH_DUA = "2025-09-09-doan-dbqh-tphcm-rach-dua"
pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen


async def test_a_filter_typed_with_vietnamese_names_is_shown_in_them_and_switches_with_the_language(
        bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await set_filter(pilot, 'năm:2025 tỉnh:"hồ chí minh" chude:de-an-06')
        assert filter_text(app) == 'nam:2025 tinh:"hồ chí minh" chude:de-an-06'
        english = await _found(app, pilot, 'year:2025 province:"hồ chí minh" topic:de-an-06')
        assert listed_ids(app) == english and english

        await pilot.press("L")
        await settle(pilot)
        assert filter_text(app) == 'year:2025 province:"hồ chí minh" topic:de-an-06'
        await pilot.press("L")
        await settle(pilot)
        assert filter_text(app) == 'nam:2025 tinh:"hồ chí minh" chude:de-an-06'

    settings = json.loads(Path(f"{bundled_store}.settings.json").read_text(encoding="utf-8"))
    assert settings["filter"] == 'year:2025 province:"hồ chí minh" topic:de-an-06'  # scripts and either language


async def test_a_picked_ward_is_shown_as_a_commune_level_unit(bundled_store: Path) -> None:
    """`xa` is the commune level (cấp xã: xã, phường, đặc khu); a name typed with `phuong:` stays so."""
    async with browsing(bundled_store, "vi") as (app, pilot):
        await answer(pilot, "w", "rach dua")
        assert filter_text(app) == 'xa="Rạch Dừa"'
        assert listed_ids(app) == [RACH_DUA]
        await set_filter(pilot, 'phuong:"rạch dừa"')
        assert filter_text(app) == 'phuong:"rạch dừa"' and listed_ids(app) == [RACH_DUA]


async def test_a_mistyped_name_is_answered_in_vietnamese_with_the_name_meant(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await set_filter(pilot, "tinhh:hue")
        shown = " ".join(screen_text(app).split())
        assert "không có trường lọc 'tinhh'; có phải tinh:?" in shown
        assert not active_filter(app)


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("vi", "trangthai:xyz", 'Bộ lọc sai: trangthai: \'xyz\' không phải là trạng thái xử lý nào; dùng một trong '
     '"chưa giải quyết", "đang giải quyết", "đã giải quyết", "không tiếp thu"'),
    ("en", "kind:abc", "Bad filter: kind: 'abc' is not a kind of visit; use one of oversight, survey, inspection, "
     '"working visit"'),
])
async def test_a_status_or_kind_that_names_none_says_which_there_are(bundled_store: Path, lang: str, typed: str,
                                                                     said: str) -> None:
    """`status:xyz` showed no visit and said nothing; the bar refuses it, the known values in the reader's words: the
    status line says the reason whole, on the rows it needs (a toast had held it whole while the line cut it)."""
    async with browsing(bundled_store, lang) as (app, pilot):
        await set_filter(pilot, typed)
        assert said in " ".join(screen_text(app).split())
        assert said not in notes(app)
        assert not active_filter(app)


async def _found(app: SurveysApp, pilot: Pilot[Any], text: str) -> list[str]:
    """What `text` finds, typed in the same browser; the filter that was there is put back."""
    typed = filter_text(app)
    await set_filter(pilot, text)
    found = listed_ids(app)
    await set_filter(pilot, typed)
    return found


async def test_after_escape_the_next_edit_replaces_the_whole_filter(bundled_store: Path) -> None:
    """Escape had left the cursor where the dropped edit put it: `:`, Ctrl+U then cut only the text before it and
    the new filter was typed into the rest (found in tmux: `truongdoan:"…"tinh:"hồ chí minh"`)."""
    async with browsing(bundled_store, "vi") as (app, pilot):
        await set_filter(pilot, 'nam:2025 tinh:"hồ chí minh"')
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, "tinhh:x")
        await pilot.press("enter")  # refused: the input keeps the text typed, the cursor after it
        await settle(pilot)
        await pilot.press("escape")
        await set_filter(pilot, "nam:2023")
        assert filter_text(app) == "nam:2023"
