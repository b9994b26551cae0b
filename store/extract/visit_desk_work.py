"""Oversight work at the body's own table: planning the next period, preparing a round, meeting inside the Assembly.

Three kinds of article use every word of a visit report and report none:

- a council committee's own meeting that sets the next quarter's oversight and sums up the last ("Ban Kinh tế - Ngân
  sách HĐND tỉnh họp triển khai nhiệm vụ giám sát ... quý 4", then "trong quý 3 ... đã giám sát ...", "Dự kiến ...").
  Its day is the meeting's, and its oversight words are the programme's;
- a team's desk preparation with its schedule still to come ("phân công nhiệm vụ cho từng thành viên; nghiên cứu hồ
  sơ, xem xét báo cáo"; "Theo kế hoạch, ... đến ngày 22/8 sẽ tiến hành làm việc với UBND"): no place visited yet;
- an Assembly leader's working session with one of the Assembly's own bodies at its building ("tại Nhà Quốc hội, Phó
  Chủ tịch Quốc hội ... làm việc với Thường trực Hội đồng Dân tộc"): an internal meeting, no unit overseen;
- a central leader's session with a province's board or leaders at the centre's own seat ("tại Trụ sở Trung ương
  Đảng, X chủ trì buổi làm việc với Ban Thường vụ Tỉnh ủy A để duyệt ...", "tại trụ sở Chính phủ, Phó Thủ tướng làm
  việc với lãnh đạo tỉnh A"; session 30, fresh61 n06): the province comes to the centre, nobody goes out. A team at
  the province's own seat ("tại trụ sở Tỉnh ủy A, Đoàn kiểm tra ...") stays a visit.
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .text import Article
from .visit_team_sessions import team_own_session

__all__ = ["desk_work_reason"]

_PLANS_NEXT = re.compile(
    r"\bhọp\s+(?:để\s+)?(?:triển khai|bàn(?:\s+về)?|thống nhất|xây dựng|cho ý kiến(?:\s+về)?)\s+(?:\S+\s+){0,2}?"
    r"(?:nhiệm vụ|chương trình|kế hoạch|nội dung)\b(?:(?!\b(?:tại|với)\s)[^.]){0,160}?"
    r"\b(?:quý|tháng|năm|đợt)\b", re.IGNORECASE)
"""The opening meeting sets a period's programme: "họp triển khai nhiệm vụ giám sát ... trong quý 4 năm 2017", "họp
để triển khai chương trình giám sát, khảo sát của Ban trong quý II"; a meeting with a unit ("họp với", "tại") is not
the body alone."""
_AHEAD = re.compile(r"(?:^|[.!?…]\s*)\W*(?:Dự kiến|Thời gian tới|Trong thời gian tới)\b|\bsẽ\s+(?:tập trung|tiếp tục|"
                    r"tiến hành|giám sát|khảo sát)\b", re.IGNORECASE)
"""Later in the article, what the body will do next."""
_PREPARES = re.compile(r"\b(?:phân công nhiệm vụ|nghiên cứu (?:các\s+)?(?:hồ sơ|báo cáo|tài liệu)|"
                       r"xem xét (?:các\s+)?báo cáo|chuẩn bị các điều kiện)\b", re.IGNORECASE)
_CHECKED_OBJECT = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát|thị sát|nắm tình hình)\s+(?:(?:việc|công tác|tình hình|"
                             r"tiến độ)\s+)?$", re.IGNORECASE)
"""The preparation is what a visit checks ("kiểm tra việc chuẩn bị các điều kiện để xã A vận hành"): the visit is made,
the place prepares (session 24)."""


def _body_prepares(text: str) -> bool:
    """The body's own preparation is told ("phân công nhiệm vụ", "chuẩn bị các điều kiện"), not one a visit checks."""
    return any(not _CHECKED_OBJECT.search(text, max(0, m.start() - 40), m.start()) for m in _PREPARES.finditer(text))


_SCHEDULED = re.compile(r"\b(?:Theo kế hoạch|Theo lịch|Dự kiến)\b[^.]{0,300}?\bsẽ\s+(?:tiến hành|làm việc|khảo sát|"
                        r"giám sát|kiểm tra)\b", re.IGNORECASE)
