"""A committee's report read at a session, its survey cited: the session, not a visit.

A page on a council session often opens on the report its committee put before it, and the report speaks of the
survey it rests on: "Báo cáo thẩm tra của Ban Pháp chế HĐND thành phố tại kỳ họp thứ 15 ... có nội dung: qua khảo
sát, tỉ lệ ... còn cao" (s28/fresh52, thanhnien, Đà Nẵng), "Tại kỳ họp thứ 26 ..., báo cáo thẩm tra của Ban ... cho
biết, qua khảo sát, ...", "Báo cáo kết quả giám sát chuyên đề của Thường trực HĐND ... tại kỳ họp thứ 8 ... cho thấy,
qua giám sát, ...". `visit_sittings.session_day` wants the body at work after the session's words ("nghe", "thảo
luận", "trình"); these leads name the report instead, before or after them, and `visit_kind` read the cited survey
as the visit. The survey was made before and elsewhere; the day the page tells is the session's.

A survey made for the report stays a visit: the lead tells the place ("đã khảo sát tại Trung tâm ... phường A") or
the report is what the work prepares ("Để phục vụ báo cáo thẩm tra tại kỳ họp ...", "Chuẩn bị báo cáo thẩm tra
trình kỳ họp ..., Ban ... đã khảo sát tại ...").

The survey the report rests on may name where it went ("nêu: qua khảo sát tại 10 phường, Ban nhận thấy ...", "Qua
giám sát thực tế tại 8 xã, báo cáo kết quả giám sát ... trình tại kỳ họp ..."): told after "qua", "theo" or "từ (kết
quả)" it is the report's ground, not a trip the page tells, so it neither counts as a place visited nor as a visit
before the report.
"""

from __future__ import annotations

import re

from .text import Article

_REPORT = re.compile(r"\bbáo cáo\s+(?:thẩm tra|(?:kết quả\s+)?giám sát(?:\s+chuyên đề)?)\b", re.IGNORECASE)
"""A committee's review report or an oversight results report: papers put before a session."""
_SESSION = re.compile(r"\b(?:tại|trong|trình|trước)\s+(?:\S+\s+)?kỳ họp\b", re.IGNORECASE)
"""The session the report is read at or put to ("tại kỳ họp thứ 15", "trình bày tại kỳ họp", "trình kỳ họp")."""
_NEAR = 160
"""How far apart the report and the session may stand in the lead (one clause, a body's long name between)."""
_PREPARED = re.compile(r"\b(?:chuẩn bị|phục vụ|để|nhằm|xây dựng|hoàn thiện|cho)\s+(?:\S+\s+){0,2}?$", re.IGNORECASE)
"""The report as what the work is for ("Để phục vụ báo cáo thẩm tra", "Chuẩn bị báo cáo thẩm tra"): a visit."""
_PLACE_VISITED = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát|thị sát)\s+(?:thực tế\s+)?(?:tại|ở)\b|"
                            r"\b(?:đến|tới)\s+(?:thăm|làm việc|khảo sát|kiểm tra)\b", re.IGNORECASE)
"""A place visited told in the lead: the survey's day is the page's."""
_CITED = re.compile(r"\b(?:qua|theo|từ)\s+(?:(?:các|đợt|cuộc|việc|kết quả)\s+)?(?:khảo sát|giám sát|kiểm tra)"
                    r"(?:\s+thực tế)?\s+(?:tại|ở)\b", re.IGNORECASE)
"""A survey cited as the report's ground, with its places ("qua khảo sát tại 10 phường"): no trip told."""
_TEAM_NAME = re.compile(r"\b(?:đoàn|tổ|ban)\s+(?:giám sát|khảo sát|kiểm tra|công tác)\b", re.IGNORECASE)
_VISIT_VERB = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thị sát|làm việc|thăm|đến|tới|về)\b", re.IGNORECASE)
"""A visit told before the report ("Đoàn ... đã khảo sát ..., báo cáo ..."); a team's name ("Đoàn giám sát") is none."""


def report_read_at_session(article: Article) -> bool:
    """The lead names a committee's report at a session and cites its survey, with no place visited in it."""
    if not article.sentences:
        return False
    lead = _CITED.sub(" ", article.sentences[0].text)
    if _PLACE_VISITED.search(lead):
        return False
    for report in _REPORT.finditer(lead):
        if _PREPARED.search(lead[:report.start()]):
            continue
        for session in _SESSION.finditer(lead):
            if abs(session.start() - report.start()) > _NEAR:
                continue
            first = min(report.start(), session.start())
            # the report's own oversight words are its title: a visit verb counts only outside it
            head = _TEAM_NAME.sub(" ", _REPORT.sub(" ", lead[:first]))
            if not _VISIT_VERB.search(head):
                return True
    return False
