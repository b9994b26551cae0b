"""The head of a team set up in the lead, named where the team is told at work later on.

"Ngày 2/10, UBND tỉnh thành lập đoàn kiểm tra ... Sáng 14/10, Đoàn kiểm tra do ông X, <title>, làm Trưởng đoàn đã
làm việc với UBND xã A": the second paragraph opens with its own day, as the stories of a listing page do, and
`leader_scope.another_story` took it for another story, so the head lost the score that names him. A team's head
whose own clause tells the team at work is the visit's leader wherever that clause stands, once the lead set a
team up: the later day is the team's, not another story's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .visit_evidence import SETS_UP

if TYPE_CHECKING:
    from .people import PersonMention
    from .text import Article

_TEAM_BY = re.compile(r"\b(?:Đoàn|Tổ)\s+(?:công tác|kiểm tra|giám sát|khảo sát|liên ngành)\b[^.;]{0,80}?\bdo\s+"
                      r"(?:(?:ông|bà|đồng chí|đ/c)\s+)?$", re.IGNORECASE)
"""The clause names the team, then "do" its head ("Đoàn kiểm tra (của tỉnh) do ông X")."""
_AT_WORK = re.compile(r"^\s*(?:[,–-]\s*)?làm\s+trưởng\s+đoàn\b[^.;,]{0,40}?\s(?:đã|vừa)\s+(?:(?:đến|về|xuống)\s+)?"
                      r"(?:làm việc|kiểm tra|giám sát|khảo sát|thăm)\b", re.IGNORECASE)
"""... "làm Trưởng đoàn đã (đến) làm việc|kiểm tra|giám sát|khảo sát": the team told at work, not set up."""


def heads_set_up_team_at_work(mention: PersonMention, title_end: str, article: Article) -> bool:
    """Whether `mention` heads a team the lead set up, in a clause telling that team at work."""
    if mention.sentence is None or not article.sentences or not _AT_WORK.match(title_end):
        return False
    if not _TEAM_BY.search(mention.before):
        return False
    lead = article.sentences[0]
    opening = " ".join(s.text for s in article.sentences if s.paragraph == lead.paragraph)
    return bool(SETS_UP.search(opening))
