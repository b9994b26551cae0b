"""Visits told without the familiar "<body> giám sát/kiểm tra tại <place>" opening, and what is still no visit.

`visit_kind` takes an article as a visit report when an opening sentence has a body doing a visit verb. Real
reports often open otherwise, and were then flagged as features; each shape below is positive evidence of a visit:

- an excerpt that starts mid-article, with the team hearing its hosts at their place ("Tại các chốt ..., Đoàn đã
  được nghe cán bộ, chiến sĩ báo cáo ..."): hearing a unit's report where it works is oversight, gifts or not;
- a force sent somewhere to check ("đã huy động ... tập trung tại 3 xã A, B và C để kiểm tra"): "để" there says
  why the force went, and the going is told as done, so the check is no purpose still to come;
- a team that comes to appraise ("đến thăm và thẩm định các dự án vay vốn"), as a bank's or a union's does.

And the other way round, what reads as a round-up of many visits and is not, or is:

- one visit placed in a sequence ("Đây là địa phương đầu tiên Quốc hội giám sát, sau khi đã làm việc với 8 bộ ngành
  ... trong thời gian qua", "là địa phương thứ 3 ... làm việc trong năm"): the earlier work dates this one, it
  does not sum many up;
- a body's months summed up ("trong 7 tháng đầu năm 2019, Ủy ban Kiểm tra Huyện ủy ... kiểm tra ..."), or its years
  ("Giai đoạn 2017 - 2022, Ủy ban MTTQ huyện ..."): a period's work counted, no one visit; so is oversight counted
  with a qualifier after the verb ("đã giám sát hơn 60 cuộc", "khảo sát trên 20 lượt").
"""

from __future__ import annotations

import re

__all__ = ["team_heard_its_hosts", "HEARD_A_REPORT", "sent_to_check", "came_to_appraise", "placed_in_a_sequence",
           "period_round_up"]

HEARD_A_REPORT = re.compile(
    r"\b[Đđ]oàn\b(?:\s+(?:công tác|giám sát|khảo sát|kiểm tra))?\s+(?:đã\s+)?(?:được\s+)?(?:nghe|lắng nghe)\s+"
    r"[^.;]{0,160}?\bbáo cáo\b")
"""The team hears its hosts' report ("Đoàn đã được nghe cán bộ, chiến sĩ tại các điểm chốt báo cáo")."""
_AT_A_PLACE = re.compile(r"(?:^|[.!?]\s+)\W*(?:Tại|Ở|Đến)\s+[^,;]{3,160},|\btại\s+(?:các\s+)?[^,;.]{2,80}\b",
                         re.IGNORECASE)
"""Where it hears them: a sentence opening on the place ("Tại các chốt chống dịch dọc theo tuyến biên giới X,")."""
_WENT = re.compile(
    r"\b(?:đã|vừa)\s+(?:\S+\s+){0,3}?(?:(?:huy động|điều động|cử|tập trung|có mặt|đến|xuống|ra quân)\b[^.;]*?"
    r"\b(?:tại|ở|đến|xuống)|đến|tới|xuống)\s+[^.;]{2,240}?\s+để\s+$", re.IGNORECASE)
"""A force told as sent and at a place, then "để" before the visit verb: why it went there, not a plan; so does a
leader who went ("đã trực tiếp đến A và B để kiểm tra")."""
_FORCE = re.compile(r"\b(?:Thanh tra|Đội|Chi cục|Cục|Công an|Sở|Phòng|Ban|Bộ đội|Ủy ban|UBND)\s+"
                    r"(?:[A-ZĐ]|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)|"
                    r"\b(?:lực lượng|đội|tổ|đoàn)\s+(?:thanh tra|kiểm tra|liên ngành|chức năng|quản lý)\b")
