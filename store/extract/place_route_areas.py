"""The provinces a checked road or line runs through: "đi kiểm tra hiện trường ... dự án cao tốc ..., đi qua địa bàn
các tỉnh A, B, C".

A leader's site inspection of a long work (a motorway, a power line, a canal) names where the sites are by the
provinces or districts the work runs through, after the work itself; none of the other cues reads "qua địa bàn" as
the place of a visit, so such a round listed no place. The units after "(đi) qua (địa bàn)" or "trên/thuộc địa bàn"
are visited when a check, survey or inspection is told before them in the sentence; only units of a province's or a
district's level, as a road's route is given: the communes along a road are rarely all visited.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["route_area"]

_CHECKED = re.compile(r"\b(?:kiểm tra|khảo sát|thị sát|đốc thúc|giám sát|thăm)\b", re.IGNORECASE)
_THROUGH = re.compile(r"(?:\b(?:đi|chạy)\s+qua|\b(?:đoạn|tuyến)\s+qua|,\s*qua|\b(?P<area>trên|thuộc)\s+địa bàn)"
                      r"(?:\s+địa bàn)?\s+(?:(?:các|hai|ba|bốn|năm|\d{1,2})\s+)?(?:tỉnh|thành phố|huyện|thị xã)?\s*$",
                      re.IGNORECASE)
"""The route ("đi qua địa bàn các tỉnh", "đoạn qua huyện") or, for provinces only, the area ("trên địa bàn các tỉnh"):
a district "thuộc địa bàn" after a checked commune is where the commune lies, no stop of its own."""
_LEVELS = frozenset({"tỉnh", "thành phố", "huyện", "thị xã"})


def route_area(mention: Mention, text: str) -> bool:
    """Whether `mention` opens the units a checked work runs through, in `text` (its sentence)."""
    if mention.level not in _LEVELS or mention.sentence is None:
        return False
    before = text[max(0, mention.start - 300):mention.start]
    through = _THROUGH.search(before)
    if through is None or through["area"] and mention.level != "tỉnh":
        return False
    return bool(_CHECKED.search(before, 0, through.start()))
