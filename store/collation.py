"""The order Vietnamese readers expect names in: the facet and picker lists, wherever equal counts meet.

Python compares strings by code point, which puts every accented capital
after the plain alphabet: "Đoàn thanh niên" after "HĐND", "Ủy ban" after
"Xã". `collation_key` compares base letters first (case and every mark folded
away), with đ a letter of its own between d and e as in the Vietnamese
alphabet; then the vowel marks (a ă â, e ê, o ô ơ, u ư) and the tones in
their usual order (ngang, huyền, sắc, hỏi, ngã, nặng), letter by letter; then
the text itself, so that no two different values are equal. A key costs
some microseconds: lists are ordered once per vocabulary (`FacetCounter`
keeps each value's rank), never per keystroke.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}
"""Vowel marks, in the alphabet's order: breve (ă), circumflex (â ê ô), horn (ơ ư)."""
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
"""Tones after ngang (none): huyền, sắc, hỏi, ngã, nặng."""
_D_BAR = "đ"
_LETTER_PLACE = 2
"""Base characters are spread out by this factor, so that đ fits between d and e (`_primary`)."""


def _primary(base: str) -> str:
    """A character's place in the primary order: its code point doubled, đ one past d."""
    if base == _D_BAR:
        return chr(ord("d") * _LETTER_PLACE + 1)
    return chr(min(ord(base) * _LETTER_PLACE, 0x10FFFF))


@lru_cache(maxsize=65536)
def collation_key(text: str) -> tuple[str, str, str]:
    """(base letters, their marks and tones, the text): compare with `<`, sort with `key=`."""
    primary: list[str] = []
    secondary: list[str] = []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(ch):
            if secondary:
                mark = secondary[-1]
                rank = ord(mark) - 0x30
                vowel, tone = divmod(rank, 8)
                vowel = _MARKS.get(ch, vowel)
                tone = _TONES.get(ch, tone)
                secondary[-1] = chr(0x30 + vowel * 8 + tone)
            continue
        primary.append(_primary(ch))
        secondary.append(chr(0x30))
    return "".join(primary), "".join(secondary), text


def by_count_then_name(item: tuple[str, int]) -> tuple[int, tuple[str, str, str]]:
    """Facet order: most first, equal counts in `collation_key` order."""
    return -item[1], collation_key(item[0])
