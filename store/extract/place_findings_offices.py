"""Offices checked that an excerpt names only in the check's findings (real pages: surprise civil-service checks).

A page copied from after its lead ("Hà Nội kiểm tra công vụ đột xuất tại 4 đơn vị", then "Qua kiểm tra, các đơn vị
...") never says "kiểm tra tại UBND phường A"; it names the offices where it tells what the team found at the time of
the check: "Tại thời điểm kiểm tra, UBND phường A vắng 4/48 cán bộ, công chức; UBND xã B vắng 8/25 người". What was
found at the moment of the check was found there: each office opening a clause of that sentence is a unit visited.
"""

from __future__ import annotations

import re

from .place_mentions import Mention

__all__ = ["office_in_the_findings"]

_AT_THE_CHECK = re.compile(r"^\W*(?:Tại|Vào)\s+(?:thời điểm|lúc)\s+(?:đoàn\s+)?(?:kiểm tra|giám sát|khảo sát)\b",
                           re.IGNORECASE)
"""The sentence tells what the check found at its moment: "Tại thời điểm kiểm tra, ..."."""
_OFFICE_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]|\svà)\s*(?:tại\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+$",
                                  re.IGNORECASE)
"""The office of the unit opens a clause of it: "..., UBND phường A vắng ...; UBND xã B vắng ..."."""


def office_in_the_findings(mention: Mention) -> bool:
    """`mention` is the unit of an office the findings at the time of the check are told of."""
    if mention.sentence is None or mention.in_title:
        return False
    text = mention.sentence.text
    before = text[max(0, mention.start - 60):mention.start]
    return bool(_AT_THE_CHECK.match(text) and _OFFICE_OPENS_CLAUSE.search(before))
