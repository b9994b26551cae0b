"""A council's own sitting, and a team's dialogue with residents, that mention visits without being one.

Composed leads (scripts/dev/phrasings.py) showed two frames let through whenever they carry words of a visit:

- the body's own sitting opens the lead ("họp phiên thường kỳ", "tại phiên giải trình", "điều hành phiên chất vấn",
  the Assembly's "phiên thảo luận tại hội trường")
  and the teams' work is only what it hears ("nghe báo cáo của các đoàn làm việc tại xã A", "những tồn tại mà đoàn
  giám sát phát hiện khi làm việc tại xã A"): the council at its seat;
- a team's dialogue with residents, voters' groups or businesses ("đoàn công tác do ông X dẫn đầu đã đối thoại với
  người dân xã A"): people heard and answered, no unit overseen;
- a session day of the Assembly or a council, told as the agenda goes on ("tiếp tục chương trình Kỳ họp thứ 10, Quốc
  hội làm việc tại hội trường, nghe ... trình bày báo cáo ... giám sát chuyên đề", "tiếp tục kỳ họp thứ năm, HĐND xã
  ... nghe Ban Pháp chế trình bày báo cáo kết quả giám sát"): the body sits and hears, its oversight words are the
  reports' (s24/fresh37, taichinhtoandien). A visit made around a session ("Trước phiên khai mạc kỳ họp ..., Thường
  trực ... đã khảo sát", "giám sát trước kỳ họp") has no "tiếp tục" and stays a visit; so does one told in the lead
  itself ("khảo sát thực tế tại ...", "đến thăm"); a lead that opens or holds the session ("HĐND tỉnh ... tổ chức khai
  mạc Kỳ họp thứ 4") is the session too, a later paragraph's visit aside (a listing's next story, s27/fresh48 n12).

Either counts only when no visit verb comes before it in the lead (outside a team's name, "Đoàn giám sát"): "Đoàn
... đã làm việc với UBND xã A và đối thoại với một số hộ dân", or a sitting prepared by a visit, stays a visit.
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .text import Article

_SITTING = re.compile(r"\b(?:họp|tổ chức|điều hành|chủ trì|khai mạc|tại|trong)\s+(?:các\s+)?phiên\s+(?:họp\s+)?"
                      r"(thường kỳ|giải trình|chất vấn|toàn thể)\b|\bphiên họp (thường kỳ|toàn thể)\b|"
                      r"\b(?:tại|trong)\s+(?:các\s+)?phiên\s+(thảo luận)\s+(?:tại\s+hội\s+trường|ở\s+tổ|tại\s+tổ)\b",
                      re.IGNORECASE)
"""(The Assembly's own debate, "trong phiên thảo luận tại hội trường về dự án Luật ...", is its sitting too: deputies
quoted with their delegations' provinces, "Đại biểu X (Hưng Yên)", no place visited, whatever the headline says.)"""
_DIALOGUE = re.compile(r"\b(?:tổ chức\s+|có\s+)?(?:buổi\s+|hội nghị\s+)?đối thoại\s+(?:trực tiếp\s+)?với\s+"
                       r"(?:\S+\s+){0,2}?(?:nhân dân|người dân|cử tri|hộ dân|bà con|thanh niên|doanh nghiệp|"
                       r"phụ nữ|nông dân|công nhân|đoàn viên|hội viên|người lao động)\b", re.IGNORECASE)
_PLACE_VISITED = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát|thị sát)\s+(?:thực tế\s+)?(?:tại|ở)\b|"
                            r"\b(?:đến|tới)\s+(?:thăm|làm việc|khảo sát|kiểm tra)\b", re.IGNORECASE)
"""A place visited told in the same lead: the session is only when the visit was made."""
_TEAM_NAME = re.compile(r"\b(?:đoàn|tổ|ban)\s+(?:giám sát|khảo sát|kiểm tra|công tác)\b", re.IGNORECASE)
_VISIT_VERB = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thị sát|làm việc|thăm|đến|tới|về)\b", re.IGNORECASE)


def sitting_or_dialogue(article: Article) -> Reason | None:
    """Why the lead is the body's own sitting or a dialogue with people, or None."""
    if not article.sentences:
        return None
    lead = article.sentences[0].text
    if session_day(article) and not _PLACE_VISITED.search(lead):
        return reason("nonvisit.session")
    if (found := _SITTING.search(lead)) and not _visit_before(lead, found.start()):
        kind = (found[1] or found[2] or found[3]).lower()
        own = ("thường kỳ", "thảo luận", "toàn thể")  # a committee's plenary, "họp phiên toàn thể" (s26, fresh44)
        return reason("nonvisit.own_meeting") if kind in own else reason("nonvisit.hearing")
    if (found := _DIALOGUE.search(lead)) and not _visit_before(lead, found.start()):
        return reason("nonvisit.dialogue")
    return None


