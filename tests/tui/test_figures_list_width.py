"""The figures view's metric list takes a share of the width (session 29): narrower at 80 columns so the chart keeps
room, wider from 120 so that labels of 40 cells are whole. It had been 38 cells at any width."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.widgets import OptionList

from tests.tui.browser_helpers import browsing, open_screen
from tui.safe import visible
from tui.screens.figures import LIST_CHROME, LIST_NARROWEST, FiguresScreen, metric_list_width


def test_the_list_is_narrower_at_80_columns_and_wider_at_120() -> None:
    assert metric_list_width(80, 200) == 30 < 38
    assert metric_list_width(120, 200) == 48 > 38
    assert metric_list_width(160, 200) == 66
    assert metric_list_width(120, 20) == 20 + LIST_CHROME  # no wider than its longest line


@given(st.integers(min_value=1, max_value=400), st.integers(min_value=0, max_value=300))
def test_the_width_is_a_bounded_share_that_grows_with_the_screen(screen: int, needed: int) -> None:
    width = metric_list_width(screen, needed)
    assert width >= LIST_NARROWEST
    assert width <= max(LIST_NARROWEST, needed + LIST_CHROME)
    assert width <= max(LIST_NARROWEST, screen * 9 // 20)  # the chart keeps more than half
    assert metric_list_width(screen + 1, needed) >= width


def _lines(screen: FiguresScreen) -> list[str]:
    options = screen.query_one("#figures-metrics", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def _labels(screen: FiguresScreen) -> list[str]:
    return [visible(choice.key.label(screen.lang)) for choice in screen.choices]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size", "width"), [("vi", (80, 24), 30), ("en", (120, 40), 48)])
async def test_the_metric_list_takes_its_share_of_the_screen(bundled_store: Path, lang: str,
                                                             size: tuple[int, int], width: int) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await pilot.pause()
        options = screen.query_one("#figures-metrics", OptionList)
        assert options.outer_size.width == width
        room = width - LIST_CHROME - 2  # a one-digit count and its space
        for label, line in zip(_labels(screen), _lines(screen), strict=True):
            assert cell_len(line) <= width - LIST_CHROME
            if cell_len(label) <= room:
                assert line.endswith(label), (label, line)  # whole
        chart = screen.query_one("#figures-chart-scroll")
        assert chart.outer_size.width == size[0] - width


@pytest.mark.slow
async def test_widening_the_terminal_widens_the_list_and_keeps_the_metric(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", (80, 24)) as (app, pilot):
        screen = await open_screen(pilot, "c", FiguresScreen)
        await pilot.press("down", "down")
        await pilot.pause()
        chosen = screen.key
        long = next(label for label in _labels(screen) if 30 < cell_len(label) <= 40)
        assert not any(line.endswith(long) for line in _lines(screen))  # cut at 80 columns
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one("#figures-metrics", OptionList).outer_size.width == 48
        assert any(line.endswith(long) for line in _lines(screen))  # whole at 120
        assert screen.key == chosen and screen.query_one("#figures-metrics", OptionList).highlighted == 2
