"""Every message the list gives instead of rows is read whole at 80×24: the list takes as many lines as the message
has once wrapped (it had counted them unwrapped: a long filter pushed the hint under it out of sight), and the lines
it has no room for are the details pane's, right under it (`tui.widgets.survey_list.split_message`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.query import Filter
from tests.tui.browser_helpers import browsing, screen_text, settle, type_text
from tui.widgets.survey_list import split_message

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

WORDS = ('"dịch vụ công trực tuyến mức độ bốn" "một cửa liên thông" "số hóa hồ sơ" "hạ tầng công nghệ thông tin" '
         '"chính quyền địa phương hai cấp"')
LONG = f'tinh:"Cà Mau" chude:de-an-06 tu:2025-07 den:2025-12 {WORDS}'
"""A filter of four lines at 80 columns: with its heading and hint, six."""
LONGER = (f'{LONG} {WORDS} "tiếp nhận hồ sơ trực tuyến toàn trình" "trả kết quả đúng hạn cho người dân" '
          '"phi địa giới hành chính" "bộ máy và cán bộ công chức cấp xã" '
          '"đường dây nóng"')
"""Nine lines with its heading and hint: one more than the list's share of 80×24 (eight lines under its header)."""


def joined(text: str) -> str:
    """The screen's words with its line breaks and margins gone (a wrapped filter read as one line)."""
    return " ".join(text.split())


def test_the_lines_that_do_not_fit_are_the_rest() -> None:
    message = "Heading:\n  one two three four five six\nPress x."
    assert split_message(message, 12, 5) == (("Heading:", "  one two", "  three four", "  five six", "Press x."), "")
    assert split_message(message, 12, 4) == (("Heading:", "  one two", "  three four", "  five six"), "Press x.")
    assert split_message(message, 12, 3) == (("Heading:",), "  one two three four five six\nPress x.")
    assert split_message("a very long first line", 6, 2) == (("a very", "long"), "a very long first line")


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_no_visit_matches_a_long_filter_says_it_whole(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, pilot):
        app.browser.apply_filter(Filter.parse(LONG))
        await settle(pilot)
        text = joined(screen_text(app))
        assert joined(Filter.parse(LONG).render(lang)) in text
        assert ("Bấm x để bỏ lọc cuối, X để bỏ mọi lọc." if lang == "vi" else
                "Press x to drop the last filter, X to clear them all.") in text  # had been cut off under the filter


async def test_a_filter_longer_than_the_list_goes_on_in_the_details_pane(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        app.browser.apply_filter(Filter.parse(LONGER))
        await settle(pilot)
        text = screen_text(app)
        heading, _, details = text.partition("Chi tiết")
        assert "Không có chuyến nào khớp bộ lọc:" in heading
        assert joined(Filter.parse(LONGER).render("vi")) in joined(heading)
        assert "Bấm x để bỏ lọc cuối, X để bỏ mọi lọc." in details  # the list's share is full: right under it
        assert joined(text).count("Bấm x") == 1
        await pilot.resize_terminal(120, 40)  # room for it all: the list says it, the details pane nothing again
        await settle(pilot)
        heading, _, details = screen_text(app).partition("Chi tiết")
        assert "Bấm x để bỏ lọc cuối" in heading and "Bấm x" not in details


async def test_a_start_after_the_end_says_it_whole(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        app.browser.apply_filter(Filter.parse(f"tu:2025 den:2023 {WORDS}"))
        await settle(pilot)
        text = joined(screen_text(app))
        assert "Các điều kiện ngày của bộ lọc không chừa ngày nào" in text
        assert '"chính quyền địa phương hai cấp" Bấm x để bỏ lọc cuối, X để bỏ mọi lọc.' in text


async def test_a_refused_filter_over_an_empty_list_says_the_filter_kept_whole(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        app.browser.apply_filter(Filter.parse(LONG))
        await settle(pilot)
        await pilot.press("colon", "end")
        await type_text(pilot, " nosuch:x")
        await pilot.press("enter")
        await settle(pilot)
        text = joined(screen_text(app))
        assert "Bộ lọc vừa gõ có lỗi, chưa dùng" in text
        assert "và không có chuyến nào khớp. Esc trả lại bộ lọc đó." in text  # the list's 5th line: lost before


@pytest.mark.parametrize("lang, hint", [("vi", "Bấm x để bỏ lọc cuối, X để bỏ mọi lọc."),
                                        ("en", "Press x to drop the last filter, X to clear them all.")])
async def test_a_pasted_page_in_the_search_leaves_the_hint_on_screen(bundled_store: Path, lang: str,
                                                                   hint: str) -> None:
    """A page pasted into the search (26,000 characters) had wrapped to hundreds of lines under "No visit matches
    the filter:", the hint under it far out of sight at 80×24; the message now repeats the filter's start only."""
    pasted = " ".join(["dịch vụ công trực tuyến"] * 1000)
    async with browsing(bundled_store, lang) as (app, pilot):
        app.browser.apply_filter(Filter.parse(f'"{pasted}"'))
        await settle(pilot)
        text = joined(screen_text(app))
        assert hint in text
        assert "dịch vụ công trực tuyến dịch vụ công" in text and "…" in text
