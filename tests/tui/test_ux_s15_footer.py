"""The footer at 80 columns holds the daily keys in both languages, in one order whatever pane has the focus.

The daily keys are help, search, the filter as text, the ward, province, topic and body pickers, Enter (open the
selected visit), quit, and the other language; every other key is in the help (`?`) and the palette (ctrl+p),
and the footer adds them from wider terminals as they fit (`tui.keys.MORE`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, screen_text, settle
from tui.app import SurveysApp
from tui.i18n import Translator
from tui.keys import BIND_ORDER, FOOTER_KEYS, MORE, key_name
from tui.widgets.key_footer import shown_keys

DAILY = ("help", "search", "edit_filter", "pick('ward')", "pick('province')", "pick('topic')", "pick('body')",
         "focus_details", "quit", "switch_language")


def _written(action: str, t: Translator) -> str:
    """A key as the footer writes it: "? Giúp", ": Lọc", "⏎ Mở"."""
    spec = next(spec for spec in BIND_ORDER if spec.action == action)
    key = spec.keys.split(",")[0]
    return f"{FOOTER_KEYS.get(key, key)} {key_name(spec, t)}"


def _order(app: SurveysApp) -> list[str]:
    return [key.description for key in shown_keys(app.screen)]


def test_the_daily_keys_are_the_footers_essentials_in_this_order() -> None:
    assert tuple(spec.action for spec in BIND_ORDER if spec.footer and spec.footer < MORE) == DAILY


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_at_80_columns_the_footer_holds_the_daily_keys(bundled_store: Path, lang: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang) as (app, _pilot):
        bottom = screen_text(app).splitlines()[-1]
        wanted = " ".join(_written(action, t) for action in DAILY)
        assert bottom.startswith(wanted), bottom  # whole, first, in this order (a later key may follow if it fits)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_footers_order_does_not_change_with_the_focus(bundled_store: Path, lang: str) -> None:
    """The list, the details and the sidebar show the same keys in the same order (the sidebar less Enter, which
    ticks a value there; the details say "esc Back" in the place of "⏎ Open", which did nothing there)."""
    async with browsing(bundled_store, lang, size=(120, 40)) as (app, pilot):
        on_list = _order(app)
        assert on_list[:len(DAILY)] == [key_name(next(s for s in BIND_ORDER if s.action == a), app.t) for a in DAILY]
        for pane in (app.details, app.facets, app.survey_list):
            pane.focus()
            await pilot.pause()
            shown = _order(app)
            opened = key_name(next(s for s in BIND_ORDER if s.action == "focus_details"), app.t)
            if pane is app.facets:  # Enter ticks a value there: not "open"
                assert shown == [name for name in on_list if name != opened], shown
            elif pane is app.details:  # Enter goes back there: "esc Back" in the place of "⏎ Open"
                assert shown == [app.t("key.back_short") if name == opened else name for name in on_list], shown
            else:
                assert shown == on_list, (pane, shown)


@pytest.mark.slow
async def test_enter_on_the_list_opens_the_selected_visit_and_escape_comes_back(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi") as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        assert app.focused is app.details
        await pilot.press("escape")
        assert app.focused is app.survey_list
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # again: back to the list as well
        await pilot.pause()
        assert app.focused is app.survey_list
