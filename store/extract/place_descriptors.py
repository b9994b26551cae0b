"""A unit's kind written between its level word and its name: "tại xã biên giới Đắk Wil", "huyện miền núi Ba Tơ".

Reports often say what kind of place a commune or district is before naming it. The level word was then followed by
lower-case words, so no name was read after it: the mention went to the bare references, and the visited commune was
lost, with the next unit of its list ("tại xã biên giới Đắk Wil và xã Nam Dong", fresh69 v08). The kind is one of a
closed list of kinds of place and is blanked out (spaces of the same length, so every position read against the
sentence stays true) only when a capitalised name follows that is no country ("các xã biên giới Việt - Lào" names
none), after a level word of a commune or a district with no count or plural before it ("các xã biên giới Hương
Sơn": the border communes of a district).
"""

from __future__ import annotations

import re

__all__ = ["blank_descriptors"]

_KIND = re.compile(
    r"(?<![\w])(?:xã|phường|thị\s+trấn|huyện|thị\s+xã)\s+"
    r"(?P<kind>(?:biên\s+giới|vùng\s+cao|vùng\s+sâu|vùng\s+xa|miền\s+núi|ven\s+biển|bãi\s+ngang|"
    r"đặc\s+biệt\s+khó\s+khăn)(?:\s*,\s*(?:biên\s+giới|vùng\s+cao|vùng\s+sâu|vùng\s+xa|miền\s+núi))?)"
    r"\s+(?P<name>[^\W\d_][\w’']*)", re.IGNORECASE)
_PLURAL = re.compile(r"(?:các|những|mọi|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+$", re.IGNORECASE)
"""A count or plural before the level word: "các xã biên giới Hương Sơn", "hai xã ven biển Thanh Hóa" are a kind of
commune in a district or province, not one commune's name."""
_COUNTRY = re.compile(r"(?:(?:Việt\s+Nam|Lào|Campuchia|Cam-pu-chia|Trung\s+Quốc|Thái\s+Lan)\b|Việt\s*[-–])")


def blank_descriptors(text: str) -> str:
    """`text` with the kind of place between a level word and a capitalised name replaced by spaces."""
    for m in _KIND.finditer(text):
        if not m["name"][0].isupper() or _COUNTRY.match(text, m.start("name")) or \
                _PLURAL.search(text[max(0, m.start() - 12):m.start()]):
            continue
        text = text[:m.start("kind")] + " " * len(m["kind"]) + text[m.end("kind"):]
    return text
