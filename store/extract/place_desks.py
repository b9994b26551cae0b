"""A unit whose desks the team checked on the ground, named after the higher unit's: "kiểm tra thực tế tại 1 số bộ
phận chuyên môn của huyện và xã A".

`place_cues._OFFICES_OF` reads sites "của xã A" (schools, stations, works) as a visit to A, but not the desks of an
administration ("bộ phận", "phòng ban", "bộ phận chuyên môn"), nor a list that names the higher unit first by its
bare level word ("của huyện và xã A"), which a reading that stops at any level word could not pass.
"""

from __future__ import annotations

import re

_DESKS_OF = re.compile(
    r"\b(?:kiểm tra|khảo sát|giám sát|làm việc)\s+(?:thực tế\s+)?(?:tại\s+|với\s+)?"
    r"(?:(?:các|một số|\d{1,2}\s+số|\d{1,2})\s+)?(?:bộ phận|phòng ban|phòng|cơ quan)(?:\s+chuyên môn)?"
    r"(?:\s+(?:một cửa|tiếp công dân))?\s+(?:của|thuộc)\s+"
    r"(?:(?:UBND\s+)?(?:huyện|thị xã|thành phố|tỉnh)\s+(?:[A-ZĐ]\w*\s+){0,3}(?:,\s*|và\s+))?$", re.IGNORECASE)


def desks_of(before: str) -> bool:
    """`before` (the text before a unit's name) ends with desks checked "of" that unit, alone or after the higher
    unit's: the unit is visited."""
    return _DESKS_OF.search(before) is not None
