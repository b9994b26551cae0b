"""A visit only recalled: a reporter's feature in which someone tells of a team that came before.

A feature opens with the reporter at a place ("Bí thư và Chủ tịch xã tiếp chuyện tôi tại trụ sở xã",
"Ghé xã những ngày cuối năm, chúng tôi được ông X dẫn đi ...") and its first sentence with a delegation
is told by someone else ("Các anh cho biết, Đoàn Kiểm tra ... do Phó Chủ tịch UBND tỉnh dẫn đầu vừa về
hơn tuần nay", "Ông Sinh kể, hồi tháng 10, Đoàn giám sát ... về làm việc"): the visit is a memory of the
host's, with no day of its own, and the article reports no visit.

A visit report in which an official talks to the reporter ("Trao đổi với chúng tôi bên lề buổi giám
sát, ông X cho biết ...") has the visit in its lead, so the lead is the visit sentence and this is no
reason; nor is a team's own head telling of it ("Trưởng đoàn cho biết, đoàn đã giám sát tại 5 xã").
"""

from __future__ import annotations

import re

from .text import Article

_REPORTER = re.compile(r"\b(?:tôi|chúng tôi)\b", re.IGNORECASE)
"""The reporter in the first person, in the title or the first sentences."""
_TOLD = re.compile(r"^(?P<speaker>[^.;]{0,80}?)\b(?:cho biết|kể lại|kể|nhớ lại|tâm sự|chia sẻ)\b\s*(?:rằng\s*)?,?\s*"
                   r"[^.;]{0,60}?\b(?:Đoàn|đoàn)\b", re.IGNORECASE)
"""The delegation told of by a speaker: "Các anh cho biết, Đoàn ...", "Ông Sinh kể, hồi tháng 10, Đoàn ..."."""
_TEAM_SPEAKS = re.compile(r"\b(?:đoàn|trưởng đoàn|thành viên)\b", re.IGNORECASE)
_DAY_OF_ITS_OWN = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})",
                             re.IGNORECASE)


def recalled_to_the_reporter(article: Article, evidence: str) -> bool:
    """The visit sentence, after the lead and without a day, tells of a team in someone's words, in a feature whose
    opening has the reporter in the first person."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:1]]
    if evidence in lead or _DAY_OF_ITS_OWN.search(evidence):
        return False
    opening = lead + [s.text for s in article.sentences[1:3]]
    if not any(_REPORTER.search(text) for text in opening):
        return False
    told = _TOLD.search(evidence)
    return told is not None and not _TEAM_SPEAKS.search(told["speaker"])
