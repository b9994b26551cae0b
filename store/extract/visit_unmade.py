"""Four look-alikes whose opening has a body and a visit verb and still tells no visit made.

`visit_kind` takes a sentence with an overseeing body and a visit verb as a visit. Four kinds of page have such a
sentence and report none:

- oversight told only as to come: the lead says what the team will do ("Theo Đoàn ĐBQH TP, trong tháng 4/2017, sẽ
  tổ chức làm việc với Sở A và UBND các quận ...") and the sentence read as the visit is itself a clause about what
  will be done ("Trên cơ sở giám sát, Đoàn ... sẽ làm rõ ..."), with no day and nothing told as done: a plan; the
  way the checks will be made may stand between "sẽ" and the verb, in the same clause ("sẽ đóng vai người đi nộp hồ
  sơ kiểm tra ...", "sẽ không báo trước mà về thẳng các xã giám sát ...": fresh82 n04, 2015);
- a team's mandate under checks announced to come ("Hà Nội sẽ kiểm tra công vụ đột xuất ..."; "Đoàn có quyền kiến
  nghị với người đứng đầu các cơ quan ...", "tổ giám sát được quyền làm việc với UBND các xã"): what the team may
  or must do, set by its decision, not what it did (fresh82 n09);
- two localities' bodies meeting to cooperate ("Ban Thường vụ Thành ủy A đã làm việc với Ban Thường vụ Tỉnh ủy B
  ...; Cuộc làm việc nhằm tăng cường hợp tác ... giữa hai địa phương"), with no word of oversight in the title or
  the lead: no unit is overseen (a cooperative, "Hợp tác xã", is a unit like any other); so do two councils meeting
  to swap experience ("đã đến làm việc, trao đổi kinh nghiệm với Thường trực HĐND tỉnh B về tổ chức kỳ họp"), the
  other side a council, a party committee, a front or a delegation, never a unit overseen; and a commune's or ward's
  council with another's ("Thường trực HĐND phường A ... học tập kinh nghiệm tại Thường trực HĐND phường B");
- an official's advice on how oversight should be done, in a forum piece ("theo Trưởng Ban Pháp chế HĐND huyện A
  ..., việc ... sẽ giúp ...; ý kiến ... cần đưa vào nội dung làm việc tại phiên họp"): the visit verb the sentence has
  is what someone should do ("cần", "nên", "phải"), with no day and nothing told as done.

A visit report has its day, or its work told as done ("Sáng 12/8, Ban đã khảo sát tại xã A", "đã làm việc với"), so
the first and the third hold only without both; a dated visit followed by what the team will do next or by advice
("Đoàn sẽ tiếp tục giám sát ...", "nhà trường cần kiểm tra ...") stays a visit.
"""

from __future__ import annotations

import re

from .dates import find_visit_day
from .text import Article

_VISIT_VERB = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)
_LEAD_TO_COME = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:(?!đã\b|vừa\b)[^\s.;:!?]+\s+){0,10}?"
                           r"(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)
