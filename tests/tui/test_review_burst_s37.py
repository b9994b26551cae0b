"""A key that moves the review's cursor, typed in one burst with a key that acts where the cursor is, comes first.

The review's Ctrl+T (keep or drop the row of the cursor), Ctrl+N (a row in its section) and Ctrl+S (read every
field and save) were bound with priority: they acted when the app read them, while the Tab or the text typed just
before them still waited in the focused field. `Shift+Tab Ctrl+T` dropped the row Shift+Tab left, `x Ctrl+S` saved
without the "x" (the burst-order class polish10 fixed in the visit list and the `u` list, session 36).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import Checkbox, Input

from store.extract import extract_file
from tests.test_review_screen import reviewing
from tests.tui.test_ux_bursts import burst
from tests.tui.waiting import drained
from tui.screens.review import ReviewScreen

pytestmark = pytest.mark.slow  # Pilot flows

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]


def kept(app: object, row: int) -> bool:
    return bool(app.screen.query_one(f"#review-figures-{row}-keep", Checkbox).value)  # type: ignore[attr-defined]


def before(app: object, widget: Widget) -> Widget:
    chain = app.screen.focus_chain  # type: ignore[attr-defined]
    return chain[chain.index(widget) - 1]


@pytest.mark.parametrize(("lang", "size"), SIZES)
@pytest.mark.parametrize(("start", "move", "toggled"), [(1, "shift+tab", 0), (0, "tab", 1)], ids=["back", "on"])
async def test_ctrl_t_after_a_move_keeps_or_drops_the_row_moved_to(lang: str, size: tuple[int, int], start: int,
                                                                   move: str, toggled: int) -> None:
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with reviewing(draft, lang, size) as (app, pilot):
        second = app.screen.query_one("#review-figures-1-keep", Checkbox)  # a row's first: its "keep" box
        (second if start == 1 else before(app, second)).focus()  # before it, the first row's last (its metric)
        await pilot.pause()
        burst(app, move, "ctrl+t")
        await drained(pilot)
        assert (kept(app, 0), kept(app, 1)) == (toggled != 0, toggled != 1)


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_ctrl_n_after_a_move_adds_to_the_section_moved_to(lang: str, size: tuple[int, int]) -> None:
    """Shift+Tab from the first recommendation to the figures' "+", then Ctrl+N: a figure, not a recommendation."""
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with reviewing(draft, lang, size) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        figures, recommendations = len(screen.rows["figures"]), len(screen.rows["recommendations"])
        first = screen.query_one("#review-recommendations-0-keep", Checkbox)
        assert before(app, first).id == "review-add-figures"
        first.focus()
        await pilot.pause()
        burst(app, "shift+tab", "ctrl+n")
        await drained(pilot)
        assert (len(screen.rows["figures"]), len(screen.rows["recommendations"])) == (figures + 1, recommendations)


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_text_typed_with_ctrl_s_is_saved(lang: str, size: tuple[int, int]) -> None:
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with reviewing(draft, lang, size) as (app, pilot):
        leader = app.screen.query_one("#review-leader-name", Input)
        leader.focus()
        await pilot.pause()
        burst(app, "end", "x", "y", "ctrl+s")
        await drained(pilot)
        [saved] = app.results
        assert saved is not None and saved["leader"]["name"] == "Võ Thị Kim Loanxy"