def _visit_before(text: str, end: int) -> bool:
    """A visit verb before `end`, a team's name ("Đoàn giám sát", "đoàn công tác") not counted."""
    return _VISIT_VERB.search(_TEAM_NAME.sub(" ", text[:end])) is not None


_SESSION_LEAD = re.compile(
    r"\b(?:tiếp tục\s+)?(?:chương trình|phiên họp|phiên làm việc|ngày làm việc)\s+(?:(?:thứ \w+|làm việc)\s+)?"
    r"(?:của\s+)?[Kk]ỳ họp\b|\b(?:tại|trong)\s+[Kk]ỳ họp\b|\b[Tt]iếp tục\s+(?:làm việc\s+(?:của\s+)?)?[Kk]ỳ họp\b")
"""A day of the Assembly's or a council's session: "tiếp tục chương trình Kỳ họp thứ 10", "tại kỳ họp thứ 5", "tiếp tục
kỳ họp bất thường"."""
_SESSION_BUSINESS = re.compile(r"\b(?:nghe|thảo luận|cho ý kiến|biểu quyết|thông qua|chất vấn|xem xét|trình(?:\s+bày)?|"
                               r"làm việc\s+(?:tại|ở)\s+(?:hội trường|tổ))\b", re.IGNORECASE)
"""The body at its sitting ("Quốc hội làm việc tại hội trường, nghe ...") or a bill or report put before it ("...,
Tổng Thư ký ... trình Quốc hội Tờ trình dự án Luật về giám sát ...")."""


_SESSION_OPENED = re.compile(r"\b(?:(?:tổ chức|làm lễ)\s+)?(?:khai mạc|bế mạc)\s+(?:trọng thể\s+)?kỳ họp\b|"
                             r"\bdiễn ra\s+kỳ họp\b", re.IGNORECASE)
"""A session opened or held in the lead ("HĐND tỉnh ... tổ chức khai mạc Kỳ họp thứ 4", "tại Hội trường UBND tỉnh đã
diễn ra Kỳ họp thứ 6"): the lead is the session, whatever a later paragraph (a listing's next story) tells."""
_SESSION_HELD = re.compile(r"\b(?:HĐND|Hội đồng nhân dân)\b[^.;]{0,120}?\b(?:đã\s+)?(?:tổ chức|tiến hành)\s+"
                           r"(?:thành công\s+)?kỳ họp\s+(?:thứ|chuyên đề|bất thường|lần)\b", re.IGNORECASE)
"""A council holding its own session in the lead, the council the subject ("HĐND xã A (tỉnh B) tổ chức kỳ họp thứ
hai", "HĐND huyện A đã tổ chức kỳ họp chuyên đề"): the session, as "khai mạc kỳ họp" is (s34/fresh72 n07); a plan
or an aim that names the session first ("Để chuẩn bị tổ chức kỳ họp ..., Ban ... đã khảo sát") has no council before
it, and "Trước khi HĐND ... tổ chức kỳ họp" is work around it."""
_AROUND_A_SESSION = re.compile(r"\b(?:trước|sau|chuẩn bị|phục vụ|bên lề|dự|chờ)(?:\s+(?:khi|phiên|thềm|cho|lễ))?\s*$",
                               re.IGNORECASE)
"""Work done around the session, not the session: "Trước khi khai mạc Kỳ họp ..., Thường trực ... đã khảo sát"."""


def session_day(article: Article) -> bool:
    """The lead is a session day at work ("Sáng 22/10, tiếp tục chương trình Kỳ họp thứ 10, Quốc hội nghe báo cáo kết
    quả giám sát ...; qua khảo sát tại 12 tỉnh ..."): the surveys it cites were made before and elsewhere, the day is
    the body's sitting (session 24). The session's words come before any visit verb (a team's name aside) and the
    body hears, debates or votes after them."""
    if not article.sentences:
        return False
    lead = article.sentences[0].text
    found = _SESSION_LEAD.search(lead)
    return bool(found and not _visit_before(lead, found.start()) and _SESSION_BUSINESS.search(lead, found.end()))


def session_opened(article: Article) -> bool:
    """The lead opens or holds the session (`_SESSION_OPENED`), not as the time of work done around it: asked once
    visit evidence was found in a later paragraph (a listing's next story, a survey recalled), which the session
    outweighs; pages with no such evidence keep their own reading (a page of teasers stays a feature, t856)."""
    if not article.sentences:
        return False
    lead = article.sentences[0].text
    opened = _SESSION_OPENED.search(lead)
    if (held := _SESSION_HELD.search(lead)) and not _visit_before(lead, held.end()):
        opened = held  # the council holding its session: no visit verb anywhere before "tổ chức kỳ họp"
    return bool(opened and not _visit_before(lead, opened.start()) and
                not _AROUND_A_SESSION.search(lead[:opened.start()]))
