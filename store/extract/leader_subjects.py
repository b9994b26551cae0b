"""The visit's subject who leads with no head word: a titled official whose own verb is the visit.

Many district and provincial portals never write "trưởng đoàn", "dẫn đầu" or "chủ trì". They make the official the
subject of the visit's verb, with the team as companions:

- "Đ/c X – PCT UBND huyện cùng lãnh đạo Phòng ... đã tiến hành kiểm tra ..." (an abbreviated office after a dash);
- "Đ/c X - <titles> cùng đoàn công tác của huyện gồm các ngành: ...; ... đi thực tế khảo sát ..." (a long list);
- "<office> <place> - X cùng lãnh đạo Phòng ... đến các trường ... kiểm tra ..." (the place before the verb);
- "Ông X, <a chain of offices> và các thành viên Ban ... vừa có buổi giám sát ...";
- a body's visit told first, the head named only in the next sentence: "<office> X cùng đoàn ... đi thực địa ...".

The rule: the first person the lead (or, when the lead names no one, the sentence after it) opens with — only a time
before the name and the title — leads when the clause goes on to the visit's verb, directly or after companions
("cùng|và" + the team, officials, offices). Who receives ("tiếp", "báo cáo", "làm việc với đoàn") is never taken;
the host checks of `leaders.choose_leader` still apply on top.

`headline_office_holder` is the last resort for a teaser whose headline names only the office that checks ("Chủ tịch
UBND thành phố H kiểm tra ... tại D") and whose text quotes its holder ("Theo Chủ tịch UBND TP X, ..."): X leads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_local_offices import local_office
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention
    from .text import Article

_ABBREVIATED = re.compile(r"^\s*[-–]\s*(?:P\.?\s?CT|CT|PBT|BT|TB|PTB|GĐ|PGĐ)\s+(?:HĐND|UBND|UBMTTQ|MTTQ|HU|TU)\b"
                          r"(?:\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn))?"
                          r"(?:\s+[A-ZĐ][^\W\d_]*){0,3}")
"""An office in capitals after a dash ("– PCT UBND huyện", "- CT UBND huyện Y"): people.py knows no such title."""
HAS_SESSION = r"có\s+(?:các\s+|những\s+)?(?:buổi|cuộc)\s+"
"""A session or sessions had before the visit's verb: "có buổi làm việc", "có cuộc làm việc", "có các buổi giám sát"."""
_VERB = (r"(?:(?:đã|vừa|đang)\s+)?(?:trực\s+tiếp\s+)?(?:tiến\s+hành\s+|" + HAS_SESSION + r"|có\s+chuyến\s+)?"
         r"(?:đi\s+thực\s+(?:địa|tế)\b|(?:(?:đến|đi|tới|xuống|về)\s+(?:[^.;]{0,120}?\s)?)?"
         r"(?:kiểm\s+tra|khảo\s+sát|giám\s+sát|làm\s+việc(?!\s+với\s+đoàn))\b)")
"""The visit's verb: "đã tiến hành kiểm tra", "đi thực tế khảo sát", "đến các trường ... kiểm tra", "có buổi
giám sát", "đã có cuộc làm việc với UBND tỉnh", "đã có các buổi làm việc với UBND các tỉnh" (a central official's
working sessions at provinces, s39 fresh84 v06)."""
_COMPANIONS = (r"(?:cùng|và)\s+(?:với\s+)?(?:đoàn|lãnh\s+đạo|các|đại\s+diện|thành\s+viên|Thường\s+trực|Ban|Tổ|"
               r"ông|bà|đồng\s+chí|đ/c|Phòng|Sở)\b")
_GLUED_TITLE = r"\s*(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Trưởng\s+ban|Chủ\s+nhiệm)\b[^.;,]{0,80}?\s"
"""An office after the name with no comma, that people.py does not take: "X Phó Chủ tịch LĐLĐ tỉnh Y đã đến"."""
_SUBJECT = re.compile(r"^\s*(?:[,–-]\s*[^.;]{0,240}?\s|" + _GLUED_TITLE + r")?"
                      r"(?:" + _COMPANIONS + r"[^.]{0,320}?\s)?" + _VERB,
                      re.IGNORECASE)
