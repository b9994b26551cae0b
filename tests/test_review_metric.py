"""A figure's metric is picked in the review screen from the known ones, searched without accents, and saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from store import provenance
from store.extract import extract_file
from tests.test_review_screen import ARTICLES, reviewing, text_of
from tests.test_review_screen_edits import save, stored
from tui.fuzzy import rank_folded
from tui.i18n import Translator
from tui.screens.picker import PickerScreen
from tui.screens.review_metric import MetricButton, metric_choices, metric_label

pytestmark = pytest.mark.slow  # Pilot flows

ARTICLE = ARTICLES / "a04_cu_chi.html"


def test_every_known_metric_is_offered_with_none_first_and_found_without_accents() -> None:
    choices = metric_choices([{"metric": "ho-so-tiep-nhan"}, {"label": "x"}], Translator("vi"))
    assert choices[0].value == "" and choices[0].count == 1
    assert [choice.value for choice in choices[1:]][:2] == ["ho-so-tiep-nhan", "ho-so-giai-quyet"]
    assert next(c for c in choices if c.value == "ho-so-tiep-nhan").count == 1
    folds, labels = [c.folded for c in choices], [c.folded_label for c in choices]
    assert choices[rank_folded("ty le dung han", folds, labels)[0]].value == "ty-le-dung-han"
    assert choices[rank_folded("on-time", folds, labels)[0]].value == "ty-le-dung-han"  # the other language


def test_the_button_says_the_metric_or_what_the_label_reads_as() -> None:
    vi, en = Translator("vi"), Translator("en")
    assert metric_label("ty-le-dung-han", {}, vi) == "Tỷ lệ giải quyết đúng hạn"
    assert metric_label("ty-le-dung-han", {}, en) == "On-time rate"
    assert metric_label("", {"label": "Hồ sơ tiếp nhận", "unit": "hồ sơ"}, vi) == "≈ Hồ sơ tiếp nhận"
    assert metric_label("", {"label": "Số cuộc họp", "unit": "cuộc"}, en) == "(no metric)"
    assert metric_label("made-up", {}, en) == "made-up ?"


async def test_a_metric_is_picked_by_typing_and_saved_as_a_person_s_edit(tmp_path: Path) -> None:
    draft = extract_file(ARTICLE)
    async with reviewing(draft, "vi") as (app, pilot):
        screen = app.screen
        button = screen.query_one("#review-figures-0-metric", MetricButton)
        before = button.value
        button.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"ty le dung")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and button.value == "ty-le-dung-han" != before
        assert "Tỷ lệ giải quyết đúng hạn" in str(button.label)
        assert text_of(screen.query_one("#review-figures-0-source", Static)).startswith("✎ bạn đã sửa")
        await save(pilot, app)
    record = stored(app.results[0], tmp_path)
    assert record["figures"][0]["metric"] == "ty-le-dung-han"
    assert provenance.origins(record)["figures[0]"]["by"] == "person"


async def test_escape_keeps_the_metric_and_none_removes_it() -> None:
    draft = extract_file(ARTICLE)
    with_metric = next(i for i, f in enumerate(draft.record["figures"]) if f.get("metric"))
    async with reviewing(draft, "en") as (app, pilot):
        screen = app.screen
        button = screen.query_one(f"#review-figures-{with_metric}-metric", MetricButton)
        kept = button.value
        button.focus()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert button.value == kept
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"no metric", "enter")
        await pilot.pause()
        assert button.value == ""
        await save(pilot, app)
    assert "metric" not in app.results[0]["figures"][with_metric]
