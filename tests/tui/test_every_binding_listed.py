"""Every binding of every screen is in its help and, when it is a command, in the command palette, in both languages.

Each screen writes its keys once, in a key table (`KEY_TABLE`: `tui.keys`, `tui.dialog_keys`): the bindings are made
from it, its help (? or F1) lists it, the palette offers the lines that have an action. These tests walk the
`BINDINGS` our classes declare (the screen's and its own widgets'), so a key bound later without a line in the table
fails here; then they open each screen in the browser and read its help and its palette as the user does. The
dialogs had keys no help listed (the import dialog's Ctrl+Y, the follow-up dialog's Ctrl+S), no F1, and a palette
that offered only Theme and Quit over them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.binding import Binding
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.screen import Screen

from tests.tui.browser_helpers import browsing, run_from_palette, screen_text, settle, until
from tests.tui.test_ux_pass3_keys import _help_lines, _palette_entries, _says
from tui.dialog_keys import EXPORT_KEYS, FOLLOWUP_KEYS, HELP_KEYS, IMPORT_KEYS, ITEMS_KEYS, keys_said
from tui.i18n import CATALOG, LANGS, Translator
from tui.keys import CORRECT_KEYS, FIGURES_KEYS, KEYS, MERGE_KEYS, REVIEW_KEYS, KeySpec, key_line, spelled
from tui.screens.browser import BrowserScreen
from tui.screens.export_dialog import ExportScreen
from tui.screens.figures import FiguresScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.help import HelpScreen
from tui.screens.import_dialog import ImportScreen
from tui.screens.import_path import PathInput
from tui.screens.items import ItemsScreen
from tui.screens.merge_offer import MergeScreen
from tui.screens.review import ReviewScreen
from tui.screens.review_correct import CorrectScreen
from tui.screens.review_ends import FormScroll
from tui.widgets.details import DetailsPane
from tui.widgets.facets import FacetPanel
from tui.widgets.filter_bar import FilterBar
from tui.widgets.search_bar import SearchBar
from tui.widgets.survey_list import SurveyList

SCREENS: dict[str, tuple[type[Screen[Any]], tuple[KeySpec, ...], tuple[type[DOMNode], ...]]] = {
    "browser": (BrowserScreen, KEYS, (SurveyList, FacetPanel, FilterBar, SearchBar)),
    "detail": (BrowserScreen, KEYS, (DetailsPane,)),
    "compare": (FiguresScreen, FIGURES_KEYS, ()),
    "follow-up list": (ItemsScreen, ITEMS_KEYS, ()),
    "follow-up": (FollowUpScreen, FOLLOWUP_KEYS, ()),
    "import": (ImportScreen, IMPORT_KEYS, (PathInput,)),
    "review": (ReviewScreen, REVIEW_KEYS, (FormScroll,)),
    "correct": (CorrectScreen, CORRECT_KEYS, (FormScroll,)),
    "export": (ExportScreen, EXPORT_KEYS, ()),
    "help": (HelpScreen, HELP_KEYS, ()),
    "merge offer": (MergeScreen, MERGE_KEYS, ()),
}
"""Each screen (the details are a pane of the browser's), its key table, and our widgets it holds that bind keys."""
HINTS = {"export": "export.hint", "follow-up list": "items.hint", "follow-up": "followup.hint", "import": "import.hint"}
"""The line that says a dialog's daily keys, where a screen with a footer shows them."""


def _declared(kind: type[DOMNode]) -> list[Binding]:
    """The bindings our own classes declare on `kind` and its bases (Textual's are its widgets' business)."""
    found: list[Binding] = []
    for cls in kind.__mro__:
        if cls.__module__.startswith("tui.") and "BINDINGS" in cls.__dict__:
            found += [b for b in cls.__dict__["BINDINGS"] if isinstance(b, Binding)]
    return found


def _keys(spec: KeySpec) -> set[str]:
    return set(spec.keys.split(","))


@pytest.mark.parametrize("name", SCREENS)
def test_every_declared_binding_has_a_line_in_its_screens_table(name: str) -> None:
    screen, table, widgets = SCREENS[name]
    listed = set().union(*(_keys(spec) for spec in table))
    for kind in (screen, *widgets):
        for binding in _declared(kind):
            missing = set(binding.key.split(",")) - listed
            assert not missing, (name, kind.__name__, binding.action, missing)


@pytest.mark.parametrize("name", SCREENS)
def test_every_command_of_a_table_is_an_action_of_its_screen_and_named_in_both_languages(name: str) -> None:
    screen, table, _ = SCREENS[name]
    for spec in table:
        assert spec.message in CATALOG, spec.message
        if spec.action and spec.action != "command_palette":  # the palette itself is the app's
            assert hasattr(screen, "action_" + spec.action.split("(")[0]), (name, spec.action)
    assert getattr(screen, "KEY_TABLE", KEYS) == table  # what the palette reads (`tui.palette`)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", HINTS)
def test_a_dialogs_hint_says_where_its_other_keys_are(name: str, lang: str) -> None:
    """No footer: the hint line says the daily keys and F1, the help that lists the rest."""
    t = Translator(lang)
    assert "F1" in t(HINTS[name]) and any(spec.keys == "f1" and spec.action == "help" for spec in SCREENS[name][1])


async def _help_of(pilot: Pilot[Any], table: tuple[KeySpec, ...], t: Translator, key: str = "f1") -> None:
    """Press `key`: the help lists every line of `table`, named as the palette and the footer name them."""
    app, under = pilot.app, pilot.app.screen
    await pilot.press(key)
    await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
    lines = _help_lines(app)  # type: ignore[arg-type]
    missing = [spec.display for spec in table if not _says(lines, spec, t)]
    assert not missing, (type(under).__name__, missing, lines)
    assert keys_said(HELP_KEYS, t).splitlines()[-1] in screen_text(app)  # type: ignore[arg-type] # its own keys
    entries = await _palette_entries(pilot)  # over the help: its own commands
    assert all(f"{key_line(spec, t)}  ({spelled(spec.display)})" in entries for spec in HELP_KEYS if spec.action), \
        entries
    await pilot.press("escape")
    await until(pilot, lambda: app.screen is under, "the help to close")


async def _palette_of(pilot: Pilot[Any], table: tuple[KeySpec, ...], t: Translator) -> None:
    """The palette over the screen in front offers every line of `table` that has an action."""
    under = pilot.app.screen
    entries = await _palette_entries(pilot)
    for spec in table:
        if spec.action and spec.action != "command_palette":
            assert f"{key_line(spec, t)}  ({spelled(spec.display)})" in entries, \
                (type(under).__name__, spec.action, entries)
    assert not isinstance(pilot.app.screen, CommandPalette)


async def _both(pilot: Pilot[Any], table: tuple[KeySpec, ...], t: Translator, help_key: str = "f1") -> None:
    await _help_of(pilot, table, t, help_key)
    await _palette_of(pilot, table, t)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_each_screens_help_and_palette_list_its_keys(bundled_store: Path, lang: str,
                                                           size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await _both(pilot, KEYS, t, "question_mark")  # the browser, the details a pane of it
        await pilot.press("enter")
        await until(pilot, lambda: app.focused is app.details, "the details")
        await _both(pilot, KEYS, t, "question_mark")
        await pilot.press("enter")  # Enter again: back to the list (it did nothing)
        await until(pilot, lambda: app.focused is app.survey_list, "the list")
        for key, kind, table in (("c", FiguresScreen, FIGURES_KEYS), ("e", ExportScreen, EXPORT_KEYS),
                                 ("i", ImportScreen, IMPORT_KEYS), ("u", ItemsScreen, ITEMS_KEYS),
                                 ("r", CorrectScreen, CORRECT_KEYS)):
            await pilot.press(key)
            await until(pilot, lambda kind=kind: isinstance(app.screen, kind), kind.__name__)  # type: ignore[misc]
            await settle(pilot)
            if kind in (FiguresScreen, CorrectScreen):  # a footer of their own: its keys whole at 80 columns too
                bottom = screen_text(app).splitlines()[-1]
                assert all(t(spec.message) in bottom for spec in table if spec.footer), bottom
            await _both(pilot, table, t)
            if kind is ItemsScreen:
                await pilot.press("j", "enter")
                await until(pilot, lambda: isinstance(app.screen, FollowUpScreen), "the follow-up dialog")
                await _both(pilot, FOLLOWUP_KEYS, t)
                await pilot.press("escape")
            await pilot.press("escape")
            await until(pilot, lambda: app.screen is app.browser, "the browser")


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "typed"), [("vi", "xuat"), ("en", "export")])
async def test_a_command_chosen_with_the_filter_bar_focused_acts(bundled_store: Path, lang: str, typed: str) -> None:
    """The browser's keys wait while an input has the focus; a command from the palette did nothing then."""
    async with browsing(bundled_store, lang) as (app, pilot):
        await pilot.press("colon")
        await until(pilot, lambda: app.focused is app.filter_bar.input, "the filter bar")
        await run_from_palette(pilot, typed)
        await until(pilot, lambda: isinstance(app.screen, ExportScreen), "the export dialog")
