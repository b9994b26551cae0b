"""A province's body named without its province, its round at units it does not name: the outlet's province.

"Chiều 20/8, Đoàn kiểm tra của UBND tỉnh ... đã đi kiểm tra các công trình ... tại một số phường, xã trên địa bàn
tỉnh" on the province's own paper: the text never writes which province, the paper's address or name does
(`place_outlets`). A province-level round is listed as its province (the convention), so the outlet's province stands
for the body's when the text names no province and no unit of its own. A body written with its name goes through
`place_venues.body_province`; an outlet of no province, or a text that names one, gives no guess.
"""

from __future__ import annotations

import re

from .place_context import resolve_province
from .place_mentions import Mention
from .place_outlets import is_clue, strong
from .place_resolution import display_name
from .place_venues import _GENERIC_UNITS, _ITS_GROUND, _LOWER_UNIT
from .text import Sentence

__all__ = ["outlet_body_province"]

_BODY_UNNAMED = re.compile(r"\b(?:Tỉnh ủy|Tỉnh uỷ|(?:Thường trực\s+)?(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|"
                           r"Uỷ ban nhân dân)\s+tỉnh|Đoàn (?:ĐBQH|đại biểu Quốc hội)\s+tỉnh)(?!\s+[A-ZĐÀ-Ỹ])")
"""A province's body with no name after it: "Đoàn kiểm tra của UBND tỉnh do ...", "HĐND tỉnh đã giám sát"."""


def outlet_body_province(sentences: list[Sentence], hints: list[str]) -> Mention | None:
    """The outlet's province as the visited unit of an unnamed province body's round at unnamed units."""
    clues = [hint for hint in hints if is_clue(hint)]
    if strong(hints) or len(clues) != 1:
        return None
    for sentence in sentences:
        text = sentence.text
        generic = _GENERIC_UNITS.search(text) or (_ITS_GROUND.search(text) and not _LOWER_UNIT.search(text))
        if not generic or not (body := _BODY_UNNAMED.search(text)):
            continue
        found = resolve_province(clues[0])
        if found is None or found.ward is not None:
            return None
        mention = Mention(clues[0], "tỉnh", clues[0], body.start(), body.end(), sentence, resolution=found)
        mention.name = display_name(mention)
        return mention
    return None