_RECEIVING = re.compile(r"\b(?:tiếp\s+(?:và\s+làm\s+việc\s+với\s+)?đoàn|đón\s+đoàn|báo\s+cáo|cho\s+biết|"
                        r"làm\s+việc\s+với\s+đoàn)\b", re.IGNORECASE)
_TIME = (r"(?:(?:trong\s+(?:\d+|hai|ba|bốn|năm)\s+ngày|sáng|chiều|tối|trưa|ngày|hôm|từ\s+ngày)\b[^,;.]{0,25}?"
         r"(?:,\s*|\s+(?=$|(?:ông|bà|đồng chí|đ/c)\b))|"
         r"\d{1,2}(?:\s*(?:và|,|-)\s*\d{1,2})*\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*,\s*|"
         r"[A-ZĐ]{2,6}\s+[-–]\s+)")
_OPENING = re.compile(r"\W*(?:" + _TIME + r"){0,3}(?:(?:ông|bà|đồng chí|đ/c)\s*)?", re.IGNORECASE)
"""Only the time comes before the person: "Trong 02 ngày, 29 và 30/8,", "Trong hai ngày 22 và 23/10/2026,",
"Sáng ngày 31/8/2020", "BPT - "."""


def subject_visits(people: People, mention: PersonMention, lead: int) -> bool:
    """`mention` opens the lead (or the next sentence when the lead names no one) and its clause is the visit."""
    sentence = mention.sentence
    if sentence is None or not (sentence.index == lead or sentence.index == lead + 1 and not any(
            other.sentence is not None and other.sentence.index == lead and name_parts(other.name) >= 2
            for other in people.mentions)):
        return False
    if sentence.index != lead and local_office(mention.title):
        return False  # after a body's visit, a commune's or ward's own official is its host, whatever they check
    before = sentence.text[:mention.start]
    before = re.sub(r"\s*[-–]?\s*$", "", before)
    for title in mention.titles:  # the title written before the name ("Phó Chủ tịch UBND huyện T - X")
        if before.endswith(title):
            before = before[:-len(title)]
            break
    if not _OPENING.fullmatch(before + " "):
        return False
    after = sentence.text[mention.end:]
    if m := _ABBREVIATED.match(after):
        after = after[m.end():]
    if mention.titles and after.lstrip(" ").startswith(mention.titles[0]):
        # a title glued to the name with no comma ("X Phó Chủ tịch LĐLĐ tỉnh Y đã đến"); after a comma the skip
        # of _SUBJECT steps over the whole chain of offices
        after = after.lstrip(" ")[len(mention.titles[0]):]
    visit = _SUBJECT.match(after)
    return visit is not None and not _RECEIVING.search(visit[0])


_HEADLINE_OFFICE = re.compile(r"^\W*((?:Phó\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Chủ nhiệm|Trưởng ban))\s+"
                              r"(?:(UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân)\s+)?"
                              r"(tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\b[^.;:]{0,40}?\s"
                              r"(?:kiểm tra|khảo sát|giám sát|thăm)\b")
_BODIES = {"ubnd": "ubnd", "uy ban nhan dan": "ubnd", "hdnd": "hdnd", "hoi dong nhan dan": "hdnd"}


def headline_office_holder(people: People, article: Article) -> PersonMention | None:
    """The headline's office that checks (no name in it), held by a person the first sentences name with it."""
    if not article.title or not (m := _HEADLINE_OFFICE.match(article.title)):
        return None
    office = fold(m[1])
    body = _BODIES.get(fold(m[2] or ""), "")
    level = fold(m[3]).rstrip(".").replace("tp", "thanh pho")
    opening = {id(s) for s in article.sentences[:3]}
    for mention in people.mentions:
        if id(mention.sentence) not in opening or name_parts(mention.name) < 2 or not mention.titles:
            continue
        title = fold(mention.titles[0]).replace("tp.", "thanh pho").replace("tp ", "thanh pho ")
        title = re.sub(r"\btp$", "thanh pho", title)
        title = title.replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd")
        if not title.startswith(office + " ") or (body and body not in title) or level not in title:
            continue
        if _RECEIVING.search(mention.after[:60]):
            continue
        return mention
    return None
