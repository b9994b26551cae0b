"""Where on the page a leader may be found: the visit's own story, and those only said to attend it.

Two cases the leader rules of `leaders` do not see from one sentence:

- A tag or listing page holds several dated stories, one paragraph each ("Ngày 17/9, X cùng Đoàn công tác đã làm
  việc với ..." then "Ngày 27/8, Y đã chủ trì cuộc họp ..."). The first is the visit; a later story's chair or
  head leads another event. `another_story` tells such a paragraph, and its people rank below anyone the visit's
  own paragraph names (they still count when the visit's paragraph names no one: a visit's second day is told
  the same way, "Ngày 13/6, đoàn do ông X dẫn đầu tiếp tục ..."); another story's chair of a meeting never counts.
- A party committee's team ("Đoàn công tác của Ban Thường vụ Huyện ủy A") with no one said to lead: its secretary
  named among those attending ("Tham dự buổi làm việc có đồng chí X, ..., Bí thư Huyện ủy") heads it. Only an
  office of that same committee counts, never a membership of it held by the host ("Tỉnh ủy viên, Bí thư Đảng ủy
  phường" is the host's title when the province's team visits).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_committees import committee_head

if TYPE_CHECKING:
    from .people import People, PersonMention
    from .text import Article

_OPENS_WITH_DAY = re.compile(r"^\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
                             r"(?:\s*[/.-]\s*\d{4})?\s*,", re.IGNORECASE)


_CHAIRS_A_MEETING = re.compile(r"\bchủ\s+trì\s+(?:cuộc\s+họp|buổi\s+họp|phiên\s+họp|hội\s+nghị|họp)\b", re.IGNORECASE)


def in_story(score: int, mention: PersonMention, article: Article) -> int:
    """`score` for a person of the visit's own story; lower for one in another dated story of a listing page, and
    none (0) for another story's chair of a meeting ("Ngày 27/8, Y đã chủ trì cuộc họp ..."), which is no visit."""
    if not score or not another_story(mention, article):
        return score
    return 0 if mention.sentence and _CHAIRS_A_MEETING.search(mention.sentence.text) else score - 10


def another_story(mention: PersonMention, article: Article) -> bool:
    """Whether `mention` is in a later paragraph that opens with its own day, on a page whose first paragraph
    opens with a day too (a listing of dated stories)."""
    if mention.sentence is None or not article.sentences:
        return False
    lead = article.sentences[0]
    if mention.sentence.paragraph == lead.paragraph or not _OPENS_WITH_DAY.match(lead.text):
        return False
    first = next(s for s in article.sentences if s.paragraph == mention.sentence.paragraph)
    return _OPENS_WITH_DAY.match(first.text) is not None


_PARTY_TEAM = re.compile(r"\b(?:Đoàn|Tổ)\s+(?:công tác|kiểm tra|giám sát)\s+(?:của\s+)?(?:(?:Ban\s+)?Thường\s+vụ\s+|"
                         r"BTV\s+|Thường\s+trực\s+)?((?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ))\b", re.IGNORECASE)
_ATTENDING = re.compile(r"\b(?:tham\s+)?dự\b[^.]{0,80}?\bcó\b", re.IGNORECASE)
_RANKS = ("bi thu", "pho bi thu thuong truc", "pho bi thu")


def body_head(people: People, article: Article) -> PersonMention | None:
    """With no one said to lead: the head of the committee that visits and speaks for it, else the visiting party
    committee's secretary among those said to attend."""
    return committee_head(people, article) or party_head(people, article)


def party_head(people: People, article: Article) -> PersonMention | None:
    """The visiting party committee's secretary (else deputy) among those said to attend, or None."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    organs = {fold(m[1]) for part in lead for m in _PARTY_TEAM.finditer(part)}
    if not organs:
        return None
    best: tuple[int, PersonMention] | None = None
    for mention in people.mentions:
        if mention.sentence is None or len(mention.name.split()) < 2:
            continue
        if not _ATTENDING.search(mention.sentence.text[:mention.start]):
            continue
        for title in mention.titles:
            folded = fold(title)
            rank = next((i for i, r in enumerate(_RANKS) for organ in organs if folded == f"{r} {organ}"), None)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, mention)
    return best[1] if best else None
