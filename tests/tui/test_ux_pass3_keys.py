"""One name per action: the footer, the help screen and the command palette call each key's action the same.

The footer had said "Find" and "Track" where the help and the palette said "Search" and "Follow up" (the footer
kept short forms of its own). Each test reads what the user reads (the footer line, the help's lines, the
palette's options) in both languages, also after `L` has switched the language on screen.
"""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Static

from tests.tui.browser_helpers import _gathering, browsing, screen_text, until
from tui.app import SurveysApp
from tui.i18n import CATALOG, Translator
from tui.keys import APP_KEYS, BIND_ORDER, KEYS, KeySpec, key_line, key_name, spelled
from tui.screens.help import HelpScreen

pytestmark = pytest.mark.slow  # Pilot flows: each drives the whole app on a virtual screen

WIDE = (250, 60)
"""A terminal where no footer key is left out and no help line wraps: every name can be read whole."""


def test_no_key_has_a_second_name_in_the_catalog() -> None:
    """Short forms are gone: a `.short` message would be a second name for the footer."""
    assert not [key for key in CATALOG if key.startswith("key.") and key.endswith(".short")]
    for spec in KEYS:
        for lang in ("vi", "en"):
            t = Translator(lang)
            line = key_line(spec, t)
            assert line == key_name(spec, t) or line.startswith(key_name(spec, t) + " — "), line


def _footer_names(app: SurveysApp) -> dict[str | None, str]:
    """The shown bindings' descriptions by action: what the footer writes after each key."""
    return {binding.action: binding.description
            for _, binding, _, _ in app.screen.active_bindings.values() if binding.show}


def _help_lines(app: SurveysApp) -> list[str]:
    """Every line of the help's key table, as text (the table is taller than the screen: it scrolls)."""
    table = app.screen.query_one("#help-keys", Static).content
    console = Console(file=StringIO(), width=400, record=True, color_system=None)
    console.print(table)
    return [" ".join(line.split()) for line in console.export_text().splitlines()]


def _says(lines: list[str], spec: KeySpec, t: Translator) -> bool:
    """A help line "<key> <name>", then its detail or nothing."""
    wanted = re.compile(rf"(^|\W){re.escape(spelled(spec.display))} {re.escape(key_name(spec, t))}( — |\W*$)")
    return any(wanted.search(line) for line in lines)


async def _palette_entries(pilot: Pilot) -> list[str]:
    app = pilot.app
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette to open")
    palette = app.screen
    await until(pilot, lambda: not _gathering(app) and palette.query_one(CommandList).option_count > 0,
                "the palette's commands")
    options = palette.query_one(CommandList)
    entries = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    await pilot.press("escape")
    await until(pilot, lambda: app.screen is not palette, "the palette to close")
    return entries


async def _check_every_key(pilot: Pilot, t: Translator) -> None:
    app = pilot.app
    assert isinstance(app, SurveysApp)
    footer = _footer_names(app)
    bottom = screen_text(app).splitlines()[-1]
    for spec in BIND_ORDER:
        if spec.footer:
            assert footer.get(spec.action) == key_name(spec, t), (spec.action, footer)
            assert f" {key_name(spec, t)} " in f" {bottom} ", (spec.action, bottom)
    await pilot.press("question_mark")
    await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
    lines = _help_lines(app)
    missing = [spec.display for spec in KEYS if not _says(lines, spec, t)]
    assert not missing, (missing, lines)
    await pilot.press("escape")
    await until(pilot, lambda: not isinstance(app.screen, HelpScreen), "the help to close")
    entries = await _palette_entries(pilot)
    for spec in APP_KEYS:
        if spec.action == "command_palette":
            continue
        offered = [entry for entry in entries if entry.endswith(f"({spelled(spec.display)})")]
        assert offered and offered[0].startswith(key_name(spec, t)), (spec.action, offered, entries)
        assert offered[0] == f"{key_line(spec, t)}  ({spelled(spec.display)})"


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_footer_help_and_palette_name_every_action_alike(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang, size=WIDE) as (_app, pilot):
        await _check_every_key(pilot, Translator(lang))


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_after_switching_language_the_three_still_agree(bundled_store: Path, lang: str) -> None:
    other = "en" if lang == "vi" else "vi"
    async with browsing(bundled_store, lang, size=WIDE) as (app, pilot):
        await pilot.press("L")
        await until(pilot, lambda: app.t.lang == other and _footer_names(app).get("search") == key_name(KEYS[1], app.t),
                    "the footer in the other language")
        await _check_every_key(pilot, Translator(other))


@pytest.mark.parametrize("lang, follow_up, search", [("en", "Follow up", "Find"), ("vi", "Theo dõi", "Tìm")])
def test_the_names_that_used_to_differ(lang: str, follow_up: str, search: str) -> None:
    t = Translator(lang)
    names = {spec.action: key_name(spec, t) for spec in APP_KEYS}
    assert names["follow_up"] == follow_up and names["search"] == search
