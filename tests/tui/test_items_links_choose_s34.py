"""The follow-up list (`u`): an item that repeats several earlier ones lets the user choose which one `p`, `y` and `x`
act on (`n`), and a dropped link can be taken back where it was dropped (`x` again) (session 34, product14).

Before, `y`/`x`/`p` acted on the first link only and a dropped link vanished from the list for good. Pilot at 80×24
in Vietnamese and 120×40 in English, on a store holding three visits of one commune (March, June, September).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Static

from store.store import SurveyStore
from tests.test_item_links import CON_CUONG, MARCH, SEPTEMBER, visit
from tests.tui.browser_helpers import browsing, finish, notes
from tests.tui.test_items_repeats_s34 import _open_list_on_r2

pytestmark = pytest.mark.slow  # Pilot flows
JUNE = visit("june", "2026-06-10", CON_CUONG, ["Đề nghị bổ sung biên chế công chức công nghệ thông tin cho xã."])
DAY = {"vi": ("10/06/2026", "12/03/2026"), "en": ("2026-06-10", "2026-03-12")}
WHICH = {"vi": ("(1/2 · n mục kế tiếp)", "(2/2 · n mục kế tiếp)"), "en": ("(1 of 2 · n next)", "(2 of 2 · n next)")}
DROPPED = {"vi": "đã bỏ · x lấy lại", "en": "dropped · x takes it back"}
SIZES = [("vi", (80, 24)), ("en", (120, 40))]


def _whole(app: App[Any]) -> str:
    return " ".join(str(app.screen.query_one("#items-whole", Static).render()).split())


def _stored(path: Path) -> list[dict[str, Any]]:
    record = SurveyStore.open(path).get("september")
    assert record is not None
    return list(record["recommendations"][1].get("repeats") or [])


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_n_chooses_which_earlier_item_y_and_x_act_on(tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([MARCH, JUNE, SEPTEMBER])
    async with browsing(path, lang, size) as (app, pilot):
        await _open_list_on_r2(app, pilot)
        june, march = DAY[lang]
        assert june in _whole(app) and WHICH[lang][0] in _whole(app), _whole(app)
        await pilot.press("n")
        assert march in _whole(app) and WHICH[lang][1] in _whole(app), _whole(app)
        await pilot.press("x")  # on March's r2, not the first shown (June's)
        await finish(pilot)
        assert [(d["survey"], d["decision"]) for d in _stored(path)] == [("march", "dropped")]
        assert any("march r2" in note for note in notes(app)), notes(app)
        assert DROPPED[lang] in _whole(app) and march in _whole(app), _whole(app)  # listed after June's, still there
        await pilot.press("n")
        assert june in _whole(app), _whole(app)
        await pilot.press("y")
        await finish(pilot)
        assert sorted((d["survey"], d["decision"]) for d in _stored(path)) == [("june", "confirmed"),
                                                                              ("march", "dropped")]


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_x_again_takes_a_drop_back(tmp_path: Path, lang: str, size: tuple[int, int]) -> None:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([MARCH, SEPTEMBER])
    async with browsing(path, lang, size) as (app, pilot):
        await _open_list_on_r2(app, pilot)
        await pilot.press("x")
        await finish(pilot)
        assert [d["decision"] for d in _stored(path)] == ["dropped"]
        assert DROPPED[lang] in _whole(app), _whole(app)  # the base: the line gone, no way back in the browser
        options = app.screen.query_one("#items-options")
        assert "↺" not in str(options.get_option_at_index(1).prompt)  # type: ignore[attr-defined]
        await pilot.press("x")
        await finish(pilot)
        assert _stored(path) == []
        assert {"vi": "gợi ý", "en": "suggested"}[lang] in _whole(app), _whole(app)
        assert "↺" in str(options.get_option_at_index(1).prompt)  # type: ignore[attr-defined]