_DONE_AT_A_PLACE = re.compile(r"\bđã\s+(?:\S+\s+){0,3}?(?:khảo sát|giám sát|kiểm tra|làm việc|đến)\s+(?:thực tế\s+)?"
                              r"(?:tại|với|ở)\b|\b(?:tại|trong)\s+buổi\s+(?:làm việc|giám sát|khảo sát|kiểm tra)\b",
                              re.IGNORECASE)
"""A visit told as made ("đoàn đã khảo sát thực tế tại xã A", "Tại buổi làm việc, ..."): a report after all."""
_ASSEMBLY_BUILDING = re.compile(r"\btại\s+(?:Nhà Quốc hội|trụ sở Quốc hội|trụ sở Văn phòng Quốc hội)\b")
_ASSEMBLY_BODY = re.compile(
    r"\blàm việc với\s+(?:(?:Thường trực|lãnh đạo)\s+)?(?:Hội đồng Dân tộc|(?:Ủy|Uỷ) ban (?:Kinh tế|Tài chính|"
    r"Pháp luật|Tư pháp|Quốc phòng|Văn hóa|Văn hoá|Xã hội|Khoa học|Đối ngoại|Công tác đại biểu|Đại biểu)|"
    r"Văn phòng Quốc hội|"
    r"Ban (?:Công tác đại biểu|Dân nguyện)|Viện Nghiên cứu lập pháp|Tổng Thư ký Quốc hội)")
"""The other side is one of the Assembly's own bodies."""
_CENTRAL_SEAT = re.compile(r"\btại\s+[Tt]rụ sở\s+(?:Trung ương Đảng|Chính phủ|Văn phòng Chính phủ|"
                           r"Văn phòng Trung ương Đảng)\b")
"""The centre's own seat, where a province's leaders are received."""
_PROVINCE_RECEIVED = re.compile(
    r"\blàm việc\s+với\s+(?:(?:Ban Thường vụ|Thường trực|Ban Chấp hành Đảng bộ|lãnh đạo(?:\s+chủ chốt)?)\s+)?"
    r"(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|UBND tỉnh|UBND thành phố|tỉnh|thành phố)\s+[A-ZĐÀ-Ỹ]")
"""The other side is a named province's party board, government or leaders."""
_TEAM = re.compile(r"\b[Đđ]oàn\s+(?:giám sát|kiểm tra|khảo sát|công tác)\b")
"""A team named in the sentence: then it is the team's work, told where it sat."""


def _received_at_the_centre(text: str) -> bool:
    """Whether one sentence receives a named province's board or leaders at the centre's own seat."""
    return bool(_CENTRAL_SEAT.search(text) and _PROVINCE_RECEIVED.search(text) and not _TEAM.search(text))


def desk_work_reason(article: Article) -> Reason | None:
    """Why an article that speaks of oversight reports oversight work at the body's own table, or None."""
    sentences = [s.text for s in article.sentences]
    lead = " ".join(([article.title] if article.title else []) + sentences[:2])
    whole = " ".join(sentences)
    opening = sentences[0] if sentences else ""
    if _PLANS_NEXT.search(opening) and not re.search(r"\bhọp\s+với\b", opening, re.IGNORECASE) and \
            _AHEAD.search(" ".join(sentences[1:])):
        return reason("nonvisit.own_meeting")
    if _body_prepares(whole) and _SCHEDULED.search(whole) and not _DONE_AT_A_PLACE.search(whole):
        return reason("nonvisit.to_come")
    if team_own_session(article):
        return reason("nonvisit.own_meeting")  # "Đoàn giám sát ... họp phiên thứ nhất" (visit_team_sessions)
    if _ASSEMBLY_BUILDING.search(lead) and _ASSEMBLY_BODY.search(lead):
        return reason("nonvisit.own_meeting")
    if any(_received_at_the_centre(text) for text in ([article.title] if article.title else []) + sentences[:1]):
        return reason("nonvisit.own_meeting")
    return None
