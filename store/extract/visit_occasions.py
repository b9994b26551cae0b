"""Openings that read like a visit and are none, and openings that read like none and are one.

A delegation's opening sentence can name a team, a head and a day, and still report no oversight:

- a tribute trip ("về nguồn", "dâng hương", "thăm Khu di tích"): the delegation honours a place, it oversees no one;
- oversight put off ("tạm hoãn", "lùi thời gian giám sát"): the units and days named are the plan that was dropped;
- a year's inspections summed up ("Thực hiện Kế hoạch ... năm 2019, đoàn ... đã kiểm tra đối với 11 cơ quan, đơn vị,
  trong đó ..."): a count of units by kind, with no day and no unit named, is a year's work, not a visit.

And the other way, two openings the general rules of `visit_kind` read as no visit:

- a lead that opens with the decision or plan a team works under, then the team's own work, past and dated
  ("Đoàn kiểm tra đã làm việc với UBND huyện A từ ngày 07 tháng 11 ..."): the decision is the team's warrant;
- the hosts' own inspections counted at a visit ("đoàn của huyện đã kiểm tra được 6 xã", "Sau các cuộc kiểm tra,
  huyện đã ..."): the host's statistics, heard by the visiting team, are no round-up of the team's oversight.
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .dates import find_visit_day
from .text import Article

_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b", re.IGNORECASE)
_TRIBUTE = re.compile(r"\b(?:về nguồn|dâng hương|dâng hoa|thắp hương|viếng|tri ân|tưởng niệm|"
                      r"thăm\s+(?:lại\s+)?(?:Khu\s+)?di tích)\b", re.IGNORECASE)
_PUT_OFF = re.compile(r"\b(?:tạm hoãn|hoãn|lùi|dời|tạm dừng|tạm ngưng)\s+(?:\S+\s+){0,3}?(?:giám sát|khảo sát|"
                      r"kiểm tra)\b|\b(?:giám sát|khảo sát|kiểm tra)\b[^.;]{0,60}\b(?:được|bị)\s+(?:tạm\s+)?"
                      r"(?:hoãn|lùi|dời)\b", re.IGNORECASE)
_UNITS_COUNTED = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát)\s+(?:(?:đối với|tại|ở)\s+)?\d+\s+"
                            r"(?:cơ quan|đơn vị|sở|địa phương)\b(?:,?\s+(?:cơ quan|đơn vị|sở|ngành))*\s*(?P<after>.?)",
                            re.IGNORECASE)
"""A count of units overseen; what follows tells a round-up (", trong đó", ", gồm 6 sở") from a visit (": A, B")."""
_YEAR_SCOPE = re.compile(r"\bnăm\s+\d{4}\b", re.IGNORECASE)
_TEAM_DID = re.compile(r"\b(?:Đoàn|Tổ)\b[^.;]{0,120}\bđã\s+(?:\S+\s+){0,2}?(?:làm việc|kiểm tra|giám sát|khảo sát)\b")
_DAYS = re.compile(r"\b(?:ngày|sáng|chiều)\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+tháng\s+\d{1,2})", re.IGNORECASE)
_TEAM_STARTS = re.compile(r",\s+(?=(?:Đoàn|đoàn|Tổ)\s)")
_HOST_DOES = re.compile(r"(?:^|[,:]\s*)(?:huyện|xã|phường|quận|thị xã|thị trấn)\s+(?:đã|cũng|đều)\b|"
                        r"\b(?:đoàn|các đoàn)\s+(?:kiểm tra\s+)?của\s+(?:huyện|xã|phường|quận|thị xã)\b|"
                        r"(?:^|[,:]\s*)(?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân)\s+(?:huyện|xã|phường|quận|thị xã)\s+"
                        r"(?:đã|cũng|đều)\b")


def occasion_reason(article: Article) -> Reason | None:
    """A tribute trip, oversight put off, or a year's inspections of many units summed up; else None."""
    titled = [article.title] if article.title else []
    head = " ".join(titled + [s.text for s in article.sentences[:2]])
    if _TRIBUTE.search(head) and not _OVERSIGHT.search(head):
        return reason("nonvisit.tribute")
    if _PUT_OFF.search(" ".join(titled + [s.text for s in article.sentences[:3]])):
        return reason("nonvisit.postponed")
    lead = " ".join(titled + [s.text for s in article.sentences[:1]])
    counted = _UNITS_COUNTED.search(lead)
    if counted and counted["after"] != ":" and _YEAR_SCOPE.search(lead) and find_visit_day(article) is None:
        return reason("nonvisit.round_up")  # no unit named, no day: the year's inspections, counted by kind
    return None


def team_works_under_the_decision(article: Article) -> bool:
    """Whether, after a lead about the decision or plan, an opening sentence has the team at work on its days."""
    return any(_TEAM_DID.search(s.text) and _DAYS.search(s.text) for s in article.sentences[:4])


def the_teams_own_clause(clause: str) -> str:
    """From the last ", Đoàn ..." on: "triển khai Quyết định ... ban hành kế hoạch ..., Đoàn kiểm tra ... đã làm việc
    tại": the decision is the warrant clause, the team's work is the sentence's own."""
    starts = [m.end() for m in _TEAM_STARTS.finditer(clause)]
    return clause[starts[-1]:] if starts else clause


def hosts_own_inspections(text: str, article: Article) -> bool:
    """Whether `text` counts the host's own inspections ("đoàn của huyện đã kiểm tra được 6 xã") after an opening
    in which a team visits that host."""
    if not _HOST_DOES.search(text) or not article.sentences or text == article.sentences[0].text:
        return False
    from .visit_evidence import visit_evidence  # noqa: PLC0415 (visit_evidence calls this module)

    return visit_evidence(article, 1) is not None
