"""A store that refuses writes (a reader's database role, a read-only file) says so when an edit key is pressed,
before a dialog is filled in for nothing; browsing and export stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, notes
from tui.screens.browser import BrowserScreen


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, said", [
    ("en", "is read-only for this account: browsing, filtering and export work"),
    ("vi", "chỉ cho tài khoản này đọc: xem, lọc và xuất được"),
])
async def test_the_edit_keys_say_the_store_is_read_only(bundled_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                        lang: str, said: str) -> None:
    monkeypatch.setattr(TinyDBRepository, "read_only", property(lambda self: True))
    async with browsing(bundled_store, lang) as (app, pilot):
        for key in ("r", "D", "i"):  # not u: a reader's list opens to read (`test_reader_items_s38.py`)
            await pilot.press(key)
            await finish(pilot)
            assert isinstance(app.screen, BrowserScreen), key  # no dialog opened
        assert sum(said in note for note in notes(app)) == 3


@pytest.mark.slow  # a Pilot flow
async def test_a_writable_store_opens_the_dialogs(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        assert app.catalog is not None and not app.catalog.read_only
        await pilot.press("u")
        await finish(pilot)
        assert not isinstance(app.screen, BrowserScreen)
