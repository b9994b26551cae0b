"""A listing or tag page whose lead story is a plan or a directive, its next story a visit.

Pages that list several short stories were read as visits when the lead was a plan ("Từ ngày 15/7, Thường trực HĐND
tỉnh A sẽ giám sát ...", "ban hành Kế hoạch giám sát ...") or a directive ("có công văn chỉ đạo ...", "ký Chỉ thị
...") and only the second story told a visit (session 27, visits3's open class; f48 did the same for a lead that
opens a session, `visit_sittings.session_opened`). The lead is what the page reports: asked only once visit evidence
was found elsewhere, and only when the lead's first sentence itself names the plan or the directive as what happened
and tells no visit made ("Thực hiện kế hoạch giám sát, sáng 20/8, đoàn ... đã kiểm tra ..." stays a visit; so does a
visit's lead followed by a plan's story). Session 28 added oversight to come with no start day ("sẽ giám sát tại 6
xã trong tháng 12") and a lead that counts a period's oversight ("Trong năm 2025, ... đã tổ chức 12 cuộc giám sát"),
a round-up.
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .text import Article
from .visit_team_work_told import team_work_told

_PLAN_LEAD = re.compile(
    r"^\W*Kế hoạch\b|"
    r"\b(?:ban hành|thông qua|phê duyệt)\s+(?:\S+\s+){0,2}?[Kk]ế hoạch\s+(?:giám sát|khảo sát|kiểm tra)\b")
"""The lead opens on the plan ("Kế hoạch giám sát ... nêu rõ") or says it was issued ("ban hành Kế hoạch giám sát")."""
_WILL_OVERSEE = re.compile(r"\bsẽ\s+(?:tiến hành\s+|tổ chức\s+)?(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
_FROM_A_DAY = re.compile(r"\b(?:từ|bắt đầu từ)\s+(?:ngày|tháng)\b|\bđến ngày\b", re.IGNORECASE)
"""Oversight to come with its days ("Bắt đầu từ ngày 8/9, Ban ... sẽ giám sát ..."): a plan told in the future."""
_IN_A_PERIOD = re.compile(r"\btrong\s+(?:tháng|quý|năm|đợt)\b|\b(?:tháng|quý)\s+(?:\d{1,2}|[IV]+)\s*/\s*\d{4}\b|"
                          r"\btại\s+\d+\s+(?:xã|phường|đơn vị|địa phương|cơ quan|huyện)\b", re.IGNORECASE)
"""Oversight to come with no start day, named by its period or its count of units ("sẽ giám sát ... tại 6 xã trong
tháng 12/2025", "Trong quý IV/2025, ... sẽ tiến hành giám sát"): a plan all the same (session 28), when the lead names
the body that will go: "Đoàn sẽ kiểm tra tại 3 xã trong tuần này" under a headline, its next paragraph "Ngoài ra, sáng
12/5, đoàn đã kiểm tra ...", is one team's story, its visit made."""
_BODY_NAMED = re.compile(r"\b(?:HĐND|Hội đồng nhân dân|Thường trực|Ban|Ủy ban|Uỷ ban|UBND|ĐBQH|MTTQ\w*|Mặt trận|"
                         r"Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Sở|Bộ)\b")
_ROUNDS_COUNTED = re.compile(r"\bđã\s+(?:tổ chức|tiến hành|thực hiện)\s+(?:được\s+)?\d+\s+(?:cuộc|đợt)\s+"
                             r"(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
_A_PERIOD = re.compile(r"\b(?:trong năm|năm qua|từ đầu năm|thời gian qua|nhiệm kỳ|năm \d{4}|\d+ tháng|quý)\b",
                       re.IGNORECASE)
"""A period's oversight counted ("Trong năm 2025, HĐND tỉnh A đã tổ chức 12 cuộc giám sát ...", "Từ đầu năm đến nay,
... đã tiến hành 8 đợt giám sát"): the lead is a round-up; a visit told in the next story does not make it one."""
_DIRECTIVE_LEAD = re.compile(r"\b(?:ban hành|ký|có)\s+(?:\S+\s+)?[Cc]hỉ thị\b|"
                             r"\b(?:có|ban hành|gửi)\s+(?:công văn|văn bản)\s+(?:số\s+\S+\s+)?chỉ đạo\b")
"""A directive signed or a letter that directs ("UBND tỉnh A có công văn chỉ đạo các sở ...")."""
_SETS_UP_A_TEAM = re.compile(r"\bthành lập\s+(?:các\s+|\d+\s+)?(?:đoàn|tổ)\b", re.IGNORECASE)
"""The lead sets up the plan's team ("ban hành Kế hoạch ..., đồng thời ra quyết định thành lập đoàn giám sát"): the
page is that team's story, not a listing whose next story is another visit."""
_MADE = re.compile(r"(?<!sẽ )\b(?:đã\s+(?:trực tiếp\s+|đến\s+|đi\s+)?"
                   r"(?:giám sát|khảo sát|kiểm tra|thị sát|làm việc|thăm)|"
                   r"(?:đến|tới)\s+(?:thăm|làm việc|khảo sát|kiểm tra|giám sát))\b", re.IGNORECASE)
"""A visit made told in the lead itself: then the lead is the visit, whatever plan it was made under."""


def lead_plan_or_directive(article: Article) -> Reason | None:
    """Why the lead's first sentence is a plan or a directive rather than a visit, or None (asked after visit
    evidence was found, which the lead outweighs)."""
    if not article.sentences:
        return None
    lead = article.sentences[0].text
    if _MADE.search(lead) or _SETS_UP_A_TEAM.search(lead) and team_work_told(article):
        return None  # the plan's own team set up in the lead, then its work told done (visit_team_work_told)
    if _DIRECTIVE_LEAD.search(lead):  # a letter that directs ("công văn chỉ đạo") is named a directive too
        return reason("nonvisit.issued_in_lead", document=reason("document.directive"))
    if _PLAN_LEAD.search(lead) or (_WILL_OVERSEE.search(lead) and (_FROM_A_DAY.search(lead) or
                                                                    _IN_A_PERIOD.search(lead) and
                                                                    _BODY_NAMED.search(lead))):
        return reason("nonvisit.plan")
    if _ROUNDS_COUNTED.search(lead) and _A_PERIOD.search(lead):
        return reason("nonvisit.round_up")  # "Trong năm 2025, ... đã tổ chức 12 cuộc giám sát": a round-up
    return None
