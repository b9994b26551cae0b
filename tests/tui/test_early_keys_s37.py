"""The review's navigation keys typed while it loads are replayed once it shows (`KEYS_REPLAYED`, session 37).

Keys typed while the next imported draft loads were all dropped (`tui.early_keys`): an early Ctrl+S or Esc would
decide about a draft nobody has seen, and they still are. But Tab, the arrows, PgUp/PgDn, Home/End and Ctrl+↓/↑
only move the cursor: they are held and go on, in the order typed, once the screen is on the terminal. The keys
are delivered as in `test_early_keys_s32`: from the screen's `on_mount`, before its first frame.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from store.extract import extract_file
from tests.tui.browser_helpers import browsing
from tests.tui.test_early_keys_s32 import ARTICLES, SIZES, key, late, opened
from tests.tui.waiting import drained, until
from tui.screens.review import ReviewScreen
from tui.screens.review_dates import date_to_check
from tui.screens.review_ends import FormScroll

pytestmark = pytest.mark.slow  # Pilot flows


@pytest.mark.parametrize("lang, size", SIZES)
async def test_tabs_typed_while_a_draft_loads_move_once_it_shows(bundled_store: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, lang: str,
                                                                 size: tuple[int, int]) -> None:
    """Tab, Esc, Tab, Ctrl+S, "q" read before the first frame: the two Tabs move on; Esc, Ctrl+S and "q" are gone."""
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ReviewScreen, *(key(name) for name in ("tab", "escape", "tab", "ctrl+s", "q")))
        screen = ReviewScreen(draft, lang)
        closed: list[object] = []
        app.push_screen(screen, closed.append)
        await opened(pilot, ReviewScreen)
        await drained(pilot)
        assert app.screen is screen and not closed  # neither left nor saved
        chain = screen.focus_chain
        first = screen.query_one("#review-date" if date_to_check(draft, screen.record) else "#review-leader-name",
                                 Input)
        assert app.focused is chain[chain.index(first) + 2]
        assert "q" not in first.value


@pytest.mark.parametrize("lang, size", SIZES)
async def test_page_down_typed_while_a_draft_loads_scrolls_once_it_shows(bundled_store: Path,
                                                                         monkeypatch: pytest.MonkeyPatch,
                                                                         lang: str, size: tuple[int, int]) -> None:
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ReviewScreen, key("pagedown"), key("escape"))
        app.push_screen(ReviewScreen(draft, lang))
        screen = await opened(pilot, ReviewScreen)
        form = screen.query_one(FormScroll)
        await until(pilot, lambda: form.scroll_y > 0, "the form a page down")
        assert app.screen is screen
