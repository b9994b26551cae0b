"""Rough edges found trying the program in tmux at 80×24 (Vietnamese) and 120×40 (English), session 26.

See docs/tryout-s26.md for what was tried and how.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Button

from store.extract import extract_article
from store.metrics import MetricKey
from tests.test_review_screen import reviewing
from tests.tui.browser_helpers import browsing, open_screen
from tests.tui.test_figures_flow import choose
from tui.screens.figures import FiguresScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

ON_TIME = MetricKey("ho-so-dung-han", "hồ sơ")


@pytest.mark.parametrize("lang, count", [("vi", "1 chuyến"), ("en", "1 visit")])
async def test_the_figures_title_keeps_its_mode_and_count_at_80_columns(
        bundled_store: Path, lang: str, count: str) -> None:
    """A long metric label over time had pushed "· 1 chuyến" off the one-line title; now the label gives way."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await choose(pilot, screen, ON_TIME)
        await pilot.press("t")
        await pilot.pause()
        title = str(screen.query_one("#figures-title").render())
        assert title.endswith(count), title
        assert screen.t("figs.time") in title
        assert cell_len(title) <= screen.size.width - 2


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
