"""`c` in the follow-up list (session 42, polish21): its help and palette line says that the person's own saves are
left out of "changed since I last looked" (the rule since session 41; nothing on screen had said it), in both
languages, and F1 on the list shows that line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.dialog_keys import ITEMS_KEYS
from tui.i18n import Translator
from tui.keys import key_line
from tui.palette import other_words
from tui.screens.help import HelpScreen
from tui.screens.items import ItemsScreen

OWN = {"vi": "trừ những lần lưu của chính bạn", "en": "leaving out your own saves"}
SIZES = [("vi", (80, 24)), ("en", (120, 40))]


def test_the_c_line_says_ones_own_saves_are_left_out_in_both_languages() -> None:
    spec = next(spec for spec in ITEMS_KEYS if spec.keys == "c")
    for lang, said in OWN.items():
        assert said in key_line(spec, Translator(lang))
    assert "chinh ban" in other_words(spec) and "own saves" in other_words(spec)  # the palette finds it by them


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang, size", SIZES)
async def test_f1_on_the_list_says_it(bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        await open_screen(pilot, "f1", HelpScreen)
        await finish(pilot)
        shown = " ".join(screen_text(app).replace("│", " ").split())  # the line wrapped inside the box at 80×24
        assert Translator(lang)("items.key.changed") in shown, shown
        assert OWN[lang] in shown, shown
