"""How the review screen looks at 80×24 in Vietnamese and 120×40 in English.

The draft is one of the project's own test articles, shown under a fixed
name so that the picture does not depend on where the tests run. Update with
`pytest --snapshot-update` and look at the SVGs before committing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input

from store.extract import extract_file
from tests.tui.hosts import Host
from tui.screens.merge_offer import MergeScreen, Offer
from tui.screens.review import ReviewScreen
from tui.screens.review_marks import group_of

pytestmark = pytest.mark.slow  # SVG snapshots

ARTICLE = Path(__file__).parents[1] / "articles" / "tuned" / "t01_long_dien_ba_ria.txt"


def review(lang: str) -> Callable[[], ReviewScreen]:
    """The review screen on the article, made when the app is mounted."""
    return lambda: ReviewScreen(replace(extract_file(ARTICLE), source_name="bai-bao.txt"), lang)


def showing(focus: str | None = None, typed: dict[str, str] | None = None) -> Any:
    """A run_before that focuses `focus`, sets inputs, and waits for the screen to settle."""

    async def run(pilot: Pilot) -> None:
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReviewScreen):
            await screen.rows_ready()  # the lists' rows come after the first frame
        for widget_id, value in (typed or {}).items():
            screen.query_one(f"#{widget_id}", Input).value = value
        if focus:
            await focused(pilot, screen.query_one(f"#{focus}"))
        await checked(pilot, typed or {})
        for field in screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run


async def focused(pilot: Pilot, widget: Widget, limit: float = 30.0) -> None:
    """Focus `widget` once it is laid out, and wait until the screen has scrolled it into view and the scroll has
    ended. Textual scrolls to a focused widget later (`call_later`), animated; on a loaded machine the picture was
    taken before, at the top of the screen. A widget not laid out yet has an empty region, which "fits" anywhere:
    the wait is on a real region, seen in view twice with the animations done between."""
    screen = pilot.app.screen
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit

    async def until(condition: Callable[[], bool], what: str) -> None:
        while not condition():
            assert loop.time() < deadline, f"{widget.id}: {what}"
            await pilot.pause()
            await asyncio.sleep(0.02)

    await until(lambda: bool(widget.region), "never laid out")
    widget.focus()
    in_view = lambda: screen.focused is widget and bool(widget.region) and screen.can_view_entire(widget)  # noqa: E731
    for _ in range(2):
        await until(in_view, "not scrolled into view")
        await pilot.wait_for_animation()
        await pilot.pause()


async def checked(pilot: Pilot, typed: dict[str, str], limit: float = 30.0) -> None:
    """Wait until the review screen has handled the values set (each one's edit mark is on) and its figure checks
    have run on them (they wait for typing to pause, `review_checks.PAUSE`: the timer is gone). A fixed half
    second was not always enough on a loaded machine, and the picture missed the flag or the mark."""
    screen = pilot.app.screen
    if not isinstance(screen, ReviewScreen) or not typed:
        await pilot.pause()
        return
    groups = {group_of(widget_id) for widget_id in typed}
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not groups <= screen.marks.edited or screen.checks._timer is not None:
        assert loop.time() < deadline, f"the review did not take {sorted(groups - screen.marks.edited)} in"
        await pilot.pause()
        await asyncio.sleep(0.02)


def test_review_opening_80x24_vi(snap_compare) -> None:
    assert snap_compare(Host(review("vi")), terminal_size=(80, 24), run_before=showing())


def test_review_locality_edited_80x24_vi(snap_compare) -> None:
    """A locality renamed in place to a commune of several provinces: the warning, and the edit mark."""
    assert snap_compare(Host(review("vi")), terminal_size=(80, 24), run_before=showing(
        "review-localities-1-province", {"review-localities-1-name": "xã Tân Phú"}))


def test_review_figures_120x40_en(snap_compare) -> None:
    """A figure's second line (bound, period, place) and a live check flag on a part larger than its whole."""
    assert snap_compare(Host(review("en")), terminal_size=(120, 40), run_before=showing(
        "review-figures-1-value", {"review-figures-1-value": "400"}))


def test_review_figures_80x24_vi(snap_compare) -> None:
    """A figure's label has the room: its number, unit and whole take what they need (the label was cut at 19)."""
    assert snap_compare(Host(review("vi")), terminal_size=(80, 24), run_before=showing("review-figures-1-label"))


def test_review_metric_picker_80x24_vi(snap_compare) -> None:
    """Enter on a figure's metric: the known metrics, typed for without accents."""

    async def run(pilot: Pilot) -> None:
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReviewScreen)
        await pilot.app.screen.rows_ready()
        await focused(pilot, pilot.app.screen.query_one("#review-figures-1-metric"))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"truc tuyen")
        await pilot.pause()  # the picker narrows as each key is handled: nothing runs later
        pilot.app.screen.query_one(Input).cursor_blink = False
        await pilot.pause()

    assert snap_compare(StyledHost(review("vi")), terminal_size=(80, 24), run_before=run)


