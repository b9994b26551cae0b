"""Units named as a matter talked over at a session, not as places gone to: "... về việc ... đối với 2 xã A và B".

fresh77 v06: "Tại buổi làm việc, đại diện lãnh đạo các sở, ngành đã trao đổi và làm rõ về ...; việc xây dựng nông
thôn mới nâng cao đối với 2 xã Thanh Lương và Thanh Phú; ..." listed the two communes beside the town that hosted the
session: "với" before a unit is a visit's cue ("làm việc với xã A") when the sentence has a visit's word, and here the
only such word named the session itself ("buổi làm việc"). After "đối với", a unit is what a matter concerns; with no
visit's word in its sentence but the session's name, nobody went there. "đã giám sát việc ... đối với 2 xã A và B"
(a verb of the team) and "Tại buổi làm việc với UBND 2 xã A và B" (the session is with them) keep their reading.
"""

from __future__ import annotations

import re

__all__ = ["matter_of_a_session"]

_CONCERNING = re.compile(r"\bđối với\s+([^.;:()]{0,120})$", re.IGNORECASE)
_COUNT_LEVEL = re.compile(r"^(?:(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+)?(?:(?:xã|phường|thị trấn)\s+)?", re.IGNORECASE)
_ITEM_END = re.compile(r"\s*(?:,|\bvà\b)\s*", re.IGNORECASE)
_SESSION = re.compile(r"\b(?:buổi|cuộc)\s+(?:làm việc|giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
_VISIT_WORDS = re.compile(r"giám sát|khảo sát|kiểm tra|thị sát|làm việc|thăm|đoàn|có mặt", re.IGNORECASE)


def matter_of_a_session(before: str) -> bool:
    """Whether the unit after `before` (its sentence up to the unit) follows "đối với" in a sentence whose only
    visit's words name the session ("Tại buổi làm việc, ... đối với 2 xã")."""
    concerning = _CONCERNING.search(before)
    if concerning is None or not _listed(concerning[1]) or not _SESSION.search(before):
        return False
    return not _VISIT_WORDS.search(_SESSION.sub(" ", before))


def _listed(tail: str) -> bool:
    """Whether what follows "đối với" up to the unit is a count or level word, then names of the same list ("2 xã
    Thanh Lương và "): the unit is an item of the list "đối với" opens."""
    items = _ITEM_END.split(_COUNT_LEVEL.sub("", tail, count=1))
    return items[-1] == "" and all(_COUNT_LEVEL.sub("", item, count=1)[:1].isupper() for item in items[:-1]) \
        if len(items) > 1 else items == [""]
