"""A click elsewhere (the list, the details, the facets) while the search line is open: the focus leaves the line, so
the line closes with the search kept (it is already on the list), the footer shows the keys of what now has the
focus rather than the line's Enter/Esc/^u, and the focus stays where the click put it. The app losing the terminal's
focus (an ssh window behind another) is no such click: the line stays open and gets the focus back."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.browser_helpers import active_filter, browsing, footer_text, settle, type_text
from tests.tui.test_line_footers import SEARCH_KEYS
from tui.widgets.key_footer import KeyFooter

LANGS = ["vi", "en"]


@pytest.mark.parametrize(("lang", "target"), [("vi", "#details"), ("en", "#details"), ("vi", "#facets"),
                                               ("en", "#list")])
async def test_a_click_elsewhere_closes_the_line_and_the_footer_follows_the_focus(
        bundled_store: Path, lang: str, target: str) -> None:
    async with browsing(bundled_store, lang, size=(120, 40)) as (app, pilot):
        before = footer_text(app)
        await pilot.press("slash")
        await type_text(pilot, "rach")
        await settle(pilot)
        assert footer_text(app)[0].rstrip() == SEARCH_KEYS[lang]
        await pilot.click(target, offset=(2, 2))
        await settle(pilot)
        widget = app.screen.query_one(target)
        assert app.screen.focused is widget  # the click's focus is kept, not moved to the list
        assert not app.screen.query_one("#search-bar").has_class("-open")
        assert active_filter(app).render().startswith("rach")  # the search stands (a click on a facet adds to it)
        footer = app.screen.query_one(KeyFooter)
        assert footer.size.height == len(before)  # its lines back
        assert SEARCH_KEYS[lang].split()[1] not in " ".join(footer_text(app))
        first = footer_text(app)[0]
        assert first.startswith("? ") or target == "#details" and first.startswith(("esc Back ? ", "esc Về ? "))
        shown = {key.key for key in footer.keys}
        assert shown == {key for _, binding, _, _ in app.screen.active_bindings.values() if binding.show
                         for key in [binding.key]}


async def test_the_terminal_losing_focus_leaves_the_line_open(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "rach")
        await settle(pilot)
        app.app_focus = False  # as Textual sets it on the terminal's focus-out
        await settle(pilot)
        app.app_focus = True
        await settle(pilot)
        assert app.screen.query_one("#search-bar").has_class("-open")
        assert app.screen.focused is app.screen.query_one("#search-input")
        assert footer_text(app)[0].rstrip() == SEARCH_KEYS["vi"]
        await type_text(pilot, "dua")
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).render() == "rachdua"


async def test_at_80x24_a_click_on_the_list_gives_the_browsers_keys_back(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "vung")
        await settle(pilot)
        await pilot.click("#list", offset=(5, 1))
        await settle(pilot)
        assert app.screen.focused is app.screen.query_one("#list")
        assert footer_text(app)[0].startswith("? Giúp")
        await pilot.press("slash")  # and the line opens again on the kept search
        await settle(pilot)
        assert app.screen.query_one("#search-input", Input).value == "vung"
        assert footer_text(app)[0].rstrip() == SEARCH_KEYS["vi"]