class StyledHost(Host):
    """With the browser's style sheet, which dresses the picker as a dialog."""

    CSS_PATH = Path(__file__).parents[2] / "tui" / "app.tcss"


class OfferHost(App[None]):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.offer_lang = lang

    def on_mount(self) -> None:
        stored = {"id": "2025-11-27-doan-kiem-tra-hac-thanh", "date": "2025-11-27", "kind": "kiểm tra",
                  "body": "Đoàn kiểm tra, Sở Nội vụ tỉnh Thanh Hóa", "localities": [{"name": "phường Hạc Thành"}]}
        figures = [{"label": "Hồ sơ phải bổ sung", "value": 41, "unit": "hồ sơ", "locality": "phường Hạc Thành"},
                   {"label": "Tỷ lệ hài lòng", "value": 97.4, "unit": "%",
                    "period": {"from": "2025-07-01", "to": "2025-09-30"}}]
        self.push_screen(MergeScreen(Offer("bai/bao-khac.txt", {}, stored, figures), self.offer_lang))


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
def test_merge_offer(snap_compare, lang: str, size: tuple[int, int]) -> None:
    """The stored record named, the figures it lacks listed, and the three choices in the footer."""
    assert snap_compare(OfferHost(lang), terminal_size=size, run_before=showing())


class CorrectHost(App[None]):
    """A stored survey (written here) in the correction screen, its origins from its provenance."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.correct_lang = lang

    def on_mount(self) -> None:
        from tests.factories import make_record  # noqa: PLC0415
        from tui.screens.review_correct import CorrectScreen  # noqa: PLC0415

        record = make_record(provenance=[
            {"path": "date", "by": "extractor"},
            {"path": "figures[0]", "by": "extractor", "certainty": {"code": "figure.bound", "params": {"word": "hơn"}}},
            {"path": "body", "by": "extractor"},
            {"path": "leader", "by": "extractor", "rule": "do X, <title>, làm Trưởng đoàn"},
            {"path": "figures[1]", "by": "person"}])
        self.push_screen(CorrectScreen(record, "unused.json", self.correct_lang))


def test_correct_opening_80x24_vi(snap_compare) -> None:
    """`r` on a stored survey: its id fixed, each value's recorded origin under it."""
    assert snap_compare(CorrectHost("vi"), terminal_size=(80, 24), run_before=showing())


def test_correct_conflict_120x40_en(snap_compare) -> None:
    """A correction refused because another office changed the same values meanwhile: said, the edit kept."""

    async def run(pilot: Pilot) -> None:
        from tui.screens.review_correct import CorrectScreen  # noqa: PLC0415
        from tui.screens.review_save import Conflict  # noqa: PLC0415

        await showing(typed={"review-leader-name": "Lê Văn Đúng"})(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, CorrectScreen)
        now = {"leader": {"name": "Trần Thị Khác", "title": "Phó Chủ tịch HĐND phường"}}
        screen._show_error(screen.failure(Conflict("2025-10-02-hdnd-test-tan-dinh", ["leader", "figures"], now)))
        await pilot.pause()

    assert snap_compare(CorrectHost("en"), terminal_size=(120, 40), run_before=run)
