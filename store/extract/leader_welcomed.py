"""The visitor a host welcomes, named after the host in the lead: "Chủ tịch UBND xã A Y đã đón tiếp Phó Chủ tịch HĐND
tỉnh X và các thành viên đoàn giám sát".

Pages of a commune or a district often tell a visit from the hosts' side: the host is the lead's subject and the
visitor the object of a receiving verb ("tiếp", "đón tiếp", "tiếp đón", "báo cáo với"), or, when the subject is a
commune's or ward's own office, of "làm việc với" with someone of a higher office. The host never leads
(`leaders`: one who receives or reports is a host); the one welcomed does, when an office of their own comes with the
name (a higher council's, a committee's, a ministry's) and it is no office of a commune or ward. A person received with
no office ("Chủ tịch UBND huyện tiếp ông X, trú tại thôn 3", a citizen at a reception day) is none, and the verb must
have the unit's own office or its leaders as its subject.

`visit_welcomed` reads the same sentence for visit-or-not: such a lead is a visit even when no word of oversight
comes before the team's name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .leader_local_offices import local_office
from .leader_subjects import HAS_SESSION

if TYPE_CHECKING:
    from .people import PersonMention

_HOST = (r"(?:\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ|Thường trực|lãnh đạo|Lãnh đạo)\b|"
         r"\b(?:Chủ tịch|Bí thư)\s+(?:UBND|HĐND|Đảng ủy|Đảng uỷ)?\s*"
         r"(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)\b)")
"""The receiving side as the subject: the unit's People's Committee or Party committee, its leaders, or its chair."""
_VERB = r"(?:tiếp\s+đón|đón\s+tiếp|tiếp(?!\s+(?:công\s+dân|nhận|tục|xúc|cận|thu))|đón|báo\s+cáo\s+với)"
"""Receiving or reporting ("tiếp", "đón tiếp", "báo cáo với"); never "tiếp công dân", "tiếp nhận", "tiếp tục"."""
_WELCOMES = r"(?:đã\s+|vừa\s+)?" + _VERB
WELCOME_BREAK = r"\b(?:đã|vừa)\s+(?:" + HAS_SESSION + r")?(?:" + _VERB + r"|làm\s+việc\s+với)\s"
"""The host's verb, which ends the clause a title before a name is read back to (`person_titles.title_before`)."""
WELCOMED = re.compile(_HOST + r"[^.;]{0,160}?\s" + _WELCOMES + r"\s+(?P<rest>[^.;]*)$")
"""The host as subject, the welcoming verb, and `rest`: what follows it (an honorific, the visitor and their office)."""


_LOCAL_HOST = (r"\b(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ|Chủ tịch|Bí thư|lãnh đạo|Lãnh đạo)\b"
               r"[^.;]{0,40}?\b(?:xã|phường|thị trấn|đặc khu)\b")
WORKS_WITH = re.compile(_LOCAL_HOST + r"[^.;]{0,160}?\s(?:đã\s+|vừa\s+)?(?:" + HAS_SESSION + r")?làm\s+việc\s+với\s+"
                        r"(?P<rest>[^.;]*)$")
"""A commune's or ward's own office or officials as the subject of a session with someone ("ông Y, Bí thư Đảng ủy xã
A cùng lãnh đạo xã đã có buổi làm việc với đồng chí X, Phó Bí thư Tỉnh ủy"): the one worked with comes to them."""
_HIGHER = re.compile(r"\b(?:tỉnh|thành phố|TP|huyện|quận|thị xã|Quốc hội|Trung ương|Bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|"
                     r"Thành uỷ|Huyện ủy|Huyện uỷ)\b")
"""An office above a commune's, named in the visitor's title."""


def works_with_a_visitor(mention: PersonMention) -> bool:
    """Whether `mention`, a commune's or ward's own official, is the subject of a session with someone of a higher
    office named after the verb: a host, whatever the verb."""
    if mention.sentence is None or not local_office(mention.title):
        return False
    text = mention.sentence.text.rstrip(" .")
    m = WORKS_WITH.search(text)
    return m is not None and mention.start < m.start("rest") and _HIGHER.search(m["rest"][:160]) is not None


def welcomed_visitor(mention: PersonMention, lead: int) -> bool:
    """Whether `mention`, titled with no local office, is the one the lead's host welcomes or reports to."""
    sentence = mention.sentence
    if sentence is None or sentence.index != lead or not mention.titles or local_office(mention.title):
        return False
    m = WELCOMED.search(sentence.text[:mention.start])
    if m is None:
        m = WORKS_WITH.search(sentence.text[:mention.start])
        if m is None or not _HIGHER.search(mention.title):
            return False
    # only the office written with the name may stand between the verb and the name ("đón tiếp Phó Chủ tịch HĐND
    # tỉnh X"), never another person or a team ("tiếp đoàn công tác do X dẫn đầu" is read by the head's own words)
    between = re.sub(r"^(?:ông|bà|đồng\s+chí|đ/c)\s*", "", m["rest"].strip(), flags=re.IGNORECASE)
    return not between or any(between == title or between.startswith(title) for title in mention.titles) or \
        _only_title(between)


def _only_title(text: str) -> bool:
    """A title with no verb or team word in it (the honorific form "bà X, Phó Chủ tịch ..." has none before)."""
    return re.search(r"\b(?:đoàn|do|và|cùng|các|về)\b", text, re.IGNORECASE) is None and len(text) <= 120
