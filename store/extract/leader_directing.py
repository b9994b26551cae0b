"""The visitor named only as the one who directs: who attends and directs the check, who asks a lower unit at the
session's close far down a page that lost its lead, or the only person named giving the district's offices orders.

Real pages often never call anyone the team's head (session 42, fresh86 v12 and v08, fresh87 v02):

- "Dự và chỉ đạo buổi kiểm tra có đồng chí X, <office of the visiting body>; đồng chí Y, <office of the place>": the
  first listed who holds no office of the place visited (no commune's or ward's office, no office of the district the
  lead names) leads, as "Chủ trì buổi giám sát có X" does; a head named elsewhere ("do ông Z ... làm Trưởng đoàn",
  "Z chủ trì") ranks above (`leaders.choose_leader` scores this 6);
- "Kết luận tại buổi làm việc, đồng chí X, ..., Chủ tịch UBND huyện yêu cầu UBND xã A ...": a district's officer
  asking a commune, ward or township by name at the session is the visitor, as a province's officer asking a district
  is (session 36); not when the lead names that district as the place worked with (its chair is then the host);
- "Ông X yêu cầu các phòng, ban, ngành huyện phối hợp, hướng dẫn ... xã A": the only person the page names, with no
  office of a commune or ward, giving orders ("yêu cầu", "chỉ đạo", "giao"; never "đề nghị", which a commune asking
  for help says too) to the offices of a district, town or province: only a higher officer can, and the page names no
  one else. Asked last, when no other rule names anyone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_local_offices import local_office
from .mention_text import after_titles
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention
    from .text import Article, Sentence

_ATTENDS_TO_DIRECT = re.compile(r"\b(?:tham\s+)?dự\s*(?:và|,)\s*chỉ\s+đạo\s+(?:tại\s+)?(?:buổi|cuộc|đợt)\s+"
                                r"(?:làm việc|giám sát|khảo sát|kiểm tra)\b[^.;:]{0,80}?\bcó\s*:?\s*"
                                r"(?:các\s+đồng\s+chí\s*:?\s*)?", re.IGNORECASE)
"""Those who attend and direct, listed after "có": "Dự và chỉ đạo buổi kiểm tra có đồng chí X, ...; đồng chí Y, ..."."""
_DISTRICT_PLACE = re.compile(r"\b(huyện|quận|thị xã)((?:\s+[^\W\d_][^\s,;.]*){1,4})")
_DISTRICT_OFFICE = re.compile(r"\b(?:huyện|quận|thị xã|thành phố|tỉnh)\b|\b(?:Huyện|Quận|Thị|Thành|Tỉnh)\s+ủy\b")
_PROVINCE_OFFICE = re.compile(r"\btỉnh\b")
_ASKS_LOWER = re.compile(r"^\s*,?\s*(?:đã\s+)?(?:đề nghị|yêu cầu)\s+(?:(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+)?"
                         r"(?:(xã|phường|thị trấn|đặc khu)|huyện|quận|thị xã|thành phố)\s+(\w)")
_ORDERS_THE_OFFICES = re.compile(
    r"^\s*,?\s*(?:đã\s+)?(?:yêu cầu|chỉ đạo|giao(?:\s+cho)?)\s+(?:các\s+)?(?:phòng|sở)\b[^.;]{0,50}?"
    r"\b(?:của\s+)?(?:huyện|quận|thị xã|thành phố|tỉnh)\b", re.IGNORECASE)
"""Orders to the offices of a district, town or province: "yêu cầu các phòng, ban, ngành huyện", "chỉ đạo các sở,
ngành của tỉnh", "giao các phòng chuyên môn của thị xã"."""
_TOWN = re.compile(r"\bthị\s+xã\b")
"""A town ("thị xã"), a district's level: `local_office` reads its "xã" as a commune's."""
_OPENS = re.compile(r"(?:^|^\W*[^,.;]{0,40},\s*)(?:(?:ông|bà|đồng chí|đ/c)\s+)?$", re.IGNORECASE)


def attends_and_directs(people: People, mention: PersonMention, article: Article) -> bool:
    """Whether `mention` is the first listed after "Dự và chỉ đạo buổi kiểm tra có" who holds no office of the place
    visited (everyone listed before holds one)."""
    sentence = mention.sentence
    if sentence is None or not mention.titles or host_office(mention.title, article, mention.sentence):
        return False
    opening = None
    for m in _ATTENDS_TO_DIRECT.finditer(sentence.text, 0, mention.start):
        opening = m
    if opening is None:
        return False
    earlier = [other for other in people.mentions if other.sentence is sentence and
               opening.end() <= other.start < mention.start and name_parts(other.name) >= 2]
    return all(other.titles and host_office(other.title, article, sentence) for other in earlier)


def asks_a_lower_unit(mention: PersonMention, article: Article) -> bool:
    """Whether `mention` (at a session's close, `visit_told_later.session_asks_a_unit`) asks a unit below their own
    office's level: a province's officer a district or lower, a district's or town's officer a commune, ward or
    township; never an office of a commune or ward, nor of the district the lead names."""
    if _local(mention.title):
        return False
    if _PROVINCE_OFFICE.search(mention.title) and not re.search(r"\b(?:huyện|quận|thị xã)\b", mention.title):
        return True  # (session 36: the session's sentence shape is enough)
    m = _ASKS_LOWER.match(after_titles(mention))
    return bool(m and m[1] and (m[2].isupper() or m[2].isdigit()) and _DISTRICT_OFFICE.search(mention.title) and
                not host_office(mention.title, article, mention.sentence))  # (a unit named: "xã A", "phường 2")


def directs_the_offices(people: People, article: Article) -> PersonMention | None:
    """The only person named, holding no local office, who orders the offices of a district, town or province."""
    named = [mention for mention in people.mentions if name_parts(mention.name) >= 2]
    if not named or len({mention.name for mention in named}) > 1:
        return None
    for mention in named:
        if mention.sentence is None or (mention.titles and _local(mention.title)):
            continue
        if _OPENS.search(mention.sentence.text[:mention.start]) and _ORDERS_THE_OFFICES.match(after_titles(mention)):
            return mention
    return None


def host_office(title: str, article: Article, own: Sentence | None = None) -> bool:
    """An office of the place visited: a commune's or ward's, or of the district the lead visits."""
    return _local(title) or visited_district_office(title, article, own)


def visited_district_office(title: str, article: Article, own: Sentence | None = None) -> bool:
    """An office of a district the lead (headline and first two sentences) names as visited ("làm việc với UBND
    huyện A" and "Chủ tịch UBND huyện A"; a district written after a commune and a comma only places it); `own`, the
    official's own sentence, is no lead."""
    lead = fold(" ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:2]
                                                                         if s is not own]))
    for place in _DISTRICT_PLACE.finditer(title):
        named = _capitalised_run(place[2].split())
        # the district worked with or visited, not one after a comma qualifying a commune ("xã A, huyện B")
        if named and re.search(r"(?<!,)\s" + re.escape(fold(" ".join([place[1], *named]))) + r"\b", " " + lead):
            return True
    return False


def _local(title: str) -> bool:
    """An office of a commune, ward or township; a town's ("UBND thị xã A") is a district's."""
    return local_office(_TOWN.sub("thịxã", title))


def _capitalised_run(words: list[str]) -> list[str]:
    """The words of a unit's name: those that open with a capital, up to the first that does not."""
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    return run