"""Who sends a force to check: an inspectorate, a market-control team, the police, an office."""
_APPRAISE = re.compile(r"\b(?:đến|về|xuống)\s+(?:thăm\s+và\s+|thăm,\s+)?thẩm định\b(?!\s+(?:hồ sơ|văn bản)\s+(?:tại|ở)"
                       r"\s+(?:trụ sở|văn phòng))", re.IGNORECASE)
"""A team coming to appraise on site ("đến thăm và thẩm định các dự án", "về thẩm định thực tế")."""
_SEQUENCE = re.compile(
    r"\blà\s+(?:\S+\s+){0,2}?(?:địa phương|đơn vị|tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+"
    r"(?:đầu tiên|thứ\s+(?:\d{1,2}|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\b", re.IGNORECASE)
"""This visit's place in a sequence ("là địa phương đầu tiên ...", "là địa phương thứ 3 ...")."""
_PERIOD = re.compile(r"\b(?:trong|từ đầu năm đến nay,?|qua)\s+(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm\b|"
                     r"(?:^|[.!?]\s+)\W*(?:\d{1,2}|Sáu|Chín)\s+tháng\s+(?:đầu|cuối)\s+năm\b", re.IGNORECASE)
"""A period of months ("trong 7 tháng đầu năm 2019", "Sáu tháng đầu năm 2015, ...")."""
_YEARS = re.compile(r"(?:^|[.!?,]\s+)\W*(?:trong\s+)?(?:giai\s+đoạn|nhiệm\s+kỳ)\s+\d{4}\s*[-–]\s*\d{4}\s*,",
                    re.IGNORECASE)
"""A span of years opening a clause ("Giai đoạn 2017 - 2022, ...", "..., nhiệm kỳ 2016 - 2021, ...")."""
_COUNTED = re.compile(r"\b(?:giám\s+sát|khảo\s+sát|kiểm\s+tra)\s+(?:được\s+)?(?:hơn|trên|gần|khoảng)\s+\d[\d.]*\s+"
                      r"(?:cuộc|đợt|lượt|chuyên\s+đề)\b", re.IGNORECASE)
"""Oversight counted with a qualifier after the verb ("đã giám sát hơn 60 cuộc"): many visits summed up."""
_BODY_AT_WORK = re.compile(r"\b(?:(?:Ủy|Uỷ)\s+ban\s+[Kk]iểm\s+tra|Đoàn|HĐND|Hội đồng nhân dân|Thường trực|Ban|"
                           r"MTTQ|Mặt trận|Thanh tra|Hội)\b[^.;]{0,160}?\b(?:kiểm tra|giám sát|khảo sát|tiếp)\b")
"""An overseeing body and its work in the same sentence: the months are its own, summed up."""


def team_heard_its_hosts(text: str) -> bool:
    """The team hears a report where its hosts work ("Tại ..., Đoàn đã được nghe ... báo cáo")."""
    heard = HEARD_A_REPORT.search(text)
    return bool(heard and _AT_A_PLACE.search(text))


def sent_to_check(before: str, force: bool = False) -> bool:
    """`before` (the text up to a visit verb) ends in a force sent to a place "để": the check is made there; with
    `force`, only when an inspecting force or agency sends it (not every sender is a delegation's body)."""
    went = _WENT.search(before[-400:])
    return bool(went) and (not force or bool(_FORCE.search(before)))


def came_to_appraise(text: str) -> bool:
    """A team comes to appraise on site."""
    return bool(_APPRAISE.search(text))


def placed_in_a_sequence(text: str) -> bool:
    """The sentence places the visit in a sequence of the body's visits: its round-up words date this one."""
    return bool(_SEQUENCE.search(text))


def period_round_up(text: str) -> str | None:
    """The words of a body's months or years summed up ("trong 7 tháng đầu năm"), or of its oversight counted ("giám
    sát hơn 60 cuộc"), or None."""
    period = _PERIOD.search(text) or _YEARS.search(text)
    if period and _BODY_AT_WORK.search(text[period.start():]):
        return period[0]
    return counted[0] if (counted := _COUNTED.search(text)) else None