"""The lead's work to come ("sẽ tổ chức làm việc với", "dự kiến khảo sát"), its manner between in the same clause
("sẽ đóng vai người đi nộp hồ sơ kiểm tra"); never across "đã" or "vừa" (work done)."""
_MANDATE = re.compile(r"\b(?:Đoàn|Tổ)\b[^.;]{0,40}?\b(?:có|được)\s+(?:quyền|nhiệm vụ|trách nhiệm)\b", re.IGNORECASE)
"""A team's mandate as the sentence's predicate ("Đoàn có quyền kiến nghị với ... các cơ quan", "tổ giám sát được
quyền làm việc với UBND các xã", "Tổ có trách nhiệm ..."): what it may or must do."""
_WILL = re.compile(r"\b(?:sẽ|dự kiến|có thể|sắp(?!\s+xếp))\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:đã|vừa|đang)\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|làm việc|đến|nghe|thăm|"
                   r"tiếp(?!\s+nhận)|xuống)\b|(?:^|[.!?]\s+)Qua\s+(?:\S+\s+){0,2}?(?:khảo sát|giám sát|kiểm tra)\b|"
                   r"\bTại buổi\s+(?:làm việc|giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
"""Work told as done: then a visit was made ("đã tiếp" a guest or residents, never files "đã tiếp nhận")."""
_COOPERATION = re.compile(r"\bký(?:\s+kết)?\s+(?:\S+\s+){0,4}?hợp tác\b(?!\s+xã)|"
                          r"\b(?:nhằm|để)\s+(?:\S+\s+){0,4}?hợp tác\b(?!\s+xã)|"
                          r"\bhợp tác\b(?!\s+xã)[^.;]{0,80}\bgiữa hai\s+(?:địa phương|tỉnh|thành phố|bên)\b",
                          re.IGNORECASE)
"""Cooperation as the meeting's purpose or deed ("nhằm tăng cường hợp tác", "ký kết chương trình hợp tác", "hợp tác
... giữa hai tỉnh"); never a cooperative ("Hợp tác xã")."""
_BODY = (r"(?:(?:Thường\s+trực\s+)?(?:HĐND|Hội đồng nhân dân|Đoàn\s+(?:ĐBQH|đại biểu Quốc hội)|[UỦ]y\s+ban\s+MTTQ"
         r"(?:\s+Việt\s+Nam)?)\s+(?:tỉnh|thành phố|TP\.?|quận|huyện|thị xã)|"
         r"(?:Ban\s+Thường\s+vụ\s+)?(?:Tỉnh|Thành)\s+[uủ]y)")
"""The other side of an exchange: a province's or a district's council, delegation or front, or its party committee;
never a commune's ("trao đổi kinh nghiệm với HĐND xã" is the visited commune's)."""
_EXCHANGE = re.compile(r"\b(?:trao đổi|học tập|chia sẻ)\s+kinh nghiệm\b[^.;]{0,40}?\b(?:với|giữa|tại)\s+"
                       r"(?:(?:các|hai)\s+)?(?:đoàn\s+(?:công tác\s+)?(?:của\s+)?)?" + _BODY + r"\b", re.IGNORECASE)
"""An exchange of experience with another council, party committee, front or delegation ("trao đổi kinh nghiệm với
Thường trực HĐND tỉnh B", "học tập kinh nghiệm tại HĐND thành phố C"): the two bodies' meeting, like cooperation."""
_BETWEEN_TWO = re.compile(r"\b(?:trao đổi|học tập|chia sẻ)\s+kinh nghiệm\s+giữa\s+(?:hai|các)\s+"
                          r"(?:địa phương|tỉnh|thành phố|bên|huyện|xã|phường)\b", re.IGNORECASE)
"""An exchange framed between the two localities, the other side unnamed ("Chuyến công tác nhằm tăng cường trao đổi
kinh nghiệm giữa hai địa phương", "chia sẻ kinh nghiệm giữa hai bên"), as "hợp tác ... giữa hai tỉnh" is in
`_COOPERATION`: a delegation received by its hosts (s34/fresh72 n10); never "giữa hai cấp" (a survey team and the
commune it visits)."""
_COUNCIL_OF = (r"(?:HĐND|Hội đồng nhân dân)\s+(?:xã|phường|thị trấn|đặc khu)\s+"
               r"((?:[A-ZĐ]\w*|\d+)(?:\s+(?:[A-ZĐ]\w*|\d+))*)")
_PEER_EXCHANGE = re.compile(_COUNCIL_OF + r"[^.;]{0,200}?\b(?:trao đổi|học tập|chia sẻ)\s+kinh nghiệm\b[^.;]{0,40}?\b"
                            r"(?:với|tại)\s+(?:Thường\s+trực\s+)?" + _COUNCIL_OF)
"""A commune's or ward's council swapping experience with another's ("Thường trực HĐND phường A ... đã đến học tập
kinh nghiệm tại Thường trực HĐND phường B"): two peers meeting, not a visit to a unit overseen; never the same one
("HĐND xã A ... trao đổi kinh nghiệm với HĐND xã A" is the host's own council)."""
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thanh tra)\b", re.IGNORECASE)
_ADVISED = re.compile(r"\b(?:cần|nên|phải)\s+(?:\S+\s+){0,6}?(?:giám sát|khảo sát|kiểm tra|làm việc)\b",
                      re.IGNORECASE)
