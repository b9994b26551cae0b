"""A national leader's stop in a province: a working visit, though told as gifts, a tribute or a call.

`visit_kind` reads a gift call ("thăm, tặng quà") or a tribute ("dâng hương") with no word of oversight as no
visit, and that holds for a province's own bodies (its council's Standing Committee at a relic site, its Party team
handing out Tết gifts). A national leader's trip to a province is another matter: the Prime Minister, the Assembly's
chair, the State's vice-president or a Politburo member travelling "in a working trip" ("Trong chuyến công tác tại
tỉnh X") to a province is a working visit to it whatever the stop, and real pages (every such trip in the older real
sets) tell it by its gifts, its incense or the families called on. So is a central body's leader who goes along
with a National Assembly team ("Trong chuyến công tác cùng Đoàn Giám sát của Quốc hội"), and a national mass
organisation's head (the Women's Union, a central union "Việt Nam", the Youth Union's central secretary) on a trip
to a province's communes, and a minister or deputy minister of the Government calling on a commune's families. A
page copied from after its lead ("Cùng đi với đoàn có ...") is read by its headline.

The leader must be the one who goes: the office is the subject of a going verb in the opening, or the opening says
the trip ("chuyến công tác") with the office in the same sentence. "Ủy viên Ban Chấp hành Trung ương Đảng", which a
province's party secretary also is, is no national office here.
"""

from __future__ import annotations

import re

from .text import Article

_UNIONS = (r"(?:Phó\s+)?Chủ\s+tịch(?:\s+Thường\s+trực)?\s+(?:Trung\s+ương\s+Hội\s+[^.;,]{2,40}?\s+Việt\s+Nam|"
           r"Hội\s+Liên\s+hiệp\s+Phụ\s+nữ\s+Việt\s+Nam|HLHPNVN|Tổng\s+Liên\s+đoàn\s+Lao\s+động\s+Việt\s+Nam)|"
           r"Bí\s+thư\s+Trung\s+ương\s+Đoàn")
"""A national mass organisation's head ("Phó Chủ tịch Thường trực HLHPNVN", "Phó Chủ tịch Trung ương Hội Nông dân
Việt Nam", "Bí thư Trung ương Đoàn"): a national body's leader, whose trip to a province is a stop there too."""
_MINISTERS = r"(?:Bộ|Thứ)\s+trưởng(?:\s+Bộ\s+[^.;,]{1,60}?)?(?=\s)"
"""A minister or deputy minister named with the office ("Thứ trưởng Bộ Nội vụ X", "Bộ trưởng X"): a Government member,
whose call with gifts or incense in a province's commune is a stop of a national trip too."""
_ASSEMBLY_COMMITTEES = (r"(?:Phó\s+)?Chủ\s+nhiệm\s+(?:Ủy|Uỷ)\s+ban\s+[^.;]{2,60}?\s+(?:của\s+)?Quốc\s+hội|"
                        r"(?:Phó\s+)?Chủ\s+tịch\s+Hội\s+đồng\s+Dân\s+tộc(?:\s+(?:của\s+)?Quốc\s+hội)?|"
                        r"Tổng\s+Thư\s+ký\s+Quốc\s+hội|(?:Phó\s+)?Trưởng\s+Ban\s+Công\s+tác\s+đại\s+biểu")
"""The chair or a vice-chair of a National Assembly committee ("Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc
hội"), of its Ethnic Council, its Secretary General: an Assembly leader, whose gift call or working call in a
province's commune is a national leader's stop too (a province's deputies' own round is no such office)."""
_OFFICE = (r"(?:Tổng\s+Bí\s+thư|(?:Phó\s+)?Chủ\s+tịch\s+nước|(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?|"
           r"(?:Phó\s+)?Chủ\s+tịch\s+Quốc\s+hội|Ủy\s+viên\s+Bộ\s+Chính\s+trị|Uỷ\s+viên\s+Bộ\s+Chính\s+trị|"
           r"Thường\s+trực\s+Ban\s+Bí\s+thư|lãnh\s+đạo\s+Đảng,\s+Nhà\s+nước|"
           r"Đoàn\s+công\s+tác\s+(?:của\s+)?(?:(?:Ủy|Uỷ)\s+ban\s+)?Trung\s+ương|"
           r"(?:Phó\s+)?Chủ\s+tịch\s+(?:UBTƯ|UBTW|Ủy\s+ban\s+Trung\s+ương)\s+MTTQ|" + _UNIONS + "|" + _MINISTERS + "|" +
           _ASSEMBLY_COMMITTEES + ")")
