"""Defects found open after session 19 and in session 20's tryout (tmux, 80×24 in Vietnamese and 120×40 in
English), each fixed in the widget or screen that owns it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Label

from tests.tui.browser_helpers import browsing, details_text, notes, open_screen, screen_text, set_filter, settle
from tui.screens.export_dialog import ExportScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

LONG = 'tinh:"Cà Mau" chude:cchc tu:2024-01 den:2025-06 "dịch vụ công trực tuyến toàn trình"'


@pytest.mark.parametrize("lang, size, words", [("vi", (80, 24), "Không có chuyến nào khớp"),
                                               ("en", (120, 40), "No visit matches")])
async def test_an_empty_result_is_said_once_in_the_list_with_its_whole_filter(bundled_store: Path, lang: str,
                                                                              size: tuple[int, int],
                                                                              words: str) -> None:
    """The list and the details pane had both said it, one above the other; at 80 columns the list cut the filter
    at its right edge."""
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await set_filter(pilot, LONG)
        await settle(pilot)
        text = screen_text(app)
        assert text.count(words) == 1
        assert words not in details_text(app)
        for piece in ('"Cà Mau"', "2024-01", '"dịch vụ công trực tuyến toàn trình"'):
            assert piece in text, piece


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_short_ward_name_brings_no_note_of_far_away_places(bundled_store: Path, lang: str) -> None:
    """`xa:dong` finds Tân Đông Hiệp by its own name; the browser had noted that Xã Đông of KBang (Gia Lai) became
    Kông Bơ La, where the store has no visit (`store.former_notes`)."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await set_filter(pilot, "xa:dong")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert "Tân Đông Hiệp" in screen_text(app)
        assert not [note for note in notes(app) if "KBang" in note]


@pytest.mark.parametrize("lang, typed, words", [
    ("vi", "den:2023 tu:2025", "Các điều kiện ngày của bộ lọc không chừa ngày nào"),
    ("en", "year:2023 since:2024-03", "The filter's date conditions leave no day")])
async def test_dates_that_leave_no_day_are_said_so(bundled_store: Path, lang: str, typed: str, words: str) -> None:
    """`den:2023 tu:2025` (the bounds typed the wrong way round) had been said as any filter matching nothing."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await set_filter(pilot, typed)
        await settle(pilot)
        assert words in screen_text(app)
        await set_filter(pilot, "den:2025 tu:2023")
        await settle(pilot)
        assert words not in screen_text(app)


@pytest.mark.parametrize("lang, whole, filtered", [
    ("vi", "Xuất cả 5 chuyến trong kho", "Xuất 2 chuyến đang lọc"),
    ("en", "Export all 5 visits in the store", "Export the 2 filtered visits")])
async def test_the_export_title_says_filtered_only_under_a_filter(bundled_store: Path, lang: str, whole: str,
                                                                  filtered: str) -> None:
    """`e` with no filter had said "Export the 7 filtered visits" over "No filter: every visit in the store"."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        dialog = await open_screen(pilot, "e", ExportScreen)
        assert str(dialog.query_one(".dialog-title", Label).render()) == whole
        await pilot.press("escape")
        await set_filter(pilot, "year:2023")
        await settle(pilot)
        dialog = await open_screen(pilot, "e", ExportScreen)
        assert str(dialog.query_one(".dialog-title", Label).render()) == filtered


@pytest.mark.parametrize("lang, said", [("vi", "Chưa chọn chuyến nào"), ("en", "No visit is selected")])
async def test_enter_on_an_empty_list_says_no_visit_is_selected(bundled_store: Path, lang: str, said: str) -> None:
    """Enter with no row had moved the focus to the details pane, now empty (the list says why it has no rows)."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await set_filter(pilot, "nothing-here")
        await settle(pilot)
        app.survey_list.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.survey_list
        assert said in notes(app)
