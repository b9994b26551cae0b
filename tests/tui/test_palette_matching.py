"""The palette finds what the typed words say (session 27, second round).

Textual's matcher took letters scattered across a whole name: `xuat` listed "Xóa chuyến đang chọn (D)" (x-u-a-t
across its words, a delete) second under "Xuất". `tui.palette.command_score` ranks as the pickers do: diacritics
folded (đ too), a word's start above letters inside a word above letters scattered from a word start, and a
command that loses something just under one that matches as well.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from store.catalog import LANGS, text
from store.folding import fold
from tests.tui.browser_helpers import _gathering, browsing, type_text
from tests.tui.waiting import until
from tui.app import SurveysApp
from tui.i18n import Translator
from tui.keys import APP_KEYS, KeySpec, key_line
from tui.palette import command_score, matched_spans, matching, other_words


def _ranked(query: str, lang: str) -> list[str]:
    t = Translator(lang)
    scored = [(command_score(fold(query).split(), key_line(spec, t), spec.action), key_line(spec, t))
              for spec in APP_KEYS if spec.action]
    return [name for score, name in sorted(scored, key=lambda pair: -(pair[0] or 0)) if score is not None]


async def _palette_lines(app: SurveysApp, pilot: Pilot[None], typed: str) -> list[str]:
    """Open the palette, type `typed`, and wait for its list: the lines it shows, best first."""
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette to open")
    await type_text(pilot, typed)
    results = app.screen.query_one(CommandList)
    await until(pilot, lambda: not _gathering(app) and results.option_count > 0, "the palette's commands")
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


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
        shown = await _palette_lines(app, pilot, typed)
        assert shown[0].startswith(first), shown
        assert not any(name.startswith(("Xóa", "Delete")) for name in shown), shown
        await pilot.press("escape")


# -- either language (session 29) -------------------------------------------

def _ranked_both(query: str, lang: str, table: tuple[KeySpec, ...] = APP_KEYS) -> list[str]:
    """`_ranked` as the palette ranks now: each command answering to its names in both languages too."""
    t = Translator(lang)
    scored = [(command_score(fold(query).split(), key_line(spec, t), spec.action, other_words(spec)), spec.action)
              for spec in table if spec.action]
    return [action for score, action in sorted(scored, key=lambda pair: -(pair[0] or 0)) if score is not None]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("query", ["ngôn ngữ", "ngon ngu", "language", "Language", "tiếng Anh", "english"])
def test_the_language_switch_is_found_by_its_name_in_either_language(lang: str, query: str) -> None:
    assert _ranked_both(query, lang)[0] == "switch_language"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_command_is_found_by_its_name_in_the_other_language(lang: str) -> None:
    other = next(each for each in LANGS if each != lang)
    for spec in APP_KEYS:
        if spec.action:
            name = text(spec.message, other)
            assert spec.action in _ranked_both(name, lang), (name, lang)
            assert spec.action in _ranked_both(fold(name), lang), (fold(name), lang)  # typed without marks


@given(st.sampled_from([spec for spec in APP_KEYS if spec.action]), st.sampled_from(LANGS), st.sampled_from(LANGS))
def test_a_commands_own_name_finds_it_in_either_ui_language(spec: KeySpec, name_lang: str, ui_lang: str) -> None:
    name = fold(text(spec.message, name_lang))
    assert command_score(name.split(), key_line(spec, Translator(ui_lang)), spec.action or "",
                         other_words(spec)) is not None


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "typed"), [("vi", "language"), ("vi", "ngon ngu"), ("en", "ngôn ngữ"),
                                             ("en", "language")])
async def test_the_palette_finds_the_language_switch_in_either_language(bundled_store: Path, lang: str,
                                                                        typed: str) -> None:
    async with browsing(bundled_store, lang, size=(80, 24)) as (app, pilot):
        first = (await _palette_lines(app, pilot, typed))[0]
        assert first.startswith(text("key.language", lang)) and first.endswith("(L)"), first
        await pilot.press("enter")
        await until(pilot, lambda: app.t.lang != lang, "the language to switch")


# -- names before scattered letters in a detail (session 29, tryout round) ----

def _listed(query: str, lang: str) -> list[str]:
    """The actions the palette lists for `query`, best first, as `ActionsProvider.search` yields them."""
    t = Translator(lang)
    commands = [(key_line(spec, t), spec.display, spec.action, other_words(spec)) for spec in APP_KEYS if spec.action]
    return [command[2] for _, command in sorted(matching(fold(query).split(), commands), key=lambda pair: -pair[0])]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("query", ["ngon ngu", "ngôn ngữ", "language"])
def test_a_command_named_hides_letters_scattered_across_details(lang: str, query: str) -> None:
    # "ngon ngu" had listed "Tìm", "Sửa" and "Theo dõi" under the switch: n-g-o-n across "ngay khi gõ, không"
    assert _listed(query, lang) == ["switch_language"]


def test_letters_scattered_across_a_detail_still_list_when_nothing_is_named() -> None:
    # c-b-k-y across "chữ bất kỳ" in the search's detail: no command's name says it, so the weak match is kept
    assert _listed("cbky", "vi") == ["search"]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_the_palette_lists_only_the_switch_for_ngon_ngu(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang, size=(80, 24)) as (app, pilot):
        shown = await _palette_lines(app, pilot, "ngon ngu")
        assert len(shown) == 1 and shown[0].startswith(text("key.language", lang)), shown
        await pilot.press("escape")
