"""Meetings that read like visits: a body's own meeting that hands out a survey, a working session at its seat.

`visit_kind` takes a sentence with an overseeing body and a visit verb as a visit. Two kinds of
article have such a sentence and report no visit:

- a body's own meeting, opened in the lead ("Thường trực HĐND phường tổ chức phiên họp tháng 9"),
  whose later sentences only mention surveys given out or done by others, with no day of their own
  ("phân công hai Ban HĐND đi khảo sát thực tế", "Sau khi hai Ban tiến hành khảo sát xong ...");
- a national body's working session with other central bodies ("chủ trì buổi làm việc với Cục
  Chuyển đổi số quốc gia"): no oversight word anywhere and no local unit it went to;
- deputies meeting voters ("Tổ đại biểu ... tiếp xúc cử tri tại xã A", "Đoàn ĐBQH tỉnh tiếp xúc cử tri
  huyện B"): they hear voters and answer them, they oversee or survey no unit, so it is no visit report,
  unless the lead also has them survey a place ("tiếp xúc cử tri và khảo sát thực tế tại ...").
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .text import Article
from .visit_gifts import HONOURS

_OWN_MEETING = re.compile(
    r"\b(?:tổ chức|họp|tiến hành)\s+(?:\S+\s+){0,2}?(?:hội nghị|phiên họp|cuộc họp|buổi họp|giao ban)\b|"
    r"\bhọp\s+(?:thường kỳ|định kỳ|thường lệ)\b|\bchủ trì\s+(?:cuộc họp|hội nghị|phiên họp)\b", re.IGNORECASE)
"""The lead's own meeting: "tổ chức phiên họp tháng 9", "họp thường kỳ", "chủ trì hội nghị"."""
_WITH_A_TEAM = re.compile(r"\b(?:họp|hội nghị)\s+(?:làm việc\s+)?(?:với|tiếp)\s+(?:các thành viên\s+)?(?:Đoàn|Tổ)\s+"
                          r"(?:giám sát|khảo sát|kiểm tra|công tác)\b", re.IGNORECASE)
_DAY_OF_ITS_OWN = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})",
                             re.IGNORECASE)
_WITH_MEETING_WORD = re.compile(r"\b(?:hội nghị|phiên họp|cuộc họp|buổi họp|kỳ họp)\b", re.IGNORECASE)
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thanh tra)\b", re.IGNORECASE)
_WORKING_SESSION = re.compile(r"\b(?:cuộc|buổi)\s+làm việc\s+với\s+([^.;]{0,160})", re.IGNORECASE)
_CENTRAL_BODY = re.compile(r"^(?:các\s+|một số\s+)?(?:Ban|Bộ|Cục|Vụ|Tổng cục|Văn phòng|(?:Ủy|Uỷ) ban|Hội đồng|"
                           r"Tập đoàn)\b[^.;]{0,60}?\b(?:Trung ương|quốc gia|Chính phủ|Quốc hội|Chủ tịch nước)\b|"
                           r"^(?:các\s+)?Bộ\s+[A-ZĐ]")
"""The other side of a working session is a central body ("Cục Chuyển đổi số quốc gia", "Ban Chính sách, Chiến lược
Trung ương", "Bộ Nội vụ", the President's own "Văn phòng Chủ tịch nước")."""
_LOCAL_UNIT = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+[A-ZĐ0-9]|"
                         r"\b(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+(?:ủy|uỷ)\b")
"""(A locality's party committee, "Ban Thường vụ Tỉnh ủy Quảng Trị", is a local unit too.)"""


def meeting_gives_out_surveys(article: Article, evidence: str) -> bool:
    """The lead is the body's own meeting and the visit sentence, later and without a day, is not the lead."""
    lead = [article.title] if article.title else []
    lead += [s.text for s in article.sentences[:1]]
    if evidence in lead or not any(_OWN_MEETING.search(text) for text in lead):
        return False
    if any(_WITH_A_TEAM.search(text) for text in lead):
        return False  # "tổ chức cuộc họp với Đoàn giám sát": the host meets the visiting team, a visit
    return not _DAY_OF_ITS_OWN.search(evidence) or bool(_WITH_MEETING_WORD.search(evidence))


