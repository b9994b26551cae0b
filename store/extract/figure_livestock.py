"""Livestock counted with a bare "con" once the animal is named: "lợn bệnh phải tiêu hủy với tổng số 486 con".

`figure_lexicon` counts "con" only with its animal after it ("1.200 con heo"), because "con" alone is as often a
family ("gia đình có 2 con nhỏ"). Reports on an outbreak or a herd name the animal once and then count it with the
classifier alone ("đàn trâu, bò có 1.120 con", "tổng số 1.415 con", "tiêu hủy 39 con, trọng lượng 2 tấn"), and those
counts were lost. A bare "con" is a head of livestock when an animal is named earlier in the sentence and nothing
after "con" makes it another noun (a child: "con nhỏ", "con em"; a road: "con đường"; a number: "con số").
"""

from __future__ import annotations

import re

__all__ = ["livestock_count"]

ANIMALS = (r"heo|lợn|trâu|bò|dê|cừu|ngựa|gà|vịt|ngan|ngỗng|chim cút|gia súc|gia cầm|vật nuôi|đàn heo|đàn lợn|"
           r"thủy cầm|thuỷ cầm|chó|mèo")
"""The animals a commune's herds, outbreaks and culls are counted in."""
_ANIMAL_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:" + ANIMALS + r")(?![\wÀ-ỹ])(?:[^.;!?]|\.(?=\d)){0,160}$", re.IGNORECASE)
_BARE_CON = re.compile(r"\s*con(?:\s+(?:" + ANIMALS + r")(?:\s+(?:thịt|nái|giống|con|đực|thương phẩm))?)?"
                       r"(?![\wÀ-ỹ])(?!\s+(?![,.;:)(\-–]|và\b|với\b|trong\b|đã\b|bị\b|được\b|phải\b|chết\b|"
                       r"mắc\b|nhiễm\b|trọng\b|tương\b|của\b|thuộc\b|tại\b|ở\b|là\b|$)\S)", re.IGNORECASE)
""""con" alone, or with an animal the lexicon does not list ("con gà", "con vịt"), then no noun of its own: what follows
is a stop, a link word or a verb ("486 con, trọng lượng ...", "39 con bị chết")."""


def livestock_count(text: str, start: int, end: int) -> int | None:
    """Where the unit ends, when the bare number at [start, end) counts livestock with "con"; else None."""
    bare = _BARE_CON.match(text, end)
    if bare is None:
        return None
    if bare.group().strip().lower() == "con" and not _ANIMAL_BEFORE.search(text, max(0, start - 200), start):
        return None  # "gia đình có 2 con": no animal named, a family
    return bare.end()
