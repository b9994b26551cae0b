"""Under the follow-up list (`u`), an item whose own text takes four rows or more no longer pushes the link line and
its keys out of sight (left open by tryout s38-tryout10): its text takes the rows the route, the latest response and
the link line leave, cut with "… (Enter shows it whole)", and Enter's dialog shows it whole. A shorter item is shown
whole, as before (the look-alike)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from store.link_decisions import decide
from store.store import SurveyStore
from tests.test_item_links import MARCH, SAID, SEPTEMBER
from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.i18n import Translator
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.screens.items_whole import whole_text

LONG = ("Xã lại đề nghị sớm bổ sung biên chế công chức công nghệ thông tin cho bộ phận một cửa, vì sau khi sắp xếp "
        "khối lượng hồ sơ trực tuyến tăng gấp đôi; đồng thời đề nghị tỉnh cấp thêm kinh phí mua máy quét, máy tính và "
        "đường truyền riêng cho điểm tiếp nhận, tổ chức tập huấn định kỳ cho cán bộ thôn về hướng dẫn người dân nộp hồ "
        "sơ qua mạng, và rà soát lại quy trình luân chuyển hồ sơ đất đai giữa xã với chi nhánh văn phòng đăng ký để "
        "không còn hồ sơ trễ hạn kéo dài nhiều tháng như đợt giám sát trước đã chỉ ra, kết thúc ở CUỐI-MỤC")
KEYS = {"vi": "đã xác nhận · p mở", "en": "confirmed · p opens"}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """r2 of many rows, its link confirmed, with a route and a response."""
    confirmed = decide(SEPTEMBER, ("recommendations", 1), ("march", "r2"), "confirmed")
    asked = dict(confirmed["recommendations"][1], text=LONG, by="UBND xã Con Cuông", to="Sở Nội vụ",
                 responses=[{"date": "2026-12-01", "text": "Sở đang xem xét"}])
    september = {**confirmed, "recommendations": [confirmed["recommendations"][0], asked]}
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([MARCH, september])
    return path


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_long_item_leaves_its_link_line_and_keys_in_sight(store: Path, lang: str,
                                                                  size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        items = await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        await pilot.press("j")
        await finish(pilot)
        shown = " ".join(screen_text(app).split())
        assert SAID[lang] in shown and KEYS[lang] in shown, shown  # the link line whole, its keys at its end
        assert "Xã lại đề nghị sớm" in shown and Translator(lang)("items.text_cut") in shown, shown
        assert "CUỐI-MỤC" not in str(items.query_one("#items-whole", Static).render())  # (the details behind have it)
        dialog = await open_screen(pilot, "enter", FollowUpScreen)
        await finish(pilot)
        assert "CUỐI-MỤC" in str(dialog.query_one("#followup-text", Static).render())  # Enter: the item whole


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_short_item_is_shown_whole_and_a_long_one_cut_on_its_rows(lang: str) -> None:
    t = Translator(lang)
    short = whole_text({"text": "Bổ sung máy quét hồ sơ.", "by": "UBND xã"}, [], 0, t, 76)
    assert short.plain == "Bổ sung máy quét hồ sơ.\nUBND xã"
    cut = whole_text({"text": LONG, "by": "UBND xã", "responses": [{"date": "2026-12-01", "text": "Đang làm"}]},
                     [], 0, t, 76)
    rows = cut.plain.splitlines()
    assert len(rows) == 8 and rows[5].endswith(t("items.text_cut")) and rows[6:] == ["UBND xã", "↳ " + (
        "01/12/2026" if lang == "vi" else "2026-12-01") + ": Đang làm"], rows
    assert all(len(row) <= 76 for row in rows)