def later_without_a_day(article: Article, evidence: str) -> bool:
    """The visit sentence is neither the title nor the first sentence, and has no day of its own."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:1]]
    return evidence not in lead and not _DAY_OF_ITS_OWN.search(evidence)


def working_session_at_its_seat(article: Article, evidence: str) -> bool:
    """A working session with central bodies, with no oversight said anywhere and no local unit visited."""
    whole = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences])
    if _OVERSIGHT.search(whole):
        return False
    m = _WORKING_SESSION.search(evidence)
    return m is not None and bool(_CENTRAL_BODY.match(m[1])) and not _LOCAL_UNIT.search(m[1])


_ONLINE = re.compile(r"\b(?:họp|cuộc họp|buổi họp|phiên họp|hội nghị|buổi làm việc|làm việc|giám sát|buổi giám sát)\s+"
                     r"(?:giám sát\s+)?(?:(?:theo|bằng|dưới)\s+hình thức\s+)?trực tuyến\b|"
                     r"\b(?:từ|với|tại|giữa)\s+(?:\d+|hai|ba)\s+(?:đầu|điểm)\s+cầu\b", re.IGNORECASE)
"""A session held online: "cuộc họp giám sát trực tuyến từ 2 đầu cầu", "buổi làm việc trực tuyến với UBND huyện A",
"họp theo hình thức trực tuyến". The words must be the meeting's own: "hồ sơ trực tuyến", "dịch vụ công trực tuyến",
what a team checks at a desk, are no such words."""


def held_online(article: Article, evidence: str) -> bool:
    """The visit sentence, or the lead's first sentence under a headline that reads as the visit, says the session
    was held online (session 26, fresh44): the team stayed at its seat, no one went to the place it talked with
    ("Ủy ban ... tại nhà Quốc hội và các sở ... tại UBND tỉnh")."""
    lead = article.sentences[0].text if article.sentences else ""
    return bool(_ONLINE.search(evidence) or _ONLINE.search(lead))


_TRAINING = re.compile(r"\blớp\s+(?:bồi dưỡng|tập huấn|đào tạo)\b|\b(?:khai giảng|bế giảng)\b|\bhọc viên\b",
                       re.IGNORECASE)
"""A class for deputies or officials ("lớp bồi dưỡng kỹ năng giám sát"): what is taught is oversight, none is made."""
_AWARD = re.compile(r"\blễ\s+(?:trao|tôn vinh|vinh danh|khen thưởng)|\btrao\s+(?:giải|bằng khen|cờ thi đua)|"
                    r"\bđược vinh danh\b|\bgiải thưởng\b", re.IGNORECASE)
"""An award ceremony ("lễ trao giải", "được vinh danh"): the honoured are named, no one is overseen ("trao tặng" is
one only with an honour, `visit_gifts.HONOURS`: "trao tặng quà" gives gifts)."""
_EXPLAINER = re.compile(r"^\W*(?:Nghị định|Luật|Thông tư|Nghị quyết)\s+(?:số\s+)?\d+/\d{4}/[A-ZĐ0-9-]+\s*[:-]|"
                        r"\bđược quy định tại\s+(?:Khoản|Điều)\s+\d+|"
                        r"\b(?:Nghị định|Luật|Thông tư)\b[^.;]{0,80}?\bquy định\b",
                        re.IGNORECASE)
"""What a law or decree provides ("Nghị định 118/2025/NĐ-CP: những điểm mới ...", "được quy định tại Khoản 1 Điều 41
Luật ..."): an explainer, even when what it provides is oversight."""


def kind_of_event(article: Article) -> Reason | None:
    """What an article with no visit is about, when its title or lead says: a class, an award, a law explained."""
    head = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:2]])
    if _TRAINING.search(head):
        return reason("nonvisit.training")
    if _AWARD.search(head) or HONOURS.search(head):
        return reason("nonvisit.award")
    if _EXPLAINER.search(head):
        return reason("nonvisit.explainer")
    return None


_VOTERS = re.compile(r"\btiếp\s+xúc(?:\s+với)?\s+(?:(?:các|hơn|gần|\d+)\s+)?cử\s+tri\b|\bTXCT\b|"
                     r"\bhội nghị cử tri\b", re.IGNORECASE)
"""A meeting with voters: "tiếp xúc cử tri", "tiếp xúc với cử tri", "TXCT"."""
_SURVEYS_A_PLACE = re.compile(r"(?<!kết quả )\b(?:giám sát|khảo sát|kiểm tra)\s+(?:thực tế\s+)?(?:tại|ở)\b",
                              re.IGNORECASE)
"""A survey of a place said beside it ("và khảo sát thực tế tại Trung tâm ..."): then a visit as well."""


_VOTERS_AS_A_SUBJECT = re.compile(r"\b(?:công tác|hoạt động|kết quả|việc|chất lượng|đổi mới)\s+(?:các\s+)?$",
                                  re.IGNORECASE)
"""Meeting voters as the subject of someone's work ("công tác TXCT, trả lời ý kiến cử tri ..." in a council's
review of a district council): the words name a duty being assessed, not the meeting the article reports."""


def _voters_met(text: str) -> bool:
    return any(not _VOTERS_AS_A_SUBJECT.search(text, max(0, m.start() - 20), m.start())
               for m in _VOTERS.finditer(text))


def meets_voters(article: Article) -> bool:
    """The title or the lead is a meeting with voters, and the opening surveys no place."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:1]]
    if not any(_voters_met(text) for text in lead):
        return False
    head = lead + [s.text for s in article.sentences[1:3]]
    return not any(_SURVEYS_A_PLACE.search(text) for text in head)

