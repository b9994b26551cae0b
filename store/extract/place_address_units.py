"""The commune a page's address names, for a text that calls it only by its level.

A provincial council's portal posts a commune's news under a headline the text as read may lose ("Thường trực HĐND
xã Long Giang giám sát ..."), then writes only "HĐND xã", "UBND xã": the commune is named nowhere in the text, but
the address keeps the headline as its last part, folded and dashed ("...-h-nd-x-long-giang-gi-m-s-t-...", the
accented letters dropped by some portals, kept unaccented by others: "...-hdnd-xa-long-giang-...").

Like the outlet's province (`place_outlets`) and a district's own site (`place_sites`), the address is a weak clue:
it is read only when the text refers to a ward-level unit by its level word alone (`Places.bare_refs`) and names no
unit of that level, only on an outlet whose province is certain, and only when the dashed words after the level's
mark ("x", "xa", "p", "phuong", "tt", "thi-tran") are the name of exactly one unit of that level in that province
(today's or one merged away). A name the dropped letters broke ("h-a-th-nh") matches nothing and gives nothing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..folding import fold
from ..gazetteer import WARD_LEVELS, gazetteer, split_level
from .place_mentions import Mention
from .place_outlets import address_province
from .text import Sentence

__all__ = ["address_unit"]

_MARKS = {"x": "xã", "xa": "xã", "p": "phường", "phuong": "phường", "tt": "thị trấn", "thi tran": "thị trấn"}
_MARK = re.compile(r"(?:^|\s)(thi tran|phuong|xa|tt|x|p)\s")


def address_unit(url: str | None, bare_refs: list[tuple[str, Sentence | None]],
                 mentions: list[Mention]) -> Mention | None:
    """The ward-level unit the address's last part names, when the text calls one only by its level."""
    levels = {level for level, sentence in bare_refs if level in WARD_LEVELS and sentence is not None}
    levels -= {m.level for m in mentions if m.sentence is not None}  # "xã A" written: the text names its unit
    province = address_province(url) if levels and url else None
    if province is None or url is None:
        return None
    words = " " + re.sub(r"[^a-z0-9]+", " ", fold(urlsplit(url).path.rsplit("/", 1)[-1]).lower()) + " "
    for mark in _MARK.finditer(words):
        level = _MARKS[mark[1]]
        if level not in levels:
            continue
        after = words[mark.end():].split()
        for size in (4, 3, 2):  # the longest name first: "long giang gi m s t" → "long giang"
            if (base := _one_unit(" ".join(after[:size]), level, province)) is not None:
                return Mention(f"{level} {base}", level, base, 0, 0, None)
    return None


def _one_unit(name: str, level: str, province: str) -> str | None:
    """The name as the gazetteer spells it, when exactly one unit of `level` in `province` (as the outlet knew it)
    has been called `name`; None otherwise."""
    if len(name.split()) < 2:
        return None
    places = gazetteer()
    today = places.find_province(province)
    found = {split_level(unit.name)[1] for unit, code in places.find_wards(name)
             if today is not None and code == today.code and split_level(unit.name)[0] == level}
    found |= {old.base for old in places.former_wards(name, level) if fold(old.old_province) == fold(province)}
    return found.pop() if len(found) == 1 else None
