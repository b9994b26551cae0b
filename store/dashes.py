"""One dash in a unit's name, however the page typed it.

A few units are named with a dash: today's "Phường Xuân Hương - Đà Lạt", "Xã Chân Mây – Lăng Cô" (the list of 2025
itself types one with an en dash and the others with a hyphen), the old "Phan Rang-Tháp Chàm", "Bà Rịa - Vũng Tàu".
Pages type any of a hyphen, an en dash or an em dash, with spaces around it, on one side or none: "Chân Mây-Lăng Cô",
"Chân Mây — Lăng Cô". Folding keeps punctuation, so each was another name; the gazetteer compares names with every
dash written as " - " (`one_dash`).
"""

from __future__ import annotations

import re

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
"""Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign."""
_DASH = re.compile(rf"\s*[{DASHES}]\s*")
_ANY = re.compile(rf"[{DASHES}]")


def one_dash(name: str) -> str:
    """`name` with each dash, and the spaces around it, written " - ": "Chân Mây–Lăng Cô" → "Chân Mây - Lăng Cô"."""
    return _DASH.sub(" - ", name) if _ANY.search(name) else name


def has_dash(text: str) -> bool:
    return bool(_ANY.search(text))