"""A visit verb governed by what should be done ("cần đưa vào nội dung làm việc", "nên khảo sát thực tế")."""
_NOUN_USE = re.compile(r"\b(?:cuộc|đợt|buổi|hoạt động|công tác|nội dung|chất lượng|kết quả|đề cương)\s+"
                       r"(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)
"""A visit word used as a noun ("Mỗi cuộc giám sát cần có đề cương", "chất lượng giám sát"): no visit told before the
advice."""
_OPINION = re.compile(r"\b[Tt]heo\s+(?:ông|bà|đồng chí)?\s*(?:Phó\s+)?(?:Chủ tịch|Trưởng|Bí thư|Giám đốc|Chủ nhiệm|"
                      r"đại biểu)\b|\b(?:cho rằng|nhấn mạnh|đề xuất|chia sẻ|bày tỏ)\b|^\W*Diễn đàn\W*$")
"""Whose view the piece gives ("theo Trưởng Ban Pháp chế HĐND huyện A", "cho rằng"), or a forum's label."""


def _opening(article: Article) -> list[str]:
    return ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]


def only_to_come(article: Article, evidence: str) -> bool:
    """The lead tells the work to come and the visit sentence is itself to come, with no day and nothing done."""
    if not article.sentences or not _LEAD_TO_COME.search(article.sentences[0].text) or not _WILL.search(evidence):
        return False
    if any(_DONE.search(text) for text in _opening(article)):
        return False
    return find_visit_day(article) is None


def mandate_only(article: Article, evidence: str) -> bool:
    """The visit sentence is a team's mandate, the title or the lead announces the checks to come, with no day and
    nothing told as done."""
    heads = ([article.title] if article.title else []) + [s.text for s in article.sentences[:1]]
    if not _MANDATE.search(evidence) or not any(_LEAD_TO_COME.search(text) for text in heads):
        return False
    if any(_DONE.search(text) for text in _opening(article)):
        return False
    return find_visit_day(article) is None


def cooperation_meeting(article: Article) -> bool:
    """The title or the lead tells a meeting to cooperate or to swap experience with another council, and neither
    says a word of oversight."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    return any(_COOPERATION.search(text) or _EXCHANGE.search(text) or _BETWEEN_TWO.search(text) or
               _peer_exchange(text) for text in texts) and \
        not any(_OVERSIGHT.search(_NOUN_USE.sub(" ", text)) for text in texts)  # "về hoạt động giám sát": a topic


def _peer_exchange(text: str) -> bool:
    return any(m[1] != m[2] for m in _PEER_EXCHANGE.finditer(text))


def advice_only(article: Article, evidence: str) -> bool:
    """The visit sentence's verb is what should be done, in someone's view, with no day and nothing done."""
    advised, verb = _ADVISED.search(evidence), _VISIT_VERB.search(evidence)
    if advised is None or verb is None or _VISIT_VERB.search(evidence, advised.start()) is None:
        return False
    if _VISIT_VERB.search(_NOUN_USE.sub(" ", evidence[:advised.start()])):
        return False  # "Đoàn làm việc tại xã A, đề nghị xã cần kiểm tra ...": the visit comes before the advice
    texts = _opening(article)
    if not any(_OPINION.search(text) for text in texts) or any(_DONE.search(text) for text in texts):
        return False
    return find_visit_day(article) is None
