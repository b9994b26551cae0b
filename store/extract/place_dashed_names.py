"""A province or town written with a dash inside its name, read as one name where a title ends on it.

"Phó Chủ tịch HĐND tỉnh Bà Rịa - Vũng Tàu Trần Văn Tuấn", "Chủ tịch UBND tỉnh Thừa Thiên – Huế Nguyễn Văn Phương":
the spaced dash is part of the province's name, yet a spaced dash also ends a clause ("Chủ tịch UBND huyện – Trần Thị
Quý"), so the title before the name was cut at it and the leader was missed, or the place's last word read as a
surname. Only a dash whose two sides name a province or a district together (in the gazetteer, with the dash or
without it) is kept.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer

_DASHED_AT_END = re.compile(r"((?:\b(?:tỉnh|thành phố|TP\.?|huyện|thị xã)\s+)?)((?:[A-ZĐÀ-Ỹ]\S*\s+){1,2})[-–—]\s*"
                            r"((?:[A-ZĐÀ-Ỹ]\S*\s*){1,2})$")
"""A level word (or none: "Phó Chủ tịch Bà Rịa - Vũng Tàu X"), one or two capitalised words, a dash, one or two more:
the end of the text before a name."""


def dashed_place_kept(before: str, keep: str) -> str:
    """`before` with the spaces around a dashed place's dash at its end replaced by `keep` (a joiner the caller
    restores), so the clause is not cut there; unchanged when no such place ends it."""
    m = _DASHED_AT_END.search(before)
    if m is None:
        return before
    first, second = m[2].strip(), m[3].strip()
    places = gazetteer()
    if not any(places.former_province(name) or places.find_province(name) or places.names_a_district(name)
               for name in (f"{first} - {second}", f"{first} {second}")):
        return before
    end = m.start(3) + len(m[3].rstrip())
    return before[:m.start(2)] + before[m.start(2):end].replace(" ", keep) + before[end:]
