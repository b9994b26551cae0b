"""The follow-up list (`u`) says when its store is out of reach, and Enter says its dialog starts from the list's copy.

Tryout s40-tryout12 (Left open): with the list open on a PostgreSQL archive whose server stopped, nothing said so
until a save; Enter opened the dialog from the list's copy without a word. The server is a fake here: the store's
change token (and the read) raise `StoreError` while `down` is set, and answer again once it is cleared. The list's
timer is not waited for: the test fires its check.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from textual.widgets import Label

from store.errors import StoreError
from tests.tui.browser_helpers import browsing, finish, notes, screen_text
from tests.tui.test_items_other_office_s35 import open_list
from tests.tui.test_items_other_office_s35 import store as store  # noqa: F401 - the fixture: a visit, two items
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen
from tui.widgets.key_hint import KeyHint

pytestmark = pytest.mark.slow  # Pilot flows

SIZES = [pytest.param("vi", (80, 24), id="vi-80x24"), pytest.param("en", (120, 40), id="en-120x40")]
LOST = {"vi": "Không kết nối được kho dữ liệu — danh sách là bản đọc lúc",
        "en": "The archive is out of reach — the list is as read at"}
FROM_COPY = {"vi": "hộp thoại mở từ bản của danh sách", "en": "the dialog starts from the list's copy"}
Answer = TypeVar("Answer")


def flaky(call: Callable[..., Answer], down: threading.Event) -> Callable[..., Answer]:
    """`call`, raising as a stopped server does while `down` is set."""

    def answer(*args: Any) -> Answer:
        if down.is_set():
            raise StoreError("connection to server failed: Connection refused")
        return call(*args)

    return answer


def server(screen: ItemsScreen) -> threading.Event:
    """The list's store behind a fake server; set the event to stop it, clear it to start it again."""
    down, following = threading.Event(), screen.following
    assert following.token is not None and following.read is not None
    following.token, following.read = flaky(following.token, down), flaky(following.read, down)
    return down


def reach_line(screen: ItemsScreen) -> str:
    label = screen.query_one("#items-reach", Label)
    return str(label.render()) if label.display else ""


def keys_in_the_box(screen: ItemsScreen) -> bool:
    box, keys = screen.query_one("#items").region, screen.query_one(KeyHint).region
    return keys.height > 0 and box.y <= keys.y and keys.bottom <= box.bottom - 1 and box.bottom <= screen.size.height


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_a_failed_question_is_said_on_a_line_and_the_line_goes_when_the_store_answers(
        store: Path, lang: str, size: tuple[int, int]) -> None:  # noqa: F811
    async with browsing(store, lang, size) as (app, pilot):
        screen = await open_list(app, pilot)
        down = server(screen)
        screen.following.check()
        await finish(pilot)
        assert not reach_line(screen)  # answered: nothing said

        down.set()
        screen.following.check()
        await finish(pilot)
        said = reach_line(screen)
        assert said.startswith(LOST[lang]) and said[-5:-3].isdigit() and said[-3] == ":", said  # "… lúc 19:32"
        assert LOST[lang] in " ".join(screen_text(app).split())
        assert keys_in_the_box(screen)  # the line took a row: the list gave it, the keys' line stays in sight

        down.clear()
        screen.following.check()
        await finish(pilot)
        assert not reach_line(screen)
        assert keys_in_the_box(screen)


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_enter_while_out_of_reach_says_the_dialog_starts_from_the_lists_copy(
        store: Path, lang: str, size: tuple[int, int]) -> None:  # noqa: F811
    async with browsing(store, lang, size) as (app, pilot):
        screen = await open_list(app, pilot)
        down = server(screen)
        down.set()
        await pilot.press("j", "enter")
        await finish(pilot)
        dialog = app.screen
        assert isinstance(dialog, FollowUpScreen) and dialog.ref == ("recommendations", 1)  # it opens, as before
        assert any(FROM_COPY[lang] in note for note in notes(app)), notes(app)


async def test_enter_on_a_store_that_answers_says_nothing_of_the_copy(store: Path) -> None:  # noqa: F811
    async with browsing(store, "en", (120, 40)) as (app, pilot):
        screen = await open_list(app, pilot)
        server(screen)
        await pilot.press("enter")
        await finish(pilot)
        assert isinstance(app.screen, FollowUpScreen)
        assert not any(FROM_COPY["en"] in note for note in notes(app)), notes(app)
