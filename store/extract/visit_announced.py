"""Two look-alikes whose lead has a team or a check in it and still reports no visit.

- a team that only announces its decision ("X dẫn đầu đoàn kiểm tra đã công bố quyết định kiểm tra đối với Ban
  Thường vụ Tỉnh ủy A"), its work still to come ("Theo đó, đoàn sẽ kiểm tra ...", "Thời gian kiểm tra dự kiến là
  ..."): the day is the announcement's, no unit has been checked yet;
- a conference that launches a plan ("Tại hội nghị, cùng với việc công bố các Quyết định thành lập Ban chỉ đạo ..., UBND
  thị xã đã chỉ đạo các xã ...; thường xuyên kiểm tra, rà soát ..."): every check in the lead is a task the conference
  hands out, however far after "chỉ đạo" a list of tasks puts it.

An inspection's announcement reads the same ("Thanh tra Bộ Nội vụ tổ chức buổi công bố quyết định thanh tra ...",
"công bố toàn văn Quyết định thanh tra số ..."), its work told as to come by its term ("Thời hạn thanh tra là 30 ngày
làm việc") or by the papers it asks for the work ahead ("chuẩn bị đầy đủ hồ sơ, tài liệu để làm việc với đoàn thanh
tra"): a central inspectorate's kick-off at a province (s39 fresh84, n08) reported nothing checked.

A team that announces its decision and then works ("... đã công bố quyết định kiểm tra; sau đó, đoàn đã nghe ...
báo cáo", "tiến hành kiểm tra hồ sơ") is a visit: the first rule holds only when something is still to come and
nothing is told as done.
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .text import Article

_ANNOUNCES = re.compile(r"\bcông bố\s+(?:toàn văn\s+)?(?:các\s+)?[Qq]uyết định\s+(?:\S+\s+){0,3}?"
                        r"(?:kiểm tra|giám sát|thanh tra)\b")
_TO_COME = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:\S+\s+){0,3}?(?:kiểm tra|giám sát|làm việc|là)\b|"
                      r"\bchuẩn bị\s+(?:\S+\s+){0,3}?(?:hồ sơ|tài liệu|báo cáo)\b[^.;]{0,120}?"
                      r"\bđể\s+làm việc với\s+(?:đoàn|Đoàn|tổ|Tổ)\b|"
                      r"\b[Tt]hời (?:hạn|gian) (?:thanh tra|kiểm tra)\s+(?:là|trong)\s+\d+\s+ngày\b")
"""The work still ahead: told with "sẽ"/"dự kiến", by the papers asked for it, or by the term of the inspection."""
_DONE = re.compile(r"\bđã\s+(?:\S+\s+){0,2}?(?:nghe|làm việc với|kiểm tra tại|khảo sát|giám sát tại)\b|"
                   r"(?:^|[.!?]\s+)Qua\s+(?:\S+\s+){0,2}?(?:kiểm tra|giám sát|thanh tra)\b|"
                   r"\bTại buổi (?:làm việc|kiểm tra)\b|\btiến hành\s+(?:kiểm tra|thanh tra|giám sát)\b")
_AT_A_CONFERENCE = re.compile(r"^\W*Tại\s+(?:hội nghị|cuộc họp|phiên họp)\b", re.IGNORECASE)
_TASKS_GIVEN = re.compile(r"\b(?:chỉ đạo|yêu cầu|giao|đề nghị)\s+(?:các|cho|UBND|Ủy ban)\b")
_CHECK = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát)\b")


def announced_or_launched(article: Article) -> Reason | None:
    """Why a lead with a team or a check in it reports no visit (see the module's note), or None."""
    sentences = [s.text for s in article.sentences]
    if not sentences:
        return None
    opening = " ".join(sentences[:4])
    if any(_ANNOUNCES.search(text) for text in sentences[:2]) and _TO_COME.search(opening) and \
            not _DONE.search(opening):
        return reason("nonvisit.to_come")
    lead = sentences[0]
    if _AT_A_CONFERENCE.match(lead) and (task := _TASKS_GIVEN.search(lead)) and \
            all(check.start() > task.start() for check in _CHECK.finditer(lead)):
        return reason("nonvisit.own_meeting")
    return None
