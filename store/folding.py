"""Fold Vietnamese text for matching, so "lai thieu" finds "Lái Thiêu".

Names are compared in three tiers, strictest first (`name_keys`):

1. exact: NFC, case-folded, single spaces (`exact_key`);
2. tone placement normalized: "Hòa" = "Hoà", "Thủy" = "Thuỷ", "Khỏe" =
   "Khoẻ" (`tone_key`); the old and new orthography put the tone of an open
   oa/oe/uy syllable on different letters, and both are in use, so any key
   that keeps accents goes through this rule, in both directions;
3. folded: no diacritics, đ→d (`fold`), so "Tân Định" and "Tân Dĩnh" meet
   here and only here.

NFD strips most marks, but đ/Đ is a letter of its own, not d plus a mark,
so it needs a rule of its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_D_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# In NFD: o/u, a tone, then the a/e/y that closes the syllable. The new
# orthography puts the tone on the second vowel; moving it there is the key.
_OPEN_GLIDE = (
    rf"([oO])([{_TONES}])([aAeE])(?![A-Za-z\u00c0-\u1eff\u0300-\u036f])"
    rf"|([uU])([{_TONES}])([yY])(?![A-Za-z\u00c0-\u1eff\u0300-\u036f])"
)


@lru_cache(maxsize=1)
def _open_glide() -> re.Pattern[str]:
    """`_OPEN_GLIDE` compiled on first use: its character ranges cost 2-5 ms to compile, which every launch paid
    at import though its first screen never folds a tone (#17, launch → first rows)."""
    return re.compile(_OPEN_GLIDE)


def normalize_text(text: str) -> str:
    """NFC form with runs of white space collapsed: how stored text is kept."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case ASCII-ish key: no diacritics, đ→d, single spaces."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold().translate(_D_LETTERS)).strip()


def fold_compact(text: str) -> str:
    """Folded with punctuation and spaces removed: "TP.HCM" and "tp hcm" meet."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def slugify(text: str) -> str:
    """A stable ASCII id fragment: "Đề án 06" → "de-an-06"."""
    return re.sub(r"[^0-9a-z]+", "-", fold(text)).strip("-")


def exact_key(text: str) -> str:
    """Tier 1: the text as written, up to Unicode form, case and spacing."""
    return normalize_text(text).casefold()


def normalize_tones(text: str) -> str:
    """The same text with the tone of open oa/oe/uy syllables on the second vowel ("Hòa" → "Hoà").

    Idempotent, and keeps case; only where the two orthographies differ
    does it change anything.
    """
    decomposed = unicodedata.normalize("NFD", text)
    moved = _open_glide().sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)


@lru_cache(maxsize=65536)
def tone_key(text: str) -> str:
    """Tier 2: `exact_key` with the tone placement normalized: "Thủy" and "Thuỷ" meet."""
    return normalize_tones(exact_key(text))


def name_keys(text: str) -> tuple[str, str, str]:
    """The three tiers' keys, strictest first: (exact, tone placement normalized, folded)."""
    return exact_key(text), tone_key(text), fold(text)


def _move_tone(match: re.Match[str]) -> str:
    if match[1]:
        return match[1] + match[3] + match[2]
    return match[4] + match[6] + match[5]


def unpadded(base: str) -> str:
    """A numbered unit's number without leading zeros: "03" is "3". Some pages write "Phường 03" or "P.03", as the
    older GSO lists did; the lists the gazetteer holds write "Phường 3" (session 37's places23 dropped the zeros from
    `earlier_wards.json`). "10", "0" and every name that is not a bare number stay as written."""
    return (base.lstrip("0") or "0") if base.isascii() and base.isdigit() else base
