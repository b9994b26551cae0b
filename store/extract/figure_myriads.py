"""Counts written in "vạn" (ten thousand): "hơn 4 vạn dân", "gần 2 vạn hộ".

News still counts a population or a crowd in the old scale word "vạn"; the domain's number reader knows only
nghìn, triệu and tỷ (and cannot take "vạn" there: folded, it is "văn", as in "5 văn bản"), so the number was read
as a bare "4" with nothing counted and dropped. The word is matched here with its tone mark, and what follows it is
a unit of `figure_units` or "dân", the word a population is counted in after "vạn".
"""

from __future__ import annotations

import re

from .figure_units import UNIT_OF, UNIT_RE

__all__ = ["myriad_count"]

_MYRIAD = re.compile(r"\s*vạn(?=\s)", re.IGNORECASE)
_PEOPLE = re.compile(r"\s*(dân)(?![\wÀ-ỹ])(?!\s+(?:số|tộc|sự|chủ|cư|quân|phòng|dụng|vận)\b)", re.IGNORECASE)
"""Inhabitants ("4 vạn dân"), not the nouns "dân" begins ("dân số", "dân tộc", "dân cư")."""


def myriad_count(text: str, value: float | int, end: int) -> tuple[int, str, int] | None:
    """(value × 10 000, unit, where the unit ends) when the number ending at `end` is followed by "vạn" and what it
    counts; else None."""
    myriad = _MYRIAD.match(text, end)
    if myriad is None:
        return None
    unit = UNIT_RE.match(text, myriad.end()) or _PEOPLE.match(text, myriad.end())
    if unit is None:
        return None
    return round(value * 10_000), UNIT_OF.get(unit[1].lower(), unit[1].lower()), unit.end()
