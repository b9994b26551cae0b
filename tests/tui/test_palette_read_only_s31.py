"""A reader's palette (read-only store) answers an edit asked for by name: the entry is listed dim, with why it does
nothing, and chosen it says the store is read-only, as its key does (session 31's tryouts: typing "import" said "No
matching command", as if there were no such command). A writable store lists it as before. Pilot at 80×24 in
Vietnamese and 120×40 in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette

from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, notes
from tests.tui.test_palette_matching import _palette_lines
from tests.tui.waiting import until
from tui.i18n import Translator
from tui.screens.browser import BrowserScreen

pytestmark = pytest.mark.slow  # Pilot flows
CASES = [("vi", (80, 24), "nhap"), ("en", (120, 40), "import")]


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TinyDBRepository, "read_only", property(lambda self: True))


@pytest.mark.parametrize(("lang", "size", "typed"), CASES)
async def test_a_refused_edit_is_listed_with_why(bundled_store: Path, read_only: None, lang: str,
                                                 size: tuple[int, int], typed: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        lines = await _palette_lines(app, pilot, typed)
        assert lines[0].startswith(t("key.import")) and lines[0].endswith(f"(i) — {t('palette.refused')}"), lines
        assert t("palette.none_found") not in lines
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, CommandPalette), "the palette to close")
        await finish(pilot)
        assert isinstance(app.screen, BrowserScreen)  # no import dialog
        assert notes(app) == [t("note.read_only", path=str(bundled_store))]


@pytest.mark.parametrize(("lang", "size", "typed"), CASES)
async def test_a_writable_store_lists_it_as_a_command(bundled_store: Path, lang: str, size: tuple[int, int],
                                                      typed: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        lines = await _palette_lines(app, pilot, typed)
        assert lines[0].startswith(t("key.import")) and lines[0].endswith("(i)"), lines
        assert not any(t("palette.refused") in line for line in lines)
