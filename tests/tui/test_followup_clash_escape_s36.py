"""The follow-up dialog names the fields a refused save clashed on, and Esc asks before it drops what was typed.

A save refused because another office changed a field the person changed too said only "This item was changed
elsewhere meanwhile"; `ItemClash.fields` knew which (tryout s35-offices8, left). Esc after typing a response had
dropped it without a word, where the review and correction screens ask first (`review.drop_edits`).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Select, Static

from store.store import SurveyStore
from tests.bundled import RACH_DUA
from tests.tui.browser_helpers import browsing, finish, screen_text
from tests.tui.followup_helpers import open_item, stored
from tui.screens.followup import FollowUpScreen

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]
CLASHED = {"vi": "Cả hai bên cùng sửa: trạng thái, hạn.", "en": "Changed on both sides: status, deadline."}
ASKED = {"vi": "Đã sửa ở đây: {n}. Esc lần nữa bỏ những gì đã sửa, mục trong kho giữ nguyên; Ctrl+S lưu vào kho.",
         "en": "Edited here: {n}. Esc again drops these edits and leaves the item as stored; Ctrl+S saves them to the "
               "store."}


KEYS = {"vi": "Ctrl+S ghi chúng đè lên bản trong kho, Esc để nguyên bản trong kho.",
        "en": "Ctrl+S puts them over the stored item, Esc leaves it as stored."}
HINT = {"vi": "Tab chuyển ô · Ctrl+S lưu", "en": "Tab moves · Ctrl+S saves"}


def said(dialog: FollowUpScreen) -> str:
    return " ".join(str(dialog.query_one("#followup-error", Static).render()).split())


def in_sight(app: Any) -> str:
    """The dialog's lines on the terminal (between its borders), its wrapped lines joined."""
    inside = (line[line.index("█") + 1:line.rindex("█")] for line in screen_text(app).splitlines()
              if line.count("█") >= 2)
    return " ".join(" ".join(inside).split())


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_a_refused_save_names_the_fields_both_changed(bundled_store: Path, lang: str,
                                                             size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_item(pilot, 0)
        other = copy.deepcopy(stored(bundled_store, RACH_DUA))
        other["recommendations"][0].update(status="not accepted", deadline="2026-03-31", to="Bộ Nội vụ")
        SurveyStore.open(bundled_store).replace(other)  # another office: status, deadline and addressee
        dialog.query_one("#followup-status", Select).value = "done"  # here: status and deadline, not the addressee
        dialog.query_one("#followup-deadline", Input).value = "30/06/2026"
        await pilot.press("ctrl+s")
        await finish(pilot)
        assert app.screen is dialog
        assert CLASHED[lang] in said(dialog), said(dialog)
        shown = in_sight(app)  # at 80×24 too: the refusal's last line and the buttons had been cut off
        assert CLASHED[lang] in shown and KEYS[lang] in shown and HINT[lang] in shown, shown
    assert stored(bundled_store, RACH_DUA)["recommendations"][0]["status"] == "not accepted"  # nothing written


async def test_a_refused_save_names_only_the_field_both_changed(bundled_store: Path) -> None:
    """Another office's addressee is no clash with a deadline typed here, its status is one with a status."""
    async with browsing(bundled_store, "en") as (app, pilot):
        dialog = await open_item(pilot, 0)
        other = copy.deepcopy(stored(bundled_store, RACH_DUA))
        other["recommendations"][0].update(status="not accepted", to="Bộ Nội vụ")
        SurveyStore.open(bundled_store).replace(other)
        dialog.query_one("#followup-status", Select).value = "done"
        await pilot.press("ctrl+s")
        await finish(pilot)
        # status alone, up to the full stop: the addressee (now named "Addressed to", as the stored line after it
        # names it too) is not said as a clash
        assert "Changed on both sides: status." in said(dialog), said(dialog)


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_esc_after_typing_asks_once_then_leaves_the_item_as_stored(bundled_store: Path, lang: str,
                                                                         size: tuple[int, int]) -> None:
    before = stored(bundled_store, RACH_DUA)
    async with browsing(bundled_store, lang, size) as (app, pilot):
        dialog = await open_item(pilot, 0)
        dialog.query_one("#followup-response-text", Input).focus()
        await pilot.press("D", "a", "space", "g", "o", "i")
        await pilot.press("escape")
        await finish(pilot)
        assert app.screen is dialog  # asked, not gone
        assert said(dialog) == ASKED[lang].format(n=1)
        assert ASKED[lang].format(n=1) in in_sight(app)  # in sight at 80×24 too
        assert dialog.query_one("#followup-response-text", Input).value == "Da goi"  # kept
        await pilot.press("escape")
        await finish(pilot)
        assert app.screen is not dialog
    assert stored(bundled_store, RACH_DUA) == before


async def test_esc_asks_again_after_more_typing_and_not_when_nothing_was_typed(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        dialog = await open_item(pilot, 0)
        dialog.query_one("#followup-deadline", Input).value = "31/12/2026"
        await pilot.press("escape")
        assert app.screen is dialog and said(dialog) == ASKED["en"].format(n=1)
        dialog.query_one("#followup-response-text", Input).value = "Đã gọi"  # more typed after the question
        await pilot.press("escape")
        assert app.screen is dialog and said(dialog) == ASKED["en"].format(n=2)
        dialog.query_one("#followup-deadline", Input).value = dialog._shown_deadline  # typed back, the text cleared
        dialog.query_one("#followup-response-text", Input).value = ""
        await pilot.press("escape")
        await finish(pilot)
        assert app.screen is not dialog  # nothing typed: Esc just leaves

