"""A province's body named without its province, its round at units it does not name: the outlet's province.

"Chiều 20/8, Đoàn kiểm tra của UBND tỉnh ... đã đi kiểm tra các công trình ... tại một số phường, xã trên địa bàn
tỉnh" on the province's own paper: the text never writes which province, the paper's address or name does
(`place_outlets`). A province-level round is listed as its province (the convention), so the outlet's province stands
for the body's when the text names no province and no unit of its own. A body written with its name goes through
`place_venues.body_province`; an outlet of no province, or a text that names one, gives no guess. Nor does a body
that only issued the document the round carries out ("việc thực hiện Chỉ thị số 22 của UBND tỉnh"), or a sentence
whose team a named district forms: the district is then found by the fall-backs after this one.
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
_ISSUER_BEFORE = re.compile(r"\b(?:chỉ thị|kế hoạch|quyết định|công văn|công điện|nghị quyết|thông báo|hướng dẫn|"
                            r"văn bản|đề án|chương trình)\b[^.;]{0,80}?\bcủa\s+$", re.IGNORECASE)
"""A document's issuer: "việc thực hiện Chỉ thị số 22 của UBND tỉnh", "Thực hiện Kế hoạch số 120/KH-UBND của UBND tỉnh"
issued what the round carries out; the province's body is not on the round."""
_DISTRICT_TEAM = re.compile(
    r"(?:\bđoàn\s+(?:[^\s,.;]+\s+){0,3}?của\s+|(?:^|[\s,])(?:UBND\s+|Ủy ban nhân dân\s+|Huyện ủy\s+|Thị ủy\s+)?)"
    r"(?:huyện|quận|thị xã)\s+[A-ZĐÀ-Ỹ][^.;]{0,40}?\b(?:đã\s+)?(?:tổ chức|thành lập|cử|lập)\s+(?:các\s+)?đoàn\b|"
    r"\bđoàn\s+(?:[^\s,.;]+\s+){0,3}?của\s+(?:UBND\s+)?(?:huyện|quận|thị xã)\s+[A-ZĐÀ-Ỹ]")
"""A named district forming the team or owning it ("huyện Núi Thành tổ chức đoàn kiểm tra", "đoàn kiểm tra của huyện
Hoằng Hóa"): the round is the district's, whatever province body the sentence also names."""


def outlet_body_province(sentences: list[Sentence], hints: list[str]) -> Mention | None:
    """The outlet's province as the visited unit of an unnamed province body's round at unnamed units."""
    clues = [hint for hint in hints if is_clue(hint)]
    if strong(hints) or len(clues) != 1:
        return None
    for sentence in sentences:
        text = sentence.text
        generic = _GENERIC_UNITS.search(text) or (_ITS_GROUND.search(text) and not _LOWER_UNIT.search(text))
        bodies = [body for body in _BODY_UNNAMED.finditer(text) if not _ISSUER_BEFORE.search(text[:body.start()])]
        if not generic or not bodies or _DISTRICT_TEAM.search(text):
            continue
        body = bodies[0]
        found = resolve_province(clues[0])
        if found is None or found.ward is not None:
            return None
        mention = Mention(clues[0], "tỉnh", clues[0], body.start(), body.end(), sentence, resolution=found)
        mention.name = display_name(mention)
        return mention
    return None
