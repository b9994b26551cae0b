"""Esc in the correction screen (`r`) asks once when edits are on screen, as the review screen does.

It had left at once with the edits gone without a word (tryout, session 32), where the review screen asks "Edited
here: 1. Esc again …". Now the first Esc says how many values were edited and what Esc again and Ctrl+S do; a second
Esc leaves the survey as stored. With nothing edited (or an edit typed back), Esc leaves at once, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from store.store import SurveyStore
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows

TAN_DINH = make_record()["id"]
SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]
ASKED = {"vi": "Đã sửa ở đây: {n}. Esc lần nữa bỏ những gì đã sửa, chuyến trong kho giữ nguyên; Ctrl+S lưu vào kho.",
         "en": "Edited here: {n}. Esc again drops these edits and leaves the visit as stored; Ctrl+S saves them to the "
               "store."}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([make_record()])  # the newest: selected first
    return path


async def correcting(pilot) -> CorrectScreen:
    screen = await open_screen(pilot, "r", CorrectScreen)
    await screen.rows_ready()
    await pilot.pause()
    return screen


def said(screen: CorrectScreen) -> str:
    return " ".join(str(screen.query_one("#review-error", Static).render()).split())


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_esc_with_an_edit_asks_once_then_leaves_the_survey_as_stored(store: Path, lang: str,
                                                                          size: tuple[int, int]) -> None:
    before = store.read_bytes()
    async with browsing(store, lang, size) as (app, pilot):
        screen = await correcting(pilot)
        assert app.focused is screen.query_one("#review-leader-name", Input)
        await pilot.press("end", "x")
        await pilot.press("escape")
        assert app.screen is screen
        assert said(screen) == ASKED[lang].format(n=1)
        assert ASKED[lang].format(n=1)[:30] in " ".join(screen_text(app).split())  # in sight at 80×24 too
        await pilot.press("escape")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
    assert store.read_bytes() == before


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_after_the_question_ctrl_s_saves(store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        await correcting(pilot)
        await pilot.press("end", "x", "escape", "ctrl+s")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
    saved = SurveyStore.open(store).get(TAN_DINH)
    assert saved is not None and saved["leader"]["name"] == "Trần Thị Thửx"


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_another_edit_after_the_question_asks_again(store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        screen = await correcting(pilot)
        await pilot.press("end", "x", "escape")
        screen.query_one("#review-body", Input).focus()
        await pilot.press("end", "y", "escape")
        assert app.screen is screen and said(screen) == ASKED[lang].format(n=2)
        await pilot.press("escape")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)


@pytest.mark.parametrize(("lang", "size"), SIZES)
@pytest.mark.parametrize("keys", [(), ("end", "x", "backspace")], ids=["untouched", "typed-back"])
async def test_esc_with_nothing_edited_leaves_at_once(store: Path, lang: str, size: tuple[int, int],
                                                     keys: tuple[str, ...]) -> None:
    async with browsing(store, lang, size) as (app, pilot):
        await correcting(pilot)
        await pilot.press(*keys, "escape")
        await finish(pilot)
        assert not isinstance(app.screen, CorrectScreen)
