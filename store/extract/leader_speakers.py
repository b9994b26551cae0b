"""Who speaks at the working session, or directs the oversight, when no sentence says who leads.

Real pages often name the visiting head only as the one who speaks at the session:

- in a caption line, after the name ("Đồng chí X, Bí thư Tỉnh ủy phát biểu tại buổi làm việc", "Ông X, Phó Vụ trưởng
  ... phát biểu tại buổi làm việc với lãnh đạo huyện A"), with no photo credit, so `leader_captions` never reads it;
- before the name, in a long opening clause ("Phát biểu tại buổi giám sát việc ... tại huyện A vào sáng ngày 22/5,
  Phó Chủ tịch HĐND tỉnh X yêu cầu ..."), where `leader_sessions` wants "làm việc với <unit>";
- as the one who attends and directs the oversight ("có ông X – Phó Chủ tịch HĐND xã dự và chỉ đạo cuộc giám sát").

The hosts speak at a session too, so a speaker never leads when their office is a commune's or ward's, or of the unit
the session is held with ("làm việc với lãnh đạo huyện A" and a speaker "Chủ tịch UBND huyện A"), or at the level of
a place the lead names as visited while the title names no overseeing body. These rules run only when no other rule
found a leader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_local_offices import local_office
from .mention_text import after_titles as _after_titles
from .person_names import name_parts
from .text import Sentence

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .leaders import Leader
    from .people import People, PersonMention
    from .text import Article

_SPEAKS_AT = re.compile(r"^[^.;]{0,120}?\bphát biểu(?:\s+(?:chỉ đạo|kết luận|tổng kết))?\s+tại\s+buổi\s+"
                        r"(?:làm việc|giám sát|khảo sát|kiểm tra)\b(?!\s+với\s+(?:các\s+)?(?:đoàn|tổ|thành viên)\b)"
                        r"(?:\s+với\s+([^.;,]{3,80}))?", re.IGNORECASE)
"""After the name and titles: "... phát biểu tại buổi làm việc [với <unit>]"; never "với Đoàn ...", the host's."""
_SPOKE_AT = re.compile(r"^\W*Phát biểu(?:\s+(?:chỉ đạo|kết luận))?\s+tại\s+buổi\s+(?:làm việc|giám sát|khảo sát|"
                       r"kiểm tra)\b([^.;]{0,300}?),\s*$", re.IGNORECASE)
"""Before the name and its title: "Phát biểu tại buổi giám sát <subject> tại huyện A vào sáng ngày 22/5, "."""
_SAYS = re.compile(r"^\s*(?:[,–-]\s*)?(?:đã\s+)?(?:nêu rõ|nhấn mạnh|khẳng định|yêu cầu|đề nghị|chỉ đạo|lưu ý|"
                   r"đánh giá|ghi nhận|biểu dương|cho rằng)\b", re.IGNORECASE)
_DIRECTS_OVERSIGHT = re.compile(r"^[^.;]{0,40}?\b(?:dự\s+và\s+)?chỉ\s+đạo\s+(?:cuộc|buổi|đợt)\s+(?:giám sát|khảo sát|"
                                r"kiểm tra)\b", re.IGNORECASE)
_OVERSEEING = re.compile(r"\b(?:HĐND|Hội đồng nhân dân|ĐBQH|Quốc hội|MTTQ|Mặt trận|Tỉnh ủy|Tỉnh uỷ|Thành ủy|"
                         r"Thành uỷ|Bộ|Vụ|Cục|Ủy ban Dân tộc|Chính phủ)\b")
_LEVEL_PLACE = re.compile(r"\b(huyện|quận|thị xã|thành phố|tỉnh)\s+[A-ZĐ]")


def session_speaker(article: Article, people: People, mentions_of: Callable[[Sentence], list[PersonMention]],
                    make: Callable[[str, str, Sentence, str], Leader]) -> Leader | None:
    """The visitor named as who speaks at the session or directs the oversight, made by `make(name, title, sentence,
    rule)`; or None."""

    mentions = list(people.mentions)
    if article.title:
        headline = Sentence(article.title, -1, -1)  # a caption glued to the headline: "... Đồng chí X, ... phát biểu"
        mentions += mentions_of(headline)
    for mention in mentions:
        if name_parts(mention.name) < 2 or not mention.titles or mention.sentence is None:
            continue
        after = _after_titles(mention)
        if _DIRECTS_OVERSIGHT.match(after):
            return make(mention.name, mention.title, mention.sentence, "X dự và chỉ đạo cuộc giám sát")
        if (m := _SPEAKS_AT.match(after)) and _a_visitor(mention.title, m[1], article):
            return make(mention.name, mention.title, mention.sentence, "X, <titles> phát biểu tại buổi làm việc")
        before = mention.sentence.text[:mention.start]
        if mention.before.rstrip().endswith(mention.titles[0]):
            before = before.rstrip()[:-len(mention.titles[0])]
        if (m := _SPOKE_AT.match(before)) and _SAYS.match(after) and _a_visitor(mention.title, m[1], article):
            return make(mention.name, mention.title, mention.sentence, "Phát biểu tại buổi giám sát ..., X yêu cầu")
    return None


def speaks_as_a_visitor(mention: PersonMention, article: Article) -> bool:
    """`mention` speaks at the session ("X (giữa) phát biểu tại buổi khảo sát") and holds no office of the visited
    unit: read in a credited photo caption, which no sentence of the article is."""
    m = _SPEAKS_AT.match(_after_titles(mention))
    return m is not None and bool(mention.titles) and _a_visitor(mention.title, m[1], article)


def _a_visitor(title: str, unit: str | None, article: Article) -> bool:
    """The speaker's office is not the visited unit's: no commune's or ward's office, not the unit's own, and, when
    the title names no overseeing body, not at the level of a place the lead visits."""
    if local_office(title):
        return False
    folded = fold(title)
    if unit and (place := _LEVEL_PLACE.search(unit)) and fold(unit[place.start():]).strip() in folded:
        return False  # "làm việc với lãnh đạo huyện A": a speaker "Chủ tịch UBND huyện A" is its head
    if _OVERSEEING.search(title):
        return True
    lead = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:2]])
    levels = {fold(m[1]) for m in _LEVEL_PLACE.finditer(lead + " " + (unit or ""))}
    return not any(re.search(rf"\b{level}\b", folded) for level in levels)
