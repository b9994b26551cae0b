"""The visiting official named only after the lead, when the lead names no one.

Excerpts and photo-led pages often lose or skip the lead's subject: the page opens with a caption-like line or with
who came along ("Cùng tham dự có Phó Chủ tịch UBND TPHCM Y ..."), and the official who made the check is named a
sentence or two later, as the subject of the check ("Chủ tịch UBND TPHCM X đã kiểm tra việc tiếp nhận ...") or as the
one who tells the localities what to do at it ("Trên cơ sở đó, Phó Chủ tịch UBND thành phố X đã trao đổi, lưu ý các
địa phương ..."). `leaders.choose_leader` ranks the lead's phrasings; this is its last resort before the overseeing
body's officer, and never picks a commune's or ward's own office (the host), nor someone who reports or answers.
A lead may also name only the office at the team's head ("Phó Chủ tịch Quốc hội cùng các thành viên đoàn ..."):
the person later given that office as a title holds it (`office_named_later`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .leader_local_offices import local_office
from .mention_text import past_each_title, short_of_each_title
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention
    from .text import Article

_CHECKS = re.compile(r"^\s*,?\s*(?:đã\s+)?(?:trực tiếp\s+)?(?:(?:(?:đến|đi|xuống)\s+)?(?:kiểm tra|khảo sát|giám sát)|"
                     r"(?:đến|tới|xuống)\s+thăm)\b", re.IGNORECASE)
"""The person's own check: "X đã kiểm tra việc tiếp nhận ..."; or their call at a site after a lead naming only the
offices that sent the teams ("lãnh đạo tỉnh tổ chức các đoàn đi kiểm tra ...; đồng chí X - <title> đã đến thăm điểm
thi ...")."""
_TELLS_THE_LOCALITIES = re.compile(
    r"^\s*,?\s*(?:đã\s+)?(?:trao đổi,?\s+)?(?:lưu ý|yêu cầu|đề nghị|chỉ đạo|nhắc nhở)\s+(?:các\s+)?"
    r"(?:địa phương|xã|phường|đơn vị|tổ bầu cử|ủy ban bầu cử)\b", re.IGNORECASE)
"""The person tells the places checked what to do: "X đã trao đổi, lưu ý các địa phương ..."."""
_OPENS = re.compile(r"(?:^|[.;]\s*|^\W*(?:[^,.;]{0,40},\s*))(?:(?:ông|bà|đồng chí|đ/c)\s+)?$", re.IGNORECASE)
"""Only a short clause ("Trên cơ sở đó,", "Qua kiểm tra,") comes before the person's title and name."""
_BACKGROUND = re.compile(r"^\W*(?:(?:Vào\s+)?(?:tháng|tuần|năm)\s+(?:trước|ngoái)|Trước\s+đây|Hồi\s+(?:tháng|năm)|"
                         r"Thời\s+gian\s+trước)\b", re.IGNORECASE)
"""A sentence telling the past as background ("Tháng trước, ông X, Phó Chủ tịch UBND tỉnh, đã yêu cầu xã A ..."):
the official's earlier ask, not this visit (session 42). ("Trước đó," stays: an earlier stop of the same trip.)"""
_HOST_WORDS = re.compile(r"\b(?:cho biết|báo cáo|tiếp đoàn|đề nghị đoàn|kiến nghị)\b", re.IGNORECASE)


def visitor_named_later(people: People, article: Article, sentences: int = 5) -> PersonMention | None:
    """The first official who, in the opening `sentences`, checks or tells the localities what to do."""
    opening = {id(s) for s in article.sentences[:sentences]}
    for mention in people.mentions:
        if mention.sentence is None or id(mention.sentence) not in opening or len(mention.name.split()) < 2 or \
                _BACKGROUND.match(mention.sentence.text):
            continue
        if not mention.titles or any(local_office(title) for title in mention.titles):
            continue  # an untitled name, or a commune's or ward's own office: the host
        after = past_each_title(mention.after, mention.titles)
        if _HOST_WORDS.search(after[:60]):
            continue
        before = short_of_each_title(mention.sentence.text[:mention.start], mention.titles)
        if not _OPENS.search(before.rstrip(" -–") + (" " if before.strip() else "")):
            continue
        if _CHECKS.match(after) or _TELLS_THE_LOCALITIES.match(after):
            return mention
    return None


_OFFICE_WITH_TEAM = re.compile(r"(?:^|[,;:]\s*)((?:Phó\s+)?(?:Chủ tịch|Chủ nhiệm|Trưởng ban|Bí thư|Trưởng đoàn|"
                               r"Giám đốc|Bộ trưởng|Thứ trưởng)\b[^,.;]{0,60}?)\s+(?:cùng|dẫn đầu)\s+(?:các\s+)?"
                               r"(?:thành viên|đoàn|Đoàn)\b")
"""The lead names an office, not a person, at the head of the team: "Phó Chủ tịch Quốc hội cùng các thành viên
trong đoàn công tác ..."; the person holding it is named later ("Phó Chủ tịch Quốc hội Uông Chu Lưu")."""


def office_named_later(people: People, article: Article) -> PersonMention | None:
    """The office that heads the team in the lead, and the first person later given that same office as a title."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    offices = {fold(m[1]) for part in lead for m in _OFFICE_WITH_TEAM.finditer(part)}
    for mention in people.mentions:
        if name_parts(mention.name) < 2 or re.search(r"\bcho biết\b|\bbáo cáo\b", mention.after[:60]):
            continue
        for title in mention.titles:
            # the same office, or it with the place the lead left out ("Phó Chủ tịch HĐND tỉnh Ninh Bình")
            rest = next((title[len(o):].split() for o in offices if fold(title).startswith(o)), None)
            if rest is not None and all(word[:1].isupper() for word in rest):
                return mention
    return None
