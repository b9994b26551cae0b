"""While a line of the browser has the focus, the filter bar (`:`) or the search line (`/`), the footer shows that
line's own keys (the browser's keys do not act while it takes what is typed); Enter or Escape gives the footer the
screen's keys back. What only one of the lines does: `test_filter_bar_footer`, `test_search_line_footer`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, footer_text, settle, type_text

FILTER_KEYS = {"vi": "⏎ Áp dụng bộ lọc esc Bỏ sửa ^u Xóa dòng",
               "en": "⏎ Apply the filter esc Drop the edit ^u Clear the line"}
SEARCH_KEYS = {"vi": "⏎ Giữ tìm kiếm esc Bỏ tìm kiếm ^u Xóa dòng",
               "en": "⏎ Keep the search esc Cancel ^u Clear the line"}
LINES = {"filter bar": ("colon", "2025", FILTER_KEYS), "search line": ("slash", "rach", SEARCH_KEYS)}
"""Each line: the key that opens it, what is typed into it (the filter it makes renders the same), its keys."""


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("line", LINES)
async def test_at_80x24_the_footer_says_how_to_apply_or_leave_the_line(bundled_store: Path, line: str,
                                                                        lang: str) -> None:
    opener, typed, keys = LINES[line]
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press(opener)
        await settle(pilot)
        assert footer_text(app)[0].rstrip() == keys[lang]
        await pilot.press("ctrl+u")
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        assert app.active_filter.render() == typed
        assert footer_text(app)[0].startswith("? ")
        await pilot.press(opener)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert footer_text(app)[0].startswith("? ")
