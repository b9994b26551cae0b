"""The figures view at 80×24 and 120×40, both languages (session 30): a metric label the list cuts is read whole in
the title above the chart, and the time chart's places are not cut beside their bars ("thành phố Th…")."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList, Static

from tests.tui.browser_helpers import browsing, open_screen
from tui.figure_bars import Bar, render_bars
from tui.safe import visible
from tui.screens.figures import TITLE_LINES, FiguresScreen
from tui.short_places import short_place

SIZES = [("vi", (80, 24), 30), ("en", (80, 24), 30), ("vi", (120, 40), 48), ("en", (120, 40), 48)]


@pytest.mark.parametrize(("name", "short"), [
    ("thành phố Thủ Dầu Một", "TP Thủ Dầu Một"),
    ("phường Vũng Tàu", "P. Vũng Tàu"),
    ("huyện Thạch Thất", "H. Thạch Thất"),
    ("thị xã Sơn Tây", "TX Sơn Tây"),
    ("xã Tân Lập", "xã Tân Lập"),  # short already
    ("Hà Nội", "Hà Nội"),  # no level
])
def test_a_place_level_is_written_short(name: str, short: str) -> None:
    assert short_place(name) == short


def _time_bars(place: str) -> list[Bar]:
    return [Bar("2021", 99.83, "%", place, short_place(place)), Bar("1/7–29/8/2025", 91.2, "%", "phường Vũng Tàu",
                                                                     short_place("phường Vũng Tàu"))]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_place_beside_a_bar_is_never_cut(lang: str) -> None:
    """48 cells (the chart at 80 columns): the short forms fit beside; a place too long even so goes under its bar,
    whole; at 90 cells the names are written in full."""
    narrow = render_bars(_time_bars("thành phố Thủ Dầu Một"), lang, 48).plain
    assert "…" not in narrow and "TP Thủ Dầu Một" in narrow.splitlines()[0] and "P. Vũng Tàu" in narrow
    longer = render_bars(_time_bars("thành phố Thủ Dầu Một Hai Ba Bốn"), lang, 48).plain
    assert "…" not in longer and any(line.strip() == "thành phố Thủ Dầu Một Hai Ba Bốn" for line in longer.splitlines())
    wide = render_bars(_time_bars("thành phố Thủ Dầu Một"), lang, 90).plain
    assert "thành phố Thủ Dầu Một" in wide.splitlines()[0] and len(wide.splitlines()) == 2


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size", "width"), SIZES)
async def test_the_time_chart_names_each_place_whole(bundled_store: Path, lang: str, size: tuple[int, int],
                                                     width: int) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await pilot.press("t")
        await pilot.pause()
        chart = screen.chart_text()
        assert "…" not in chart, chart
        if (lang, size[0]) == ("vi", 80):  # "quý 1/2023" leaves 14 cells: the short form beside, one line a bar
            assert "TP Thủ Dầu Một" in chart and all("│" in line for line in chart.splitlines()), chart
        else:  # whole beside the bar at 120; under it at 80 in English ("Jul 1–Aug 29, 2025" leaves 9 cells)
            assert "thành phố Thủ Dầu Một" in chart, chart


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size", "width"), SIZES)
async def test_the_title_reads_the_highlighted_label_whole(bundled_store: Path, lang: str, size: tuple[int, int],
                                                           width: int) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        labels = [visible(choice.key.label(lang)) for choice in screen.choices]
        longest = max(range(len(labels)), key=lambda i: cell_len(labels[i]))
        assert cell_len(labels[longest]) > 100  # cut in the list at either width
        options = screen.query_one("#figures-metrics", OptionList)
        options.highlighted = longest
        await pilot.pause()
        await pilot.pause()
        title = screen.query_one("#figures-title", Static)
        assert labels[longest] in screen._title().plain
        assert 1 < title.outer_size.height <= TITLE_LINES
        shown = " ".join(line.strip() for line in _screen_lines(app)[:title.outer_size.height])
        assert labels[longest] in shown, shown  # on screen, wrapped, not cut
        assert options.outer_size.width == width  # the list keeps its share
        lines = title.outer_size.height
        options.highlighted = 0  # a short label: the title keeps its lines, the chart does not jump (session 31)
        await pilot.pause()
        await pilot.pause()
        assert title.outer_size.height == lines


def _screen_lines(app: object) -> list[str]:
    """The screen's lines as drawn (its compositor's strips)."""
    strips = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return ["".join(segment.text for segment in strip) for strip in strips]
