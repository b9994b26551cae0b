"""The follow-up list (`u`) shows the item under the cursor whole (a tryout of session 33).

At 80×24 a line of the list keeps about 27 cells of an item's text once a deadline is set ("Kiến nghị bổ sung 1
biên c…"), and what a later visit said about it (its latest response) was seen only by opening the item. Under the
list, the highlighted item's whole text, its route and its latest response now show, and follow the cursor; the
key hint stays on screen. Pilot at 80×24 in Vietnamese and 120×40 in English.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.app import App
from textual.widgets import OptionList, Static

from tests.tui.hosts import Host
from tui.i18n import Translator
from tui.screens.items import ItemsScreen
from tui.widgets.key_hint import KeyHint

pytestmark = pytest.mark.slow  # Pilot flows
TODAY = date(2026, 12, 6)
LONG = "Kiến nghị bổ sung 1 biên chế công chức phụ trách chuyển đổi số cho trung tâm phục vụ hành chính công xã"
RECORD: dict[str, Any] = {
    "id": "2026-03-12-x", "date": "2026-03-12",
    "recommendations": [
        {"text": "Bố trí kinh phí mua sắm máy quét tài liệu để số hóa hồ sơ.", "by": "UBND xã Con Cuông",
         "to": "tỉnh", "status": "done", "deadline": "2026-06-30",
         "responses": [{"date": "2026-04-15", "text": "Sở Tài chính thẩm định dự toán"},
                       {"date": "2026-09-18", "text": "Đợt khảo sát sau: máy quét đã được cấp"}]},
        {"text": LONG, "by": "UBND xã Con Cuông", "to": "tỉnh", "deadline": "2026-08-31"},
    ],
    "directions": [{"text": "Rà soát các hồ sơ quá hạn."}],
}
EARLIER = {"vi": "(và 1 phản hồi trước)", "en": "(and 1 earlier)"}
DAY = {"vi": "18/09/2026", "en": "2026-09-18"}


def _whole(app: App[Any]) -> str:
    return str(app.screen.query_one("#items-whole", Static).render()).replace("\n", " ")


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_item_under_the_cursor_is_shown_whole_with_its_latest_response(
        lang: str, size: tuple[int, int]) -> None:
    app = Host(lambda: ItemsScreen(RECORD, Translator(lang), today=TODAY))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        whole = _whole(app)
        assert "để số hóa hồ sơ." in whole and "UBND xã Con Cuông → tỉnh" in whole, whole
        assert f"↳ {DAY[lang]}: Đợt khảo sát sau: máy quét đã được cấp" in whole, whole  # the latest, not the first
        assert EARLIER[lang] in whole, whole
        options = app.screen.query_one("#items-options", OptionList)
        line = str(options.get_option_at_index(1).prompt)
        assert LONG not in line  # the list's line is cut: the reason for the text under it
        await pilot.press("j")
        await pilot.pause()
        whole = _whole(app)
        assert " ".join(LONG.split()) in " ".join(whole.split()), whole  # wrapped, every word there
        assert "↳" not in whole  # no response: none said
        await pilot.press("j")
        await pilot.pause()
        assert "Rà soát các hồ sơ quá hạn." in _whole(app) and "→" not in _whole(app)  # no route: none said


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_with_a_long_list_the_text_under_it_and_the_key_hint_stay_on_screen(
        lang: str, size: tuple[int, int]) -> None:
    many = {**RECORD, "recommendations": [*RECORD["recommendations"]] * 20}
    app = Host(lambda: ItemsScreen(many, Translator(lang), today=TODAY))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        whole = app.screen.query_one("#items-whole", Static)
        hint = app.screen.query_one(KeyHint)
        height = size[1]
        assert 0 < whole.region.height and whole.region.bottom <= height, whole.region
        assert 0 < hint.region.height and hint.region.bottom <= height, hint.region
        assert whole.region.bottom <= hint.region.y  # the hint under the text, not over it
        assert "chuyển đổi số cho trung tâm" in _whole(app) or lang == "en" and "trung tâm" in _whole(app)


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_q_leaves_the_list_as_it_leaves_the_help_and_the_figures_view(lang: str, size: tuple[int, int]) -> None:
    """`q` did nothing in the list, where the help (`Esc q ? F1`) and the figures view (`esc q`) close with it.
    The list's help and palette name it (`test_every_binding_listed`); its hint keeps "Esc", whole at 80 columns."""
    app = Host(lambda: ItemsScreen(RECORD, Translator(lang), today=TODAY))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, ItemsScreen)