_GOES = re.compile(_OFFICE + r"(?:\s+làm\s+trưởng\s+đoàn\s*;)?"
                   r"[^.;]{0,220}?\b(?:đã|vừa)?\s*(?:đến|tới|về)?\s*(?:thăm|dâng\s+hương|dâng\s+hoa|"
                   r"tặng\s+quà|trao\s+quà|chúc\s+Tết)\b", re.IGNORECASE)
"""The national office, then within the clause the going: "Thủ tướng ... đã đến dâng hương", "do Ủy viên Bộ Chính
trị ... làm Trưởng đoàn đã đến thăm, chúc Tết"; a team listed head first goes on after the head's semicolon ("gồm: X -
Phó Chủ nhiệm Ủy ban ... của Quốc hội làm trưởng đoàn; Y - ... đã đến thăm")."""
_AFTER_ITS_LEAD = re.compile(r"^\W*(?:Cùng\s+đi(?:\s+với\s+đoàn)?|Tham\s+gia\s+đoàn|Đi\s+cùng|Tháp\s+tùng)\b",
                             re.IGNORECASE)
"""A page copied from after its lead, opening on who went with the team: the headline's trip is the story."""
_TRIP = re.compile(r"\b(?:trong|nhân)\s+chuyến\s+công\s+tác\b", re.IGNORECASE)
_NOT_GONE = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|gửi)\b", re.IGNORECASE)
"""A trip still to come, or a leader who only sends a letter or gifts ("gửi quà"): no stop made."""
_ON_BEHALF = re.compile(r"\b(?:(?:ủy|uỷ)\s+quyền(?:\s+của)?|thay\s+mặt|quà(?:\s+\S+){0,2}?\s+của)\s+$", re.IGNORECASE)
"""The office as the one on whose behalf others go ("thừa ủy quyền của Chủ tịch nước, lãnh đạo Sở ... đã trao quà")
or whose gifts they bring ("quà Tết của Chủ tịch nước"): the leader made no stop. (A team "của lãnh đạo Đảng, Nhà
nước" is the leaders' own.)"""
_AT_ITS_SEAT = re.compile(r"\btại\s+(?:trụ\s+sở|[Hh]ội\s+trường)\b|\btrao\s+(?:kinh\s+phí|tiền)\s+hỗ\s+trợ\s+"
                          r"(?:tỉnh|thành\s+phố)\b", re.IGNORECASE)
"""Relief handed over to the province at its seat or hall ("tại trụ sở UBND tỉnh, Đoàn công tác của Chính phủ ...
trao kinh phí hỗ trợ tỉnh"): a handover between offices, no stop among the people or places of the province."""
_READ_AS_NONE = ("nonvisit.gifts", "nonvisit.tribute", "nonvisit.no_visit")
"""The reasons a national leader's stop is misread as: a gift call, a tribute, no oversight word at all."""
_LEAD = 2


def central_leaders_stop(article: Article) -> bool:
    """Whether the opening tells a national leader's own stop in a province (gifts, incense, a call)."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:_LEAD]]
    if article.title and article.sentences and _AFTER_ITS_LEAD.match(article.sentences[0].text) and \
            _goes(article.title):
        return True  # "Phó Chủ tịch nước X tặng quà ..." over "Cùng đi với đoàn có ...": the headline tells the stop
    for text in texts:
        if text == article.title or _AT_ITS_SEAT.search(text):
            continue  # the headline alone ("Thủ tướng thăm ...") is said again, with its verb, in the lead
        if _goes(text):
            return True
        if _TRIP.search(text) and re.search(_OFFICE, text, re.IGNORECASE) and not _NOT_GONE.search(text):
            return True
    return False


def _goes(text: str) -> bool:
    return any(not _NOT_GONE.search(goes[0]) and not _ON_BEHALF.search(text[:goes.start()]) and
               not _MINISTER_AT_A_MEETING.match(goes[0]) for goes in _GOES.finditer(text))


_MINISTER_AT_A_MEETING = re.compile(r"(?:Bộ|Thứ)\s+trưởng(?:(?!\b(?:đến|tới|thăm|dâng)\b)[^.;])*$", re.IGNORECASE)
"""A minister whose gifts come with no going or calling ("Bộ trưởng ... chủ trì hội nghị tổng kết ... và tặng quà các
bệnh viện"): a meeting at the ministry, no stop in a province."""


def stop_of_a_working_trip(article: Article, code: str) -> bool:
    """Whether an article flagged `code` (a gift call, a tribute, no visit) tells a national leader's stop."""
    return code in _READ_AS_NONE and central_leaders_stop(article)
