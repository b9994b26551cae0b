"""The palette finds what the typed words say (session 27, second round).

Textual's matcher took letters scattered across a whole name: `xuat` listed "Xóa chuyến đang chọn (D)" (x-u-a-t
across its words, a delete) second under "Xuất". `tui.palette.command_score` ranks as the pickers do: diacritics
folded (đ too), a word's start above letters inside a word above letters scattered from a word start, and a
command that loses something just under one that matches as well.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette

from store.folding import fold
from tests.tui.browser_helpers import _gathering, browsing, type_text
from tests.tui.waiting import until
from tui.i18n import Translator
from tui.keys import APP_KEYS, key_line
from tui.palette import command_score, matched_spans


def _ranked(query: str, lang: str) -> list[str]:
    t = Translator(lang)
    scored = [(command_score(fold(query).split(), key_line(spec, t), spec.action), key_line(spec, t))
              for spec in APP_KEYS if spec.action]
    return [name for score, name in sorted(scored, key=lambda pair: -(pair[0] or 0)) if score is not None]


def test_xuat_finds_export_and_no_delete() -> None:
    found = _ranked("xuat", "vi")
    assert found[0].startswith("Xuất") and not any(name.startswith("Xóa") for name in found)


@pytest.mark.parametrize(("query", "first"), [("đong", None), ("phuong", "Phường"), ("xoa chuyen", "Xóa chuyến"),
                                              ("theo doi", "Theo dõi"), ("export", "Xuất")])
def test_folded_words_find_their_command_first(query: str, first: str | None) -> None:
    found = _ranked(query, "vi")
    if first is not None:
        assert found[0].startswith(first), found
    assert _ranked(query.replace("đ", "d"), "vi") == found  # đ folds as d


def test_a_destructive_command_is_not_first_on_a_tie() -> None:
    words = ["chuyen"]
    delete = command_score(words, "Xóa chuyến đang chọn", "delete_survey")
    follow = command_score(words, "Theo dõi — chuyến này", "follow_up")
    assert delete is not None and follow is not None and delete < follow


def test_english_names_rank_word_starts_first() -> None:
    found = _ranked("exp", "en")
    assert found[0].startswith("Export")
    assert _ranked("nothing like it", "en") == []


def test_the_words_found_are_marked_in_the_name() -> None:
    name = "Xóa chuyến đang chọn"
    assert [name[start:end] for start, end in matched_spans(["chuyen", "xoa", "ang"], name)] == ["chuyến", "Xóa", "ang"]
    assert matched_spans(["xct"], name) == []  # letters scattered: none marked


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "typed", "first"), [("vi", "xuat", "Xuất"), ("en", "export", "Export")])
async def test_the_palette_lists_only_what_the_query_says(bundled_store: Path, lang: str, typed: str,
                                                          first: str) -> None:
    async with browsing(bundled_store, lang, size=(80, 24)) as (app, pilot):
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette to open")
        palette = app.screen
        await type_text(pilot, typed)
        results = palette.query_one(CommandList)
        await until(pilot, lambda: not _gathering(app) and results.option_count > 0, "the palette's commands")
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert shown[0].startswith(first), shown
        assert not any(name.startswith(("Xóa", "Delete")) for name in shown), shown
        await pilot.press("escape")
