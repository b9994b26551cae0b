"""Keystrokes that cost what they change (#17): the same answers as before, from less work.

The picker ranks exactly as the former ranking did (kept here as the oracle);
the facet sidebar, searched again and again, keeps its widget and its options
and changes only lines whose counts moved, and still shows the right counts;
the details pane draws the survey the selection settles on, once.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import RenderableType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input

from store.folding import fold
from store.query import Filter, facet_clause
from tests.tui.browser_helpers import (
    browsing,
    burst,
    details_text,
    facet_lines,
    record_at,
    screen_text,
    selected_id,
    set_filter,
    settle,
    type_text,
)
from tests.tui.waiting import drawn as drawn_on_screen
from tui.app import SurveysApp
from tui.fuzzy import Choice, rank, rank_positions
from tui.i18n import Translator
from tui.kinds import kind_name
from tui.screens.browser import BrowserScreen
from tui.screens.picker import SHOWN, PickerScreen
from tui.widgets import details
from tui.widgets.facets import FacetPanel
from tui.widgets.key_footer import KeyFooter


# -- the ranking as it was before choices were folded once (the oracle) ------------------------------------------
def _old_score(query: str, haystack: str, label: str | None = None) -> int | None:
    label = haystack if label is None else label
    total = 0
    for word in fold(query).split():
        if haystack.startswith(word):
            total += 4
        elif f" {word}" in haystack:
            total += 3
        elif word in haystack:
            total += 2
        elif _old_scattered(word, label):
            total += 1
        else:
            return None
    return total


def _old_scattered(word: str, label: str) -> bool:
    starts = [0] + [i + 1 for i, ch in enumerate(label) if ch == " "]
    for start in starts:
        if label[start:start + 1] != word[:1]:
            continue
        position = start
        for letter in word:
            position = label.find(letter, position) + 1
            if position == 0:
                break
        else:
            return True
    return False


def _old_rank(query: str, choices: list[Choice]) -> list[Choice]:
    if not query.strip():
        return list(choices)
    scored = []
    for order, choice in enumerate(choices):
        found = _old_score(query, fold(" ".join(p for p in (choice.label, choice.keys, choice.detail) if p)),
                           fold(choice.label))
        if found is not None:
            scored.append((-found, order, choice))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [choice for _, _, choice in scored]


LETTERS = "abcdehinotuy àáảãạăâđêôơưệốờĐÂ"
words = st.text(alphabet=LETTERS, min_size=1, max_size=12)
choice_lists = st.lists(st.builds(lambda label, detail, count: Choice(label, label, count, detail=detail),
                                  words, st.one_of(st.just(""), words), st.integers(0, 50)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(choice_lists, st.text(alphabet=LETTERS, max_size=8))
def test_rank_is_the_former_ranking(choices: list[Choice], query: str) -> None:
    assert rank(query, choices) == _old_rank(query, choices)
    assert [id(c) for c in rank(query, choices)] == [id(c) for c in _old_rank(query, choices)]


@settings(max_examples=300, deadline=None)
@given(choice_lists, st.text(alphabet=LETTERS, max_size=6), st.text(alphabet=LETTERS, max_size=4))
def test_narrowing_among_the_shorter_texts_matches_ranks_as_over_all(choices: list[Choice], before: str,
                                                                     added: str) -> None:
    """What the picker does while letters are added: rank among what the shorter text matched."""
    among = sorted(rank_positions(before, choices))
    assert rank_positions(before + added, choices, among) == rank_positions(before + added, choices)


def test_a_choice_with_another_count_keeps_its_folds() -> None:
    choice = Choice("Lái Thiêu", "Lái Thiêu", 3, detail="Hồ Chí Minh")
    again = choice.with_count(7)
    assert (again.value, again.label, again.count, again.detail) == ("Lái Thiêu", "Lái Thiêu", 7, "Hồ Chí Minh")
    assert (again.folded, again.folded_label) == (choice.folded, choice.folded_label)
    assert choice.count == 3


# -- in the browser -----------------------------------------------------------------------------------------------
@pytest.fixture
def app(tmp_path: Path, generated: list[dict]) -> SurveysApp:
    return SurveysApp(tmp_path / "gen.json", lang="en", records=generated)


@pytest.mark.slow
async def test_the_picker_lists_what_the_former_ranking_put_first(app: SurveysApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        everything = list(picker.choices)
        assert picker.visible_choices == everything[:len(picker.visible_choices)]
        for typed in ("a", "an", "an h"):
            await type_text(pilot, typed[len(picker.query_one("#picker-input", Input).value):])
            await pilot.pause()
            expected = _old_rank(typed, everything)
            assert picker.visible_choices == expected[:len(picker.visible_choices)]
            assert len(picker.visible_choices) == min(len(expected), SHOWN)
        await pilot.press("escape")


def _heading(key: object) -> bool:
    """Whether a facet line's key (a tuple, its first item what the line is) is a heading's."""
    return isinstance(key, tuple) and key[0] == "heading"


@pytest.mark.slow
async def test_facets_after_successive_searches_keep_their_widget_and_show_the_right_counts(
        app: SurveysApp, generated: list[dict], monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[object] = []
    real = FacetPanel.draw

    def draw(self: FacetPanel, key: Any) -> Content:
        drawn.append(key)
        return real(self, key)

    monkeypatch.setattr(FacetPanel, "draw", draw)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panel = app.facets
        first = facet_lines(app)
        headings = [i for i in range(panel.entry_count) if _heading(panel.key_at(i))]
        kinds = sorted({record["kind"] for record in generated})
        redrawn = 0
        for kind in [*kinds, None]:
            drawn.clear()
            await set_filter(pilot, Filter((facet_clause("kind", kind),)).render() if kind else "")
            await drawn_on_screen(pilot)  # a screen update: the changed lines on screen are drawn
            assert app.facets is panel and panel.display, (panel.display, panel.size)
            # only lines whose key changed were drawn again (a line drawn before is kept), never a heading
            assert not any(_heading(key) for key in drawn), drawn
            redrawn += len(drawn)
            years = Counter(record["date"][:4] for record in generated if kind in (None, record["kind"]))
            lines = facet_lines(app)
            for year, count in years.items():
                assert any(line.strip().startswith(year) and line.endswith(f"{count:,}") for line in lines), year
            heading = next(i for i, line in enumerate(lines) if line.strip() == "Kind")
            named = kind_name(kind, Translator("en")) if kind else ""  # the sidebar names kinds in English
            assert any(line.lstrip().startswith("● " + named) for line in lines[heading:]) if kind else True
        assert redrawn
        assert facet_lines(app) == first  # back where it began: the same lines
        assert [i for i in range(panel.entry_count) if _heading(panel.key_at(i))] == headings


@pytest.mark.slow
async def test_the_sidebar_scrolled_shows_the_new_counts_on_screen_and_off_it(app: SurveysApp) -> None:
    """Only the changed lines on screen are refreshed (one region): what is drawn, on screen now or scrolled
    to later, is what the new counts say."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        panel = app.facets
        same_length = 0
        for query in ("a", "e", "i", "o", "year:" + app.found.facets["year"][0][0], ""):  # type: ignore[union-attr]
            before = panel.entry_count  # the sidebar at its top, where its cursor is: a search scrolls it not
            await set_filter(pilot, query)
            await drawn_on_screen(pilot)
            same_length += panel.entry_count == before  # only changed lines refreshed, not the whole widget
            for y in (None, max(0, panel.entry_count - panel.size.height), 0):
                if y is not None:
                    panel.scroll_to(y=y, animate=False)
                    await pilot.pause()
                top, region = round(panel.scroll_offset.y), panel.scrollable_content_region
                rows = screen_text(app).splitlines()[region.y:region.bottom]  # as the screen draws it
                drawn = [row[region.x:region.right].rstrip() for row in rows]
                wanted = [panel.entry_text(i).rstrip() for i in range(top, min(panel.entry_count, top + region.height))]
                assert drawn[:len(wanted)] == wanted, (query, y)
        assert same_length, "no search kept the number of lines"


