"""Two ways a report names who heads a check without calling anyone its head (fresh85's classes, session 40).

- An official who checks in person, told after the report's opening: "Trước đó, chiều 12/9, ông X – Phó Chủ tịch UBND
  TP.Y đã kiểm tra đột xuất ..." after a district chairman's word to the press. The lead rules read the visit's verb
  only in the lead sentence; a surprise check ("kiểm tra đột xuất", "đã bất ngờ đến kiểm tra đột xuất") is done by
  the one it names, wherever it is told. A commune's or ward's own official is left to the host rules, and one who
  reports ("cho biết xã đã kiểm tra đột xuất") has other words between the title and the check.
- A commune's or ward's council overseeing on its own ("HĐND phường A tổ chức ... giám sát ..."), whose chair is named
  first among those who attend ("Tới dự có các đồng chí X - Phó Bí thư Đảng ủy, Chủ tịch HĐND phường; ..."): the
  council's chair heads its own oversight (the legal board's head who reads the plan does not). Only a fallback, and
  never when another body (a district's council team) oversees the ward, whose chair then attends as its host.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_local_offices import local_office
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders, which import this one; these are only its types
    from .people import People, PersonMention
    from .text import Article

_CHECKS_BY_SURPRISE = re.compile(r"^\s*(?:[,–-]\s*)?(?:đã\s+)?(?:bất ngờ\s+)?(?:(?:đến|đi|tới|về|xuống)\s+)?"
                                 r"kiểm tra đột xuất\b", re.IGNORECASE)
_OWN_COUNCIL = re.compile(r"^\W*(?:(?:ngày|sáng|chiều|tối|hôm)\b[^,.;]{0,30},\s*)?HĐND\s+(xã|phường|thị trấn)\s+"
                          r"[A-ZĐÀ-Ỹ][^.;,]{0,40}?\s(?:đã\s+)?tổ chức\b[^.;]*\bgiám sát\b", re.IGNORECASE)
_ATTENDS = re.compile(r"\b(?:tới|đến)?\s*dự\s+(?:có\s+)?(?:các\s+)?(?:đồng chí|đ/c|ông|bà)?\s*$", re.IGNORECASE)
_LEAD_SENTENCES = 3


def checks_by_surprise(mention: PersonMention, title_end: str) -> bool:
    """Whether a titled official above a commune's or ward's office checks by surprise right after the titles."""
    return bool(mention.titles) and not local_office(mention.title) and bool(_CHECKS_BY_SURPRISE.match(title_end))


def council_chair_attending(people: People, article: Article) -> PersonMention | None:
    """The chair of the council that oversees on its own, named first among those who attend its session."""
    level = next((m[1] for s in article.sentences[:_LEAD_SENTENCES] if (m := _OWN_COUNCIL.match(s.text))), None)
    if level is None:
        return None
    chair = re.compile(r"(?<!pho )\bchu tich hdnd " + fold(level) + r"\b")
    for mention in people.mentions:
        if name_parts(mention.name) >= 2 and _ATTENDS.search(mention.before):
            return mention if chair.search(fold(mention.title)) else None  # the first who attends, or none
    return None
