"""Inspection teams set up and given their remit: no visit yet.

A city or a department announces that it has set up several teams ("lập 3 đoàn kiểm tra", "thành lập hai đoàn kiểm
tra liên ngành", "tổ chức 4 đoàn kiểm tra công tác chuẩn bị thi tại các huyện"), then says what they check and where
in general ("Các đoàn cũng kiểm tra ... tại chợ, siêu thị ...", "Theo đó, hai đoàn tiến hành kiểm tra ... các huyện")
and who heads each. The sentences have teams and a check verb, so they read as a visit; but nothing tells one team at
one place on one day: the article announces the teams. An official's briefing that mentions the teams among other
preparations ("Ngày 25/6, bà X, <title>, cho biết ...") is the same: its day is the briefing's, no team's.

`visit_general` calls this once a sentence of the opening is taken as a visit's evidence: the evidence must be the
set-up itself or the teams as a plural subject, with no day of its own. A team at work on its day ("Sáng 12/1, Đoàn
1 ... đã kiểm tra tại xã A"), or teams told as having checked ("Đoàn 1 đã kiểm tra ..."), make it a visit report.
"""

from __future__ import annotations

import re

from .text import Article
from .visit_team_work_told import team_work_told

_COUNT = r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|các)"
_KIND = r"(?:kiểm\s+tra|giám\s+sát|khảo\s+sát|liên\s+ngành|công\s+tác)"
_SET_UP = re.compile(rf"\b(?:thành\s+lập|lập|tổ\s+chức)\s+{_COUNT}\s+(?:đoàn|tổ)\s+(?:công\s+tác\s+)?{_KIND}\b",
                     re.IGNORECASE)
"""Several teams set up at once ("lập 3 đoàn kiểm tra", "tổ chức 4 đoàn kiểm tra"): a count or "các", never one team
organised for its days ("tổ chức đoàn giám sát"), which `visit_plans` reads as at work."""
_TEAMS_SUBJECT = re.compile(rf"^\W*(?:Theo\s+đó,\s*)?(?:{_COUNT}|mỗi)\s+(?:đoàn|tổ)\b(?:\s+{_KIND})*\s+"
                            r"(?:\S+\s+){0,2}?(?:kiểm\s+tra|giám\s+sát|khảo\s+sát)\b", re.IGNORECASE)
"""The teams as a plural subject of what they check ("Các đoàn cũng kiểm tra ...", "Theo đó, hai đoàn tiến hành
kiểm tra ...", "Ba đoàn tập trung kiểm tra ...", "Mỗi đoàn kiểm tra ...")."""
_NUMBERED_HEAD = re.compile(r"^\W*(?:Đoàn|Tổ)\s+(?:số\s+)?\d{1,2}\b[^.;]{0,160}?\b"
                            r"(?:làm\s+(?:trưởng\s+đoàn|tổ\s+trưởng)|dẫn\s+đầu|phụ\s+trách)\b", re.IGNORECASE)
"""A numbered team's head ("Đoàn 1 do Phó Chủ tịch UBND tỉnh X làm trưởng đoàn, phụ trách ..."): who heads a team
set up, read as the visit's evidence when the teams' remit reads as a name ("Các đoàn kiểm tra việc ...")."""
_DAY = re.compile(r"\b(?:(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua)|"
                  r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b(?![/-][A-ZĐ]))", re.IGNORECASE)
"""A day in any shape ("hôm nay", "12/1/2024", "9-6", "từ ngày 5 đến 9/6"), never a document's number ("54/KH-...")."""
_NO_TEAMS_DAY = re.compile(r"(?:\b(?:Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch|Chỉ\s+thị|Công\s+văn|Thông\s+báo|số)\b"
                           r"[^.;()]{0,40}|\b(?:từ\s+nay\s+đến|trước|đến\s+hết)\s+(?:ngày\s+)?)$", re.IGNORECASE)
"""A day inside a document's reference ("Nghị quyết 42/NQ-CP ngày 9/4/2020") or a deadline ("từ nay đến ngày 21-5",
"trước ngày 5/3"): no day a team is at work."""
_DATED_CHECK = re.compile(r"(?:^|[.;,]\s*)\W*(?:sáng|chiều|tối|trưa|ngày|hôm)\s+\d{1,2}\s*[/.-]\s*\d{1,2}"
                          r"(?:\s*[/.-]\s*\d{2,4})?\s*,(?P<clause>[^.;]{0,200})", re.IGNORECASE)
"""A day that opens a clause: a team at work that day when a check verb follows before anyone "cho biết"."""
_CHECK = re.compile(r"\b(?:kiểm\s+tra|giám\s+sát|khảo\s+sát|làm\s+việc|thăm)\b", re.IGNORECASE)
_TOLD = re.compile(r"\b(?:cho\s+biết|thông\s+tin|chia\s+sẻ|khẳng\s+định)\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:đoàn|tổ(?!\s+chức))\b[^.;]{0,80}?\bđã\s+(?:\S+\s+){0,2}?(?:kiểm\s+tra|giám\s+sát|khảo\s+sát|"
                   r"làm\s+việc)\b", re.IGNORECASE)
"""A team told as having checked ("Đoàn 1 do ông X làm trưởng đoàn đã kiểm tra ..."): the teams were at work."""


def teams_only_set_up(article: Article, evidence: str) -> bool:
    """The evidence of a visit is only teams set up, or the teams' remit, with no day any team is at work."""
    opening = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    if not any(_SET_UP.search(text) for text in opening):
        return False
    if not (_SET_UP.search(evidence) or _TEAMS_SUBJECT.match(evidence) or _NUMBERED_HEAD.match(evidence)):
        return False
    if any(_teams_day(text) for text in opening + [evidence] if text is evidence or _SET_UP.search(text)):
        return False  # "Từ ngày 5 đến 9/6, UBND huyện tổ chức 3 đoàn kiểm tra ...": the teams at work those days
    if team_work_told(article):
        return False  # "Theo ghi nhận của các đoàn giám sát: ...": the teams were at work
    for sentence in article.sentences:
        if _DONE.search(sentence.text):
            return False
        for dated in _DATED_CHECK.finditer(sentence.text):
            clause = dated["clause"]
            told = _TOLD.search(clause)
            if _CHECK.search(clause[:told.start()] if told else clause):
                return False
    return True


def _teams_day(text: str) -> bool:
    return any(not _NO_TEAMS_DAY.search(text[:day.start()]) for day in _DAY.finditer(text))
