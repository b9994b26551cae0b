"""The unit a headline's dateline names, for a text that calls it only by its level.

A district's own portal heads its news with the district and a dash ("Tháp Mười – Chủ tịch UBND huyện khảo sát
hoạt động Bộ phận Một cửa"), then writes "UBND huyện", "Bộ phận Một cửa huyện" with no name: the dateline is the
name those bare references carry. It is read only when the text refers to a unit of that level by its level word
alone (`Places.bare_refs`), and only if the name is one unit of that level, so the visited-unit choice of
`places` ("giám sát tại UBND huyện": the unit of that level the article names) finds it.
"""

from __future__ import annotations

import re

from ..gazetteer import DISTRICT_LEVELS, gazetteer
from .place_mentions import Mention
from .place_resolution import display_name
from .text import Sentence

_DATELINE = re.compile(r"^\W*(?:null\s+)?(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,3})\s+"
                       r"(?:[–-]\s+\S|(?:tái\s+)?(?:giám sát|khảo sát|kiểm tra)\b)")
"""A capitalised name, then a spaced dash, opening the headline (portal debris "null" before it is skipped); or the
name as the subject of the oversight ("Lục Ngạn giám sát việc ... trên địa bàn huyện": the district's own bodies)."""


def dateline_unit(title: str, bare_refs: list[tuple[str, Sentence | None]]) -> Mention | None:
    """The district (town, city) a headline's dateline names, when the text calls a unit of that level bare."""
    found = _DATELINE.match(title or "")
    if found is None:
        return None
    name = found["name"]
    for level in dict.fromkeys(level for level, _sentence in bare_refs if level in DISTRICT_LEVELS):
        resolved = gazetteer().resolve(name, level)
        if resolved is None or resolved.ward is not None:
            continue
        written = f"{level} {name}"
        start = found.start("name")
        mention = Mention(written, level, name, start, start + len(name), None, resolution=resolved)
        mention.name = display_name(mention)
        return mention
    return None
