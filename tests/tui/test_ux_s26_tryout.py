"""Rough edges found trying the program in tmux at 80×24 (Vietnamese) and 120×40 (English), session 26.

See docs/tryout-s26.md for what was tried and how.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.widgets import Button

from store.extract import extract_article
from store.metrics import MetricKey
from tests.import_dialog_helpers import enter_path, save_reviews, until
from tests.test_review_screen import reviewing
from tests.tui.browser_helpers import browsing, details_text, listed_ids, open_screen, search, selected_id, settle
from tests.tui.test_figures_flow import choose
from tui.screens.figures import TITLE_LINES, WRAP_SLACK, FiguresScreen
from tui.screens.import_dialog import ImportScreen
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

ON_TIME = MetricKey("ho-so-dung-han", "hồ sơ")


async def import_through_review(app: Any, pilot: Any, article: Path) -> None:
    """`i`, the article's path, every draft saved in review, and the browser settled after the import."""
    await pilot.press("i")
    await until(pilot, lambda: isinstance(app.screen, ImportScreen))
    await enter_path(app, pilot, str(article))
    await save_reviews(app, pilot)
    await until(pilot, lambda: not isinstance(app.screen, ImportScreen | ReviewScreen))
    await settle(pilot)


@pytest.mark.parametrize("lang, count", [("vi", "1 chuyến"), ("en", "1 visit")])
async def test_the_figures_title_keeps_its_mode_and_count_at_80_columns(
        bundled_store: Path, lang: str, count: str) -> None:
    """A long metric label over time had pushed "· 1 chuyến" off the title. Since session 30 the title wraps onto
    up to TITLE_LINES lines (the label whole), so the mode and count must still fit in the lines it is given."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await choose(pilot, screen, ON_TIME)
        await pilot.press("t")
        await pilot.pause()
        title = str(screen.query_one("#figures-title").render())
        assert title.endswith(count), title
        assert screen.t("figs.time") in title
        widget = screen.query_one("#figures-title")
        assert cell_len(title) <= TITLE_LINES * (screen.size.width - 2) - WRAP_SLACK
        assert widget.size.height >= -(-cell_len(title) // (screen.size.width - 2)), (widget.size, title)


FUNDS = """Khảo sát ứng dụng công nghệ thông tin tại phường Chiềng An

Sáng 5/11/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Sơn La khảo sát việc ứng dụng công nghệ thông tin tại phường
Chiềng An. Tiền mua sắm máy tính cho bộ phận một cửa năm 2025 là 800 triệu đồng.
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_review_buttons_labels_start_at_their_left_edge(lang: str) -> None:
    """Compact buttons had centred a label shorter than their 16 cells: the "+ …" buttons under the sections
    stood 1 to 4 cells in depending on the word's length, and "(no metric)" one further than a metric's name."""
    draft = extract_article(FUNDS, source_name="chieng-an.txt")
    async with reviewing(draft, lang, (80, 24)) as (app, pilot):
        await pilot.pause()
        adds = list(app.screen.query(".review-add-item").results(Button))
        assert len(adds) >= 4
        for button in adds:
            assert button.render_line(0).text.startswith(" + "), button.id  # one cell in, as the button pads it
        metric = app.screen.query_one("#review-figures-0-metric", Button)
        assert str(metric.label) == app.screen.t("review.metric_none")  # type: ignore[attr-defined]
        assert metric.render_line(0).text.startswith(" (")


HOA_BINH = """Giám sát cải cách hành chính tại phường Hòa Bình

Ngày 14/10/2025, Đoàn giám sát HĐND tỉnh Phú Thọ do ông Trần Văn Hải, Phó Chủ tịch HĐND tỉnh, làm trưởng đoàn đã
giám sát việc giải quyết thủ tục hành chính tại phường Hòa Bình. Từ 1/7 đến 30/9, phường tiếp nhận 1.210 hồ sơ.
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_survey_just_imported_is_the_one_selected(bundled_store: Path, tmp_path: Path, lang: str) -> None:
    """After `i` and a saved review the list showed the new visit on top but kept the cursor (and the details) on
    the survey selected before; the new one is selected now."""
    article = tmp_path / "hoa_binh.txt"
    article.write_text(HOA_BINH, encoding="utf-8")
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await pilot.press("G")
        await settle(pilot)
        before = selected_id(app)
        await import_through_review(app, pilot, article)
        assert len(listed_ids(app)) == 6
        assert selected_id(app) != before and "hoa-binh" in str(selected_id(app))
        assert "Hòa Bình" in details_text(app)


async def test_an_import_the_filter_hides_keeps_the_survey_selected_before(bundled_store: Path, tmp_path: Path) -> None:
    """The new visit is not listed under the search: the cursor stays where it was, not on the first row."""
    article = tmp_path / "hoa_binh.txt"
    article.write_text(HOA_BINH, encoding="utf-8")
    async with browsing(bundled_store, "vi", (80, 24)) as (app, pilot):
        await search(pilot, "dbqh")
        await pilot.press("j")
        await settle(pilot)
        before = selected_id(app)
        assert before == listed_ids(app)[1]
        await import_through_review(app, pilot, article)
        assert selected_id(app) == before
