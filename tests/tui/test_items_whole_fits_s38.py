"""Under the follow-up list (`u`), the link line and its keys stay in sight after a long response (tryout s38-tryout10).

Staff following an ask for months add long responses. At 80×24 the text under the list holds six rows: the item,
its route and a latest response of three rows left no room for "↺ đã nêu trước … · gợi ý · p mở, y xác nhận, x bỏ",
which was cut after "— chưa giải" with no sign, so the keys that act on the link were not said. The latest
response now takes one row, cut with "…" (the dialog, Enter, shows every response whole), and the link line shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.link_decisions import decide
from store.store import SurveyStore
from tests.test_item_links import MARCH, SAID, SEPTEMBER
from tests.tui.browser_helpers import browsing, finish, screen_text
from tui.screens.items import ItemsScreen

pytestmark = pytest.mark.slow  # Pilot flows
LONG = ("Xã đã bố trí tạm một công chức kiêm nhiệm phụ trách công nghệ thông tin, còn chờ tỉnh giao thêm biên chế "
        "sau khi hoàn thành sắp xếp bộ máy và rà soát vị trí việc làm của toàn xã")
KEYS = {"vi": "x bỏ", "en": "x drops"}
EARLIER = {"vi": "(và 2 phản hồi trước)", "en": "(and 2 earlier)"}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    asked = dict(SEPTEMBER["recommendations"][1], by="UBND xã Con Cuông", to="Sở Nội vụ", responses=[
        {"date": "2026-10-01", "text": "Đã gửi văn bản lên Sở"}, {"date": "2026-11-01", "text": "Sở đang xem xét"},
        {"date": "2026-12-01", "text": LONG}])
    september = {**SEPTEMBER, "recommendations": [SEPTEMBER["recommendations"][0], asked]}
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([MARCH, september])
    return path


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_long_response_leaves_the_link_line_and_its_keys_in_sight(store: Path, lang: str,
                                                                          size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        await pilot.press("u")
        await finish(pilot)
        assert isinstance(app.screen, ItemsScreen)
        await pilot.press("j")
        await finish(pilot)
        shown = " ".join(screen_text(app).split())
        assert SAID[lang] in shown and KEYS[lang] in shown, shown  # the link line whole, its keys at its end
        assert "Xã đã bố trí tạm một công chức" in shown and EARLIER[lang] in shown, shown  # the response, begun



WORDY = ("Xã lại đề nghị sớm bổ sung biên chế công chức công nghệ thông tin cho bộ phận tiếp nhận và trả kết quả, vì "
         "sau sắp xếp khối lượng hồ sơ trực tuyến tăng gấp đôi mà xã chỉ còn một người kiêm nhiệm phụ trách")


@pytest.fixture
def wordy(tmp_path: Path) -> Path:
    """r2 of three rows, its link confirmed (a confirmed link stays whatever the wording), and the long response."""
    confirmed = decide(SEPTEMBER, ("recommendations", 1), ("march", "r2"), "confirmed")
    asked = dict(confirmed["recommendations"][1], text=WORDY, by="UBND xã Con Cuông", to="Sở Nội vụ",
                 responses=[{"date": "2026-11-01", "text": "Sở đang xem xét"}, {"date": "2026-12-01", "text": LONG}])
    september = {**confirmed, "recommendations": [confirmed["recommendations"][0], asked]}
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([MARCH, september])
    return path


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_an_item_of_three_rows_keeps_its_link_line_too(wordy: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(wordy, lang, size) as (app, pilot):
        await pilot.press("u")
        await finish(pilot)
        await pilot.press("j")
        await finish(pilot)
        shown = " ".join(screen_text(app).split())
        assert "một người kiêm nhiệm phụ trách" in shown, shown  # the item whole, to its end
        assert SAID[lang] in shown and {"vi": "đã xác nhận · p mở", "en": "confirmed · p opens"}[lang] in shown, shown
