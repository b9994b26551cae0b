"""The follow-up list (`u`) says which earlier item an item repeats, opens it, and keeps a person's word on it.

Users follow a commune's asks for months (session 34): the September visit's "lại đề nghị bổ sung biên chế …" is
March's r2 asked again, and each visit's items had stood alone. Pilot at 80×24 in Vietnamese and 120×40 in
English, on a store holding the two visits (one recorded under the unit merged away, the other under today's).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Label, Static

from store.store import SurveyStore
from tests.test_item_links import SAID, two_visits
from tests.tui.browser_helpers import browsing, finish, notes, screen_text
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows
MARCH_DAY = {"vi": "12/03/2026", "en": "2026-03-12"}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return two_visits(tmp_path)


def _whole(app: App[Any]) -> str:
    return " ".join(str(app.screen.query_one("#items-whole", Static).render()).split())


def _title(app: App[Any]) -> str:
    return str(app.screen.query_one(".dialog-title", Label).render())


async def _open_list_on_r2(app: App[Any], pilot: Any) -> None:
    await pilot.press("u")
    await finish(pilot)
    assert isinstance(app.screen, ItemsScreen)
    await pilot.press("j")
    await finish(pilot)


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_list_says_raised_before_and_p_opens_the_earlier_item(store: Path, lang: str,
                                                                         size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        await _open_list_on_r2(app, pilot)
        whole = _whole(app)
        assert SAID[lang] in whole and "r2" in whole, whole
        assert {"vi": "chưa giải quyết", "en": "open"}[lang] in whole, whole
        options = app.screen.query_one("#items-options")
        assert "↺" in str(options.get_option_at_index(1).prompt)  # type: ignore[attr-defined]
        assert "↺" not in str(options.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        await pilot.press("p")
        await finish(pilot)
        assert MARCH_DAY[lang] in _title(app), _title(app)
        assert "biên chế công chức công nghệ thông tin" in _whole(app)  # March's r2, under the cursor
        assert SAID[lang] not in _whole(app)  # never a later one
        await pilot.press("escape")
        await finish(pilot)
        assert SAID[lang] in _whole(app)  # back on September's list


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_x_drops_the_link_for_good_and_y_confirms_it(store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        await _open_list_on_r2(app, pilot)
        await pilot.press("y")
        await finish(pilot)
        assert {"vi": "đã xác nhận", "en": "confirmed"}[lang] in _whole(app), _whole(app)
        await pilot.press("x")
        await finish(pilot)
        dropped = {"vi": "đã bỏ · x lấy lại", "en": "dropped · x takes it back"}[lang]  # listed last, to take back
        assert dropped in _whole(app), _whole(app)  # (product14: it had gone from the list for good)
        assert any("march r2" in note for note in notes(app)), notes(app)
        await pilot.press("escape")
        await finish(pilot)
        await _open_list_on_r2(app, pilot)  # opened again: the dropped link is not suggested again
        assert dropped in _whole(app), _whole(app)
        options = app.screen.query_one("#items-options")
        assert "↺" not in str(options.get_option_at_index(1).prompt)  # type: ignore[attr-defined]
    stored = SurveyStore.open(store).get("september")
    assert stored is not None
    [decision] = stored["recommendations"][1]["repeats"]
    assert (decision["survey"], decision["item"], decision["decision"]) == ("march", "r2", "dropped")
    assert "biên chế" in decision["text"]  # the earlier item's text kept: the decision follows it (product14)


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_items_own_dialog_says_raised_before(store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        await _open_list_on_r2(app, pilot)
        await pilot.press("enter")
        await finish(pilot)
        route = " ".join(str(app.screen.query_one("#followup-route", Static).render()).split())
        assert SAID[lang] in route, route
        assert app.screen.query_one("#followup-route", Static).region.bottom <= size[1]  # on screen


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_f1_lists_the_link_keys(store: Path, lang: str) -> None:
    async with browsing(store, lang, (80, 24)) as (app, pilot):
        await _open_list_on_r2(app, pilot)
        await pilot.press("f1")
        await finish(pilot)
        shown = screen_text(app)
        for word in {"vi": ("Mục trước", "Xác nhận", "Bỏ liên kết"), "en": ("Earlier item", "Confirm", "Drop link")}[
                lang]:
            assert word in shown, shown
