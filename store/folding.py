"""Fold Vietnamese text for matching, so "lai thieu" finds "Lái Thiêu".

Matching ignores case, diacritics and spacing. NFD strips most marks, but
đ/Đ is a letter of its own, not d plus a mark, so it needs a rule of its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_D_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


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
