"""Keys are written one way in the help and the palette (session 20): as the app's sentences write them ("Ctrl+S",
"Esc", "Enter"), where the help had listed "ctrl+p" and a dialog's "^s esc" among "Enter" and "Shift+Tab"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tui import dialog_keys, keys
from tui.i18n import Translator
from tui.keys import KeySpec, spelled

TABLES: dict[str, tuple[KeySpec, ...]] = {
    name: table for module in (keys, dialog_keys) for name, table in vars(module).items()
    if name.endswith("_KEYS") and isinstance(table, tuple) and table and isinstance(table[0], KeySpec)}


def test_compact_names_are_spelled_out() -> None:
    assert spelled("^p") == "Ctrl+P"
    assert spelled("^s") == "Ctrl+S"
    assert spelled("esc q") == "Esc q"
    assert spelled("? F1") == "? F1"
    assert spelled("Shift+Tab") == "Shift+Tab"
    assert spelled("j k ↓ ↑") == "j k ↓ ↑"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_key_of_every_table_is_written_in_the_help_style(name: str) -> None:
    for spec in TABLES[name]:
        shown = spelled(spec.display)
        assert not re.search(r"\bctrl\b|\^|\besc\b|\bescape\b|\benter\b|\btab\b", shown), (name, shown)


def test_the_palette_key_is_in_the_table_as_the_other_control_keys() -> None:
    palette = next(spec for spec in keys.KEYS if spec.action == "command_palette")
    assert palette.display == "^p"
    assert spelled(palette.display) == "Ctrl+P"


def test_sentences_name_escape_as_the_help_does_in_both_languages() -> None:
    """English hint lines said "Escape cancels" where the Vietnamese and the help say "Esc"."""
    messages = json.loads((Path(__file__).resolve().parents[2] / "data" / "messages.json").read_text("utf-8"))
    for key, value in messages.items():
        if isinstance(value, dict):
            for lang, said in value.items():
                assert "Escape" not in said, (key, lang)
                assert not re.search(r"\bctrl\+|\^[a-z]\b", said), (key, lang)
    assert "Esc cancels" in Translator("en")("export.hint")
