"""The figures view keeps every line of a chart taller than its pane whole: the scrollbar takes no amount or note.

tryout11 (session 39), 46 visits at 80×24: the chart was laid out for the pane's width before its vertical
scrollbar came, and the scrollbar then cut each line's end, "(mới nhất trong…" beside a bar, "5.600.000.000 đ…"
under one. A chart that needs the scrollbar is laid out for the width left beside it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.containers import VerticalScroll

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, open_screen, settle
from tui.screens.figures import FiguresScreen

SIZES = [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))]


def _visits(count: int) -> list[dict[str, Any]]:
    """`count` visits to as many wards, each with its dossiers received and, for some, a budget of 1 to 9 tỷ."""
    wards = ["Tân Định", "Bến Thành", "Sài Gòn", "Cầu Ông Lãnh", "Bàn Cờ", "Xuân Hòa", "Nhiêu Lộc", "Chợ Quán",
             "An Đông", "Chợ Lớn", "Bình Tây", "Bình Tiên", "Phú Lâm", "Bình Phú", "Tân Thuận", "Phú Thuận"]
    records = []
    for i in range(count):
        place = f"phường {wards[i % len(wards)]}" + (f" {i // len(wards) + 1}" if i >= len(wards) else "")
        figures = [{"label": "Hồ sơ tiếp nhận", "metric": "ho-so-tiep-nhan", "value": 1000 + 37 * i, "unit": "hồ sơ",
                    "period": {"from": "2025-07-01", "to": f"2025-{8 + i % 4:02d}-{10 + i % 18:02d}"},
                    "locality": place}]
        figures.append({"label": "Kinh phí", "value": 1 + i % 9, "unit": "tỷ đồng", "locality": place})
        locality = {"name": place, "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79}}
        records.append(make_record(id=f"2025-10-{i:02d}-x-{i}", date=f"2025-10-{1 + i % 28:02d}",
                                   localities=[locality], figures=figures, body=f"Đoàn {i}"))
    return records


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
@pytest.mark.parametrize("steps", [(), ("t",), ("down",), ("down", "t")], ids=["place", "time", "money", "money-time"])
async def test_a_chart_taller_than_its_pane_is_drawn_beside_the_scrollbar(
        tmp_path: Path, lang: str, size: tuple[int, int], steps: tuple[str, ...]) -> None:
    path = tmp_path / "s.json"
    SurveyStore(path).upsert_many(_visits(48))
    async with browsing(path, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        for key in steps:
            await pilot.press(key)
            await settle(pilot)
        await pilot.pause()
        scroll = screen.query_one("#figures-chart-scroll", VerticalScroll)
        lines = screen.chart_text().splitlines()
        assert len(lines) > scroll.content_size.height, "the chart must need the scrollbar"
        room = scroll.scrollable_content_region.width  # what the scrollbar leaves
        cut = [line for line in lines if cell_len(line) > room]
        assert not cut, f"{len(cut)} lines wider than the {room} cells beside the scrollbar: {cut[:3]}"
