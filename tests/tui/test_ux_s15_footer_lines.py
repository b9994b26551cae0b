"""A tall terminal's footer takes a second line and shows every key; at 24 rows it stays one line.

Putting the daily keys first (session 15) cost the 120×40 footer its last keys (`u i X f r` in English, `i X f r`
in Vietnamese), where every key had fitted before. From `TWO_LINES_FROM` rows the footer wraps its keys at key
boundaries onto a second line when one does not hold them; at 80×24, where the users live over ssh, a row of the
list is worth more and the footer stays one line of the daily keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.binding import BindingsMap

from tests.tui.browser_helpers import browsing, footer_text, settle
from tests.tui.waiting import until
from tui.i18n import Translator
from tui.keys import BIND_ORDER, FOOTER_KEYS, MORE, TWO_LINES_FROM, bind_keys, fit_footer, footer_lines, key_name
from tui.widgets.key_footer import KeyFooter

LANGS = ["vi", "en"]


def _fitted(lang: str, width: int, height: int) -> tuple[list[str], int]:
    """The later keys `fit_footer` shows on a `width`×`height` terminal, and the footer's lines."""
    t = Translator(lang)
    bindings = BindingsMap()
    bind_keys(bindings, t)
    lines = fit_footer(bindings, width, t, footer_lines(height))
    shown = [spec.display for spec in BIND_ORDER if spec.footer >= MORE
             and any(b.show for b in bindings.key_to_bindings[spec.keys.split(",")[0]])]
    return shown, lines


def _written(lang: str) -> list[str]:
    """Every footer key as the footer writes it, in its order: "? Giúp", "⏎ Mở", "r Sửa"."""
    t = Translator(lang)
    return [f"{FOOTER_KEYS.get(key, key)} {key_name(spec, t)}" for spec in BIND_ORDER if spec.footer
            for key in [spec.keys.split(",")[0]]]


def test_the_second_line_comes_from_30_rows() -> None:
    assert TWO_LINES_FROM == 30
    assert [footer_lines(height) for height in (24, 29, 30, 40)] == [1, 1, 2, 2]


@pytest.mark.parametrize("lang", LANGS)
def test_every_key_on_two_lines_at_120x40_and_the_daily_ones_on_one_at_80x24(lang: str) -> None:
    every = [spec.display for spec in BIND_ORDER if spec.footer >= MORE]
    assert _fitted(lang, 120, 40) == (every, 2)
    # from 80 columns two lines hold every key but the last two in both languages: `o` (the sources, s34) was one key
    # too many for 80 (its second line 84 cells in Vietnamese, 89 in English); `a` (s41) comes after it, ranked LAST;
    # from 90 columns they hold every MORE key, and from 100 `a` too ("a Addressee" needs 100 in English)
    assert _fitted(lang, 80, 40) == (every[:-2], 2) and every[-2:] == ["o", "a"]
    assert _fitted(lang, 90, 40) == (every if lang == "vi" else every[:-1], 2)
    assert _fitted(lang, 100, 40) == (every, 2)
    assert _fitted(lang, 80, 24) == ([], 1)  # the daily keys, with room kept for "esc Back" (the details focused)
    assert _fitted(lang, 200, 40) == (every, 1)  # one line when it holds them: no second line for nothing


def test_a_later_key_is_not_shown_after_one_that_did_not_fit() -> None:
    """At 120×24 in English `u Follow up` does not fit, and `i Import` would in the room left: it is not shown,
    so that the keys shown are always the first ones of their order (`fit_footer`'s docstring)."""
    t = Translator("en")
    room = 120 - sum(len(text) + 1 for text in _written("en")[:14])  # the daily keys and d x e c
    assert len("u " + t("key.follow_up")) + 1 > room >= len("i " + t("key.import")) + 1
    assert _fitted("en", 120, 24) == (["d", "x", "e", "c"], 1)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("height", [24, 40])
def test_a_wider_terminal_only_adds_keys_at_the_end(lang: str, height: int) -> None:
    every = [spec.display for spec in BIND_ORDER if spec.footer >= MORE]
    before: list[str] = []
    for width in range(40, 200):
        shown, _ = _fitted(lang, width, height)
        assert shown == every[:len(shown)] and len(shown) >= len(before), (width, shown, before)
        before = shown


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
async def test_at_80x24_the_footer_is_one_line_of_the_daily_keys(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang) as (app, _pilot):
        footer = app.screen.query_one(KeyFooter)
        assert footer.size.height == 1 and len(footer.rows) == 1
        (line,) = footer_text(app)
        assert line.startswith(" ".join(_written(lang)[:10])), line


def _assert_every_key_whole_in_order(lines: list[str], lang: str) -> None:
    """Each line is whole keys ("key label" joined by one space), and the lines together are every key in order."""
    written = _written(lang)
    keys: list[str] = []
    for line in lines:
        rest = line.rstrip()
        while rest:
            key = next((key for key in written if rest.startswith(key) and rest[len(key):len(key) + 1] in ("", " ")),
                       None)
            assert key is not None, (rest, lines)  # a label cut at the line's end would match no key
            keys.append(key)
            rest = rest[len(key) + 1:]
    assert keys == written, lines


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
async def test_at_120x40_two_lines_show_every_key(bundled_store: Path, lang: str) -> None:
    async with browsing(bundled_store, lang, (120, 40)) as (app, pilot):
        footer = app.screen.query_one(KeyFooter)
        assert footer.size.height == 2
        lines = footer_text(app)
        _assert_every_key_whole_in_order(lines, lang)
        assert lines[0].startswith(" ".join(_written(lang)[:10]))  # the daily keys first, on the first line
        list_rows = app.survey_list.size.height
        await pilot.resize_terminal(80, 24)  # the ssh terminal: one line again
        await until(pilot, lambda: footer.size.height == 1, "the footer to take one line")
        await settle(pilot)
        assert len(footer_text(app)) == 1 and footer_text(app)[0].startswith(" ".join(_written(lang)[:10]))
        await pilot.resize_terminal(120, 40)
        await until(pilot, lambda: footer.size.height == 2, "the footer to take two lines again")
        await settle(pilot)
        _assert_every_key_whole_in_order(footer_text(app), lang)
        assert app.survey_list.size.height == list_rows


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
async def test_the_language_switch_wraps_the_other_languages_keys(bundled_store: Path, lang: str) -> None:
    other = "en" if lang == "vi" else "vi"
    async with browsing(bundled_store, lang, (120, 40)) as (app, pilot):
        await pilot.press("L")
        await until(pilot, lambda: app.t.lang == other, "the other language")
        await settle(pilot)
        _assert_every_key_whole_in_order(footer_text(app), other)
