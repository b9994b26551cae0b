"""A read-only store's footer, help and palette tell the truth: the edit keys (u i r D) are not offered as keys that
act, the status line says "read-only", and a key pressed anyway still says why nothing opens.

Session 31's PostgreSQL tryout: a reader's browser showed "u Follow up i Import … r Edit" in its footer, each then
answering "read-only". They are hidden rather than shown dimmed: at 80×24 the footer holds only the daily keys in
either language (none of them an edit), and at 120 columns the room they leave goes to keys that act (X Clear, f
Facets) instead of three or four dim labels a reader cannot use; the help lists them apart, under a line saying this
account may only read the store, so a reader still learns what an editor can do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, notes, screen_text
from tests.tui.test_ux_pass3_keys import _help_lines, _palette_entries
from tui.i18n import Translator
from tui.keys import KEYS, WRITING, key_name
from tui.screens.browser import BrowserScreen
from tui.widgets.key_footer import KeyFooter

EDITS = [spec for spec in KEYS if spec.action in WRITING]
SIZES = [("vi", (80, 24)), ("en", (80, 24)), ("vi", (120, 40)), ("en", (120, 40))]


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TinyDBRepository, "read_only", property(lambda self: True))


def test_the_edit_keys_are_the_three_that_write() -> None:
    """`u` is not one: a reader's follow-up list opens to read (`tests/tui/test_reader_items_s38.py`)."""
    assert {spec.keys for spec in EDITS} == {"i", "r", "D"}


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_a_read_only_footer_offers_no_edit_key(bundled_store: Path, read_only: None, lang: str,
                                                     size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        shown = {key.key for key in app.screen.query_one(KeyFooter).keys}
        assert not shown & {"i", "r", "D"}
        assert t("status.read_only").strip(" ·") in screen_text(app).splitlines()[1]
        if size == (120, 40):  # the room goes to the keys that act: every one of them, on two lines
            assert {"d", "x", "e", "c", "X", "f"} <= shown
        for spec in EDITS:  # pressed anyway: said why, no dialog
            await pilot.press(spec.keys)
            await finish(pilot)
            assert isinstance(app.screen, BrowserScreen), spec.keys
        assert len(notes(app)) == len(EDITS)
        assert all(t("note.read_only", path=str(bundled_store)) == note for note in notes(app))


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_help_lists_the_edit_keys_apart_and_the_palette_leaves_them_out(bundled_store: Path, read_only: None,
                                                                                 lang: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=(120, 40)) as (app, pilot):
        await pilot.press("question_mark")
        await finish(pilot)
        lines = _help_lines(app)
        await pilot.press("escape")
        heading = next(at for at, line in enumerate(lines) if line.startswith(t("help.read_only").split(":")[0]))
        for spec in EDITS:  # every edit key is still in the help, after the line that says they do nothing here
            found = [at for at, line in enumerate(lines) if line.startswith(f"{spec.display} {key_name(spec, t)}")]
            assert found and found[0] > heading, spec.keys
        entries = await _palette_entries(pilot)
        assert not any(f"({spec.display})" in entry for spec in EDITS for entry in entries)
        assert any("(e)" in entry for entry in entries)  # export stays: a reader may export


@pytest.mark.slow  # a Pilot flow
async def test_a_writable_store_keeps_its_edit_keys(bundled_store: Path) -> None:
    t = Translator("en")
    async with browsing(bundled_store, "en", size=(120, 40)) as (app, pilot):
        assert {"u", "i", "r"} <= {key.key for key in app.screen.query_one(KeyFooter).keys}
        assert t("status.read_only").strip(" ·") not in screen_text(app)
        await pilot.press("question_mark")
        await finish(pilot)
        assert not any(line.startswith(t("help.read_only").split(":")[0]) for line in _help_lines(app))
        await pilot.press("escape")
        entries = await _palette_entries(pilot)
        assert all(any(f"({spec.display})" in entry for entry in entries) for spec in EDITS)