@pytest.mark.slow
async def test_details_show_the_survey_the_selection_settles_on_drawn_once(
        app: SurveysApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(details, "SETTLE", 0.5)  # longer than the burst below takes, on any machine
    drawn: list[object] = []
    real = details.DetailsPane._draw

    def draw(self: details.DetailsPane, renderable: RenderableType) -> None:
        drawn.append(1)
        real(self, renderable)

    monkeypatch.setattr(details.DetailsPane, "_draw", draw)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        body = app.details.query_one("#details-body")
        drawn.clear()
        burst(app, "jjjjj")
        await pilot.pause()
        assert app.details.pending and drawn == []  # the cursor has moved; the pane waits for it to stop
        await settle(pilot)
        assert drawn == [1]
        assert app.details.query_one("#details-body") is body
        record = record_at(app, app.survey_list.selected)  # type: ignore[arg-type]
        assert selected_id(app) == record["id"]
        assert record["id"] in details_text(app)
        assert record["summary"][:40] in details_text(app).replace("\n", " ")


@pytest.mark.slow
async def test_a_pick_is_answered_by_one_whole_frame_and_its_survey_drawn_after_it(
        app: SurveysApp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter in a picker: the screen under it is drawn once, whole (the picker covered it), with the rows and
    counts; the survey under the cursor is drawn after that frame, not in it."""
    happened: list[str] = []
    real_frame = Screen._compositor_refresh

    def frame(self: Screen[object]) -> None:
        if isinstance(self, BrowserScreen) and self.app.screen is self:
            happened.append("whole" if self.size.region in self._compositor._dirty_regions else "part")
        real_frame(self)

    real_draw = details.DetailsPane._draw
    monkeypatch.setattr(Screen, "_compositor_refresh", frame)

    def draw(self: details.DetailsPane, renderable: RenderableType) -> None:
        happened.append("details")
        real_draw(self, renderable)

    monkeypatch.setattr(details.DetailsPane, "_draw", draw)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await type_text(pilot, "a")
        await settle(pilot)
        happened.clear()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is app.browser and app.found is not None and app.found.query.values("ward")
        assert happened[0] == "whole", happened
        assert "details" in happened and happened.index("details") > 0, happened
        record = record_at(app, app.survey_list.selected)  # type: ignore[arg-type]
        assert record["id"] in details_text(app)


async def test_the_footer_is_kept_across_a_dialog(bundled_store: Path) -> None:
    """A picker opened and left changes no key: the footer keeps the keys it read (not read and drawn again),
    and, the picker hiding the whole browser, is left as it is meanwhile (not hidden and shown again: drawn anew
    in the frame answering Enter)."""
    async with browsing(bundled_store) as (app, pilot):
        footer = app.screen.query_one(KeyFooter)
        keys = footer.keys
        assert keys
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert footer.styles.visibility == "visible"
        await pilot.press("escape")
        await settle(pilot)
        assert footer.keys is keys
        assert footer.styles.visibility == "visible"
