"""What driving the browser in tmux found (session 14, 80×24 vi and 120×40 en), each fixed and held here.

- The follow-up editor named the visit's day in ISO in Vietnamese ("Kiến nghị 1/6 · 2025-09-09"), where the list of
  items above it and every other dialog write 09/09/2025 (and "?" after an inferred year).
- The delete dialog said "with 1 recommendations" in English.
- The figures view's help called its `?` "Help — every key and the filter syntax": it has no filter syntax.
- The year facet came by count, then name: "2025 3, 2023 2, 2022 1, 2024 1"; years now read newest first.
- The list's heading "Trưởng đoàn" read "Trưởng đo…" at 80 columns: a column is now at least as wide as its heading.
- A checkbox drew "▐X▌" ticked or not (colour alone told them apart): the import dialog's unticked "Replace"
  read as ticked. The X is now drawn only when ticked.
- The review screen's English reasons said "in place since 1/7/2025", which an English reader may take for 7 January.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Checkbox, Static

from store.store import SurveyStore
from tests.tui.browser_helpers import browsing, facet_lines
from tests.tui.hosts import Host
from tui.i18n import CATALOG, Translator
from tui.keys import FIGURES_KEYS, key_line
from tui.screens.followup import FollowUpScreen
from tui.widgets.survey_list import columns
from tui.widgets.tick_box import TickBox


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, certainty, shown", [
    ("vi", "stated", "09/09/2025 ·"), ("vi", "inferred", "09/09/2025? ·"), ("en", "stated", "2025-09-09 ·")])
async def test_the_follow_up_editor_names_the_visits_day_as_the_list_does(record: dict[str, Any], lang: str,
                                                                           certainty: str, shown: str) -> None:
    visit = {**copy.deepcopy(record), "date": "2025-09-09", "date_certainty": certainty,
             "recommendations": [{"text": "Bổ sung máy quét cho bộ phận một cửa.", "to": "UBND thành phố"}]}
    app = Host(lambda: FollowUpScreen(visit, ("recommendations", 0), lang))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        title = str(app.screen.query_one(".followup-title", Static).render())
        assert f" · {shown} " in title, title


def test_the_delete_dialog_counts_read_in_english_for_one_item() -> None:
    """"1 recommendations" had been avoided by "recommendations 1"; the catalog's plural says "1 recommendation"."""
    t = Translator("en")
    assert t("delete.part.recommendations", count="1") == "1 recommendation"
    assert t("delete.part.recommendations", count="1,200") == "1,200 recommendations"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_figures_views_help_key_says_what_its_own_help_holds(lang: str) -> None:
    t = Translator(lang)
    [help_key] = [spec for spec in FIGURES_KEYS if spec.action == "help"]
    line = key_line(help_key, t)
    assert t("key.help.detail") not in line and line.startswith(t("key.help"))


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_year_facet_reads_newest_first(bundled_store: Path, record: dict[str, Any], lang: str) -> None:
    older = {**copy.deepcopy(record), "id": "2024-03-05-mot-chuyen-khac", "date": "2024-03-05"}
    older.pop("date_certainty", None)
    SurveyStore.open(bundled_store).upsert_many([older])
    async with browsing(bundled_store, lang, (120, 40)) as (app, _pilot):
        lines = facet_lines(app)
        start = lines.index(Translator(lang)("facet.year"))
        years = []
        for line in lines[start + 1:]:
            if not line.startswith("  "):
                break
            years.append(line.split()[0])
        assert years == sorted(years, reverse=True) and "2024" in years, lines[start:]


@pytest.mark.parametrize("width", range(72, 130))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_column_heading_is_cut_where_the_columns_have_room_for_it(lang: str, width: int) -> None:
    t = Translator(lang)
    names = ("locality", "body", "leader", "topics")
    headings = tuple(len(t(f"col.{name}")) for name in names)
    shown = columns(width, headings)
    assert len(shown) == 4  # 72 columns and more show all four
    assert all(cells >= headings[names.index(name)] for name, cells in shown), shown
    assert 1 + 11 + sum(2 + cells for _, cells in shown) == width  # the row still fills the line exactly


INPUT_HINTS = {"dates.hint", "dates.forms", "review.date", "review.help_notes", "followup.deadline_forms",
               "cli.help.since", "cli.help.followup_deadline", "cli.help.extract_published",
               "dates.period_forms", "help.filter"}  # answered:/changed:/closed: periods as they are typed (store22)
"""English messages that show what may be typed: a field reads day first in either language."""


def test_english_words_never_write_a_day_as_day_slash_month() -> None:
    slashed = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
    said = sorted(key for key, words in CATALOG.items() if slashed.search(words.get("en", "")))
    assert set(said) <= INPUT_HINTS, set(said) - INPUT_HINTS


@pytest.mark.slow  # a Pilot flow
async def test_a_checkbox_shows_its_state_without_colour() -> None:
    """The import dialog's unticked "Replace…" drew "▐X▌" as a ticked one does (only colour differed)."""
    class Boxes(App[None]):
        def compose(self) -> Any:
            yield TickBox("off", id="off")
            yield TickBox("on", value=True, id="on")

    app = Boxes()
    async with app.run_test(size=(40, 4)) as pilot:
        await pilot.pause()
        off, on = app.query_one("#off", Checkbox), app.query_one("#on", Checkbox)
        assert "X" not in str(off.render()) and "X" in str(on.render())
        off.value = True
        await pilot.pause()
        assert "X" in str(off.render())
