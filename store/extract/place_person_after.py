"""A person's name written right after an office's level word: "Chủ tịch UBND tỉnh Lê Văn Hưởng".

`place_mentions` reads the capitalised words after a level word as the unit's name. After an office written without
its place ("Chủ tịch Ủy ban nhân dân tỉnh", then the holder's name) those words are a person: three or more words, a
common surname first and a middle name ("Văn", "Thị") second, and no unit, old or new, of that name (places are named
after people too: "huyện Trần Văn Thời"). The level word is then bare ("the province"), as in "UBND tỉnh đã ...", so
that the province the article names elsewhere is the one visited.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from .person_names import NAME_SURNAMES
from .place_names import known_name

_MIDDLE = {"văn", "thị"}
_OFFICE_BEFORE = re.compile(r"\b(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Chủ nhiệm)\s+(?:(?:UBND|HĐND|Ủy ban nhân dân|"
                            r"Uỷ ban nhân dân|Hội đồng nhân dân)\s+)?$", re.IGNORECASE)


def person_after_level(names: str, before: str) -> bool:
    """`names`, the words after a level word that an office's title ends `before`, are its holder's full name."""
    words = names.split()
    if len(words) < 3 or words[0].lower() not in NAME_SURNAMES or words[1].lower() not in _MIDDLE:
        return False
    if not _OFFICE_BEFORE.search(before[-60:]):
        return False
    places = gazetteer()
    return not (known_name(names) or places.names_a_district(names) or places.find_province(names))
