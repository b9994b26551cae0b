"""A lower council whose work is the subject of a survey: "khảo sát hoạt động của HĐND xã A và B".

A unit named right after a council ("HĐND xã A") is usually the overseeing body's own unit, never a place
visited (`place_cues._BODY_BEFORE`). When a higher council's team surveys how a commune's council works
("Thường trực HĐND huyện khảo sát tình hình tổ chức và hoạt động của HĐND xã A và B"), the commune's council
is what the team went to see: its unit is visited, and so is the next one of its list ("và B", one level word
for both).
"""

from __future__ import annotations

import re

_SURVEYED_COUNCIL = re.compile(
    r"\b(?:khảo sát|giám sát|kiểm tra)\b[^.;]{0,80}?\bhoạt động\s+(?:của\s+)?(?:Thường trực\s+)?"
    r"(?:HĐND|Hội đồng nhân dân)\s+$", re.IGNORECASE)


def council_surveyed(before: str) -> bool:
    """`before` (the text before a unit's name, level word removed) ends with a council whose work is surveyed."""
    return _SURVEYED_COUNCIL.search(before) is not None
