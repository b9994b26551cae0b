"""The merge offer is as tall as what it lists: two figures at 120×40 had filled the screen with an empty box.

A long list still fits above the footer, its buttons in sight, and scrolls.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App
from textual.containers import VerticalScroll
from textual.widgets import Button, Static

from tui.screens.merge_offer import MergeScreen, Offer

pytestmark = pytest.mark.slow  # Pilot

STORED = {"id": "2025-11-27-doan-kiem-tra-hac-thanh", "date": "2025-11-27", "kind": "kiểm tra",
          "body": "Đoàn kiểm tra, Sở Nội vụ tỉnh Thanh Hóa", "localities": [{"name": "phường Hạc Thành"}]}


def figures(count: int) -> list[dict[str, Any]]:
    return [{"label": f"Hồ sơ nhóm {number}", "value": 10 + number, "unit": "hồ sơ"} for number in range(count)]


class OfferHost(App[None]):
    def __init__(self, count: int, lang: str, items: list[tuple[str, dict[str, Any]]] | None = None) -> None:
        super().__init__()
        self.count, self.lang, self.items = count, lang, items or []

    def on_mount(self) -> None:
        offer = Offer("bai/bao-khac.txt", {}, STORED, figures(self.count), self.items)
        self.push_screen(MergeScreen(offer, self.lang))


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_short_offer_is_no_taller_than_what_it_lists(lang: str, size: tuple[int, int]) -> None:
    app = OfferHost(2, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        box, body = app.screen.query_one("#merge"), app.screen.query_one("#merge-body", VerticalScroll)
        assert body.max_scroll_y == 0  # everything it says is in sight
        assert body.region.height == body.virtual_size.height  # and no blank rows under it
        assert box.region.height <= body.virtual_size.height + 4  # borders, title and buttons
        assert box.region.height < size[1] - 5  # it had filled the screen


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_a_long_offer_fits_above_the_footer_and_scrolls(lang: str, size: tuple[int, int]) -> None:
    app = OfferHost(60, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        box, body = app.screen.query_one("#merge"), app.screen.query_one("#merge-body", VerticalScroll)
        assert box.region.bottom <= size[1] - 1  # the footer's row stays free
        assert body.max_scroll_y > 0
        for button in app.screen.query(Button):
            assert box.region.contains_region(button.region), button.id


async def test_a_long_item_hangs_under_its_bullet_at_80_columns() -> None:
    item = {"text": "Bố trí thêm máy quét và máy tính cho bộ phận một cửa của xã, nâng cấp đường truyền để người dân "
                    "nộp hồ sơ trực tuyến không phải chờ lâu"}
    app = OfferHost(1, "vi", [("recommendations", item)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = app.screen.query_one("#merge-text", Static)
        lines = [text.render_line(y).text.rstrip() for y in range(text.size.height)]
        first = next(n for n, line in enumerate(lines) if "Bố trí" in line)
        assert lines[first].startswith("  • ") and lines[first + 1].startswith("    ") and lines[first + 1][4] != " "
