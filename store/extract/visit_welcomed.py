"""A lead told from the hosts' side: the unit's own officials welcome a visitor of a higher body, a visit.

"Chủ tịch UBND xã A Y cùng lãnh đạo xã đã tiếp Phó Chủ tịch HĐND huyện X và các thành viên đoàn giám sát", "ông Y,
Chủ tịch UBND xã đã báo cáo với bà X, Phó Chủ tịch HĐND huyện về ...": no word of oversight comes before a team's name,
and `visit_kind` read such a lead as no visit at all. The one welcomed must hold an office above the unit (a council's,
a committee's, a province's or the state's, named with the person); a citizen received at a reception day ("tiếp ông
X, trú tại thôn 3") or a neighbouring commune's officials come to learn are no visit. Who leads is `leader_welcomed`'s.
"""

from __future__ import annotations

import re

from .leader_welcomed import WELCOMED
from .text import Article

_HIGHER_OFFICE = re.compile(r"^(?:(?:ông|bà|đồng\s+chí|đ/c)\s+[^,.;]{3,40},\s*)?(?:Phó\s+)?"
                            r"(?:Chủ\s+tịch|Trưởng\s+[Bb]an|Bí\s+thư|Chủ\s+nhiệm|Thứ\s+trưởng|Bộ\s+trưởng|Trưởng\s+[Đđ]oàn)\b[^.;]{0,80}?\b(?:tỉnh|"
                            r"thành\s+phố|huyện|quận|thị\s+xã|Quốc\s+hội|Trung\s+ương|Bộ)\b")
"""The office of the one welcomed, before or after the name ("Phó Chủ tịch HĐND huyện X", "bà X, Phó Chủ tịch HĐND
tỉnh"), at a level above the commune's."""
_LEAD = 2


def welcomed_a_visitor(article: Article, code: str) -> bool:
    """Whether an article read as no visit at all (`code`) opens on its hosts welcoming a higher body's officer."""
    if code != "nonvisit.no_visit":
        return False
    for sentence in article.sentences[:_LEAD]:
        m = WELCOMED.search(sentence.text.rstrip(" ."))
        if m and _HIGHER_OFFICE.match(m["rest"]) and not re.match(r"[^.;]{0,80}\b(?:xã|phường|thị\s+trấn)\b",
                                                                   _office_of(m["rest"])):
            return True
    return False


def _office_of(rest: str) -> str:
    """The office part of what follows the verb: after the name's comma when the name comes first."""
    named = re.match(r"(?:ông|bà|đồng\s+chí|đ/c)\s+[^,.;]{3,40},\s*", rest, re.IGNORECASE)
    return rest[named.end():] if named else rest
