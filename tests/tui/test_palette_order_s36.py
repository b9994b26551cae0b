"""Ctrl+P lists the screen's commands first and Textual's own (theme, keys, quit) after them, in every run.

The palette had two providers, the browser's and Textual's, gathered in the order of a set of classes: by their
addresses, so one run (80×24, vi) began with "Giao diện màu, Phím, Thoát" and the next (120×40, en) with the
browser's "Help, Search, …" (tryout s35-tryout7, left 6). One provider now offers both, the screen's first.
"""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette

from store.catalog import text
from tests.tui.browser_helpers import _gathering, browsing, type_text
from tests.tui.waiting import until
from tui.app import SurveysApp
from tui.palette import ActionsProvider

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]


def test_one_provider_so_no_set_of_classes_orders_the_lines() -> None:
    assert SurveysApp.COMMANDS == {ActionsProvider}


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_the_browsers_commands_come_first_and_textuals_last(bundled_store, lang: str,
                                                                  size: tuple[int, int]) -> None:
    system = [text(key, lang) for key in ("sys.keys", "sys.quit", "sys.theme")]
    async with browsing(bundled_store, lang, size) as (app, pilot):
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette to open")
        results = app.screen.query_one(CommandList)
        await until(pilot, lambda: not _gathering(app) and results.option_count > len(system), "its commands")
        lines = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
    heads = [line.split("\n")[0].strip() for line in lines]
    assert sorted(heads[-len(system):]) == sorted(system), heads
    assert not any(head in system for head in heads[:-len(system)]), heads
    assert heads[0].startswith(text("key.help", lang)), heads  # the browser's first key: its help


@pytest.mark.parametrize(("lang", "typed", "first"), [("vi", "giao dien mau", "sys.theme"), ("vi", "thoat", "sys.quit"),
                                                      ("en", "theme", "sys.theme")])
async def test_textuals_commands_are_found_with_the_marks_left_out(bundled_store, lang: str, typed: str,
                                                                   first: str) -> None:
    """Textual's matcher did not fold: "giao dien" found "EN — chuyển giao diện …" and not "Giao diện màu"."""
    async with browsing(bundled_store, lang, (80, 24)) as (app, pilot):
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette to open")
        await type_text(pilot, typed)
        results = app.screen.query_one(CommandList)
        await until(pilot, lambda: not _gathering(app) and results.option_count > 0, "its commands")
        heads = [str(results.get_option_at_index(i).prompt).split("\n")[0].strip() for i in range(results.option_count)]
    assert text(first, lang) in heads, heads
