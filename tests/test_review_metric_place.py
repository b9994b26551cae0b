"""The review screen's pickers: a figure's metric from the known ones, a unit typed without accents placed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from store import provenance
from store.extract import extract_file
from tests.present import present
from tests.test_review_screen import ARTICLES, reviewing, text_of
from tests.test_review_screen_edits import save, stored
from tui.fuzzy import rank_folded
from tui.i18n import Translator
from tui.screens.picker import PickerScreen
from tui.screens.review import ReviewScreen
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
    assert "metric" not in present(app.results[0])["figures"][with_metric]


def test_a_unit_typed_without_accents_gets_them_back() -> None:
    from tui.screens.review_values import typed_place  # noqa: PLC0415

    assert typed_place("xa tan phu") == "xã Tân Phú"
    assert typed_place("Phuong Lai Thieu") == "phường Lái Thiêu"
    assert typed_place("phuong ben nghe") == "phường Bến Nghé"  # merged away in 2025, still reported
    assert typed_place("xã Tân Phú") == "xã Tân Phú" and typed_place("q1") == "quận 1"
    assert typed_place("xa khong co dau nao") == "xã khong co dau nao"  # no such unit: as typed


async def test_a_name_several_provinces_share_is_added_and_placed_by_typing_the_province() -> None:
    from textual.widgets import Input  # noqa: PLC0415

    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with reviewing(draft, "vi") as (app, pilot):
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await screen.add_locality("xa tan phu")
        await pilot.pause()
        row = screen.rows["localities"][-1]
        assert row["item"] is None and screen.query_one(f"#{row['id']}-name", Input).value == "xã Tân Phú"
        assert "có ở nhiều tỉnh" in text_of(screen.query_one(f"#{row['id']}-place", Static))
        assert screen.focused is screen.query_one(f"#{row['id']}-province", Input)
        await pilot.press(*"tay ninh")
        await pilot.pause()
        assert row["item"] is not None
        assert row["item"]["province"]["name"] == "Tây Ninh" and row["item"]["ward"]["name"] == "Xã Tân Phú"
        await save(pilot, app)
    saved = present(app.results[0])
    assert saved["localities"][-1]["ward"]["name"] == "Xã Tân Phú"
    assert provenance.origins(saved)[f"localities[{len(saved['localities']) - 1}]"]["by"] == "person"


async def test_an_open_choice_says_how_to_close_it_in_the_screens_language() -> None:
    from textual.widgets import Select  # noqa: PLC0415

    async with reviewing(extract_file(ARTICLE), "vi") as (app, pilot):
        select = app.screen.query_one("#review-date-certainty", Select)
        select.focus()
        await pilot.press("enter")
        await pilot.pause()
        shown = {binding.description for _, binding, *_ in app.screen.active_bindings.values()}
        assert "Đóng danh sách" in shown and "Dismiss menu" not in shown
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not None and app.results == []  # Escape closed the list, not the article
        assert [label for label, _ in select._options][1:] == ["ghi trong bài", "theo ngày đăng", "suy ra"]
