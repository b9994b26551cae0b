"""A reader's follow-up list (`u`) lists in F1 and the palette only the keys that act for a reader (left open by
session 38's polish15: its link line named only `p`, but F1 still offered y "Confirm" and x "Drop link", which a
reader's account cannot store). Enter is "Show" there; an editor's list keeps every key (the look-alike)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.tinydb_repository import TinyDBRepository
from tests.tui.browser_helpers import browsing, finish, open_screen, screen_text
from tui.dialog_keys import ITEMS_KEYS, READER_ITEMS_KEYS
from tui.i18n import Translator
from tui.screens.help import HelpScreen
from tui.screens.items import ItemsScreen

SIZES = [("vi", (80, 24)), ("en", (120, 40))]
EDITS = ("items.key.confirm", "items.key.drop")


def test_the_readers_table_leaves_out_the_keys_that_store_a_decision() -> None:
    assert not {"y", "x"} & {spec.keys for spec in READER_ITEMS_KEYS}
    kept = [spec.keys for spec in ITEMS_KEYS if spec.keys not in ("y", "x")]
    assert kept == [spec.keys for spec in READER_ITEMS_KEYS]  # in the editor's order
    reader = {spec.keys: spec.message for spec in READER_ITEMS_KEYS}
    assert reader["enter"] == "items.key.show" and reader["n"] == "items.key.next_reader"
    for lang in ("vi", "en"):
        assert "y" not in Translator(lang)("items.key.next_reader.detail").replace(",", " ").split()


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("reader", [True, False])
@pytest.mark.parametrize("lang, size", SIZES)
async def test_f1_lists_the_keys_that_act_for_the_role(bundled_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                       lang: str, size: tuple[int, int], reader: bool) -> None:
    if reader:
        monkeypatch.setattr(TinyDBRepository, "read_only", property(lambda self: True))
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await open_screen(pilot, "u", ItemsScreen)
        await finish(pilot)
        await open_screen(pilot, "f1", HelpScreen)
        await finish(pilot)
        shown = " ".join(screen_text(app).split())
        for key in EDITS:
            assert (t(key) in shown) is not reader, (key, shown)
        assert (t("items.key.show") in shown) is reader and t("items.key.earlier") in shown, shown
