"""A lower Front or council checked by the team: "kiểm tra ... đối với UBND và Ủy ban MTTQ các phường: A, B".

A unit named right after a council or a Front ("Ủy ban MTTQ xã A") is usually the checking body's own unit, never a
place visited (`place_cues._BODY_BEFORE`). When a higher Front's or council's team checks or oversees the commune's
Front or council itself — the body stands right after "đối với" or "tại", alone or after the commune's People's
Committee or Party committee ("đối với UBND và Ủy ban MTTQ Việt Nam các phường: A, B", "giám sát tại Ủy ban MTTQ xã
A") — the body is what the team went to see, and its unit is visited, as after "tại UBND xã A". Districts' Fronts
check their wards' funds this way. The body named as a partner ("phối hợp với Ủy ban MTTQ xã A") or as the one
that checks ("Ủy ban MTTQ xã A kiểm tra ...") keeps the old reading.

So is a lower Front the team hears report ("Đoàn đã nghe Ủy ban MTTQ huyện và Ủy ban MTTQ xã A, B báo cáo ..."), as
the People's Committees heard reporting are (`place_cues._HOSTS_REPORT`): its commune hosts the team. A Front's chair
who only attends ("Dự buổi kiểm tra có Chủ tịch Ủy ban MTTQ xã A") names no place.
"""

from __future__ import annotations

import re

_FRONT = (r"(?:(?:(?:Ban\s+)?Thường\s+trực\s+)?(?:(?:Ủy|Uỷ)\s+ban\s+|UB)?"
          r"(?:MTTQ(?:VN)?|Mặt\s+trận\s+Tổ\s+quốc)(?:\s+Việt\s+Nam)?|"
          r"(?:Thường\s+trực\s+)?(?:HĐND|Hội\s+đồng\s+nhân\s+dân))")
_COMMITTEE = r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Đảng\s+ủy|Đảng\s+uỷ)"

# The checking verb earlier in the clause, then "đối với"/"tại" and the body, with the commune's other bodies first.
_CHECKED_FRONT = re.compile(
    r"\b(?:giám\s+sát|kiểm\s+tra|khảo\s+sát)\b[^.;]{0,160}?\b(?:đối\s+với|tại)\s+"
    r"(?:" + _COMMITTEE + r"\s*(?:,|và)\s*)*" + _FRONT + r"\s+(?:(?:các|hai|ba|bốn|\d{1,2})\s+)?$",
    re.IGNORECASE)

# The team hears the body, perhaps after another ("nghe Ủy ban MTTQ huyện và Ủy ban MTTQ xã A, B"); what it reports
# after the list is checked by `place_cues.reports_after`.
_HEARD_FRONT = re.compile(
    r"\bnghe\s+(?:[^.;:]{0,60}?\s+(?:và|,)\s*)?" + _FRONT + r"\s+(?:(?:các|hai|ba|bốn|\d{1,2})\s+)?$",
    re.IGNORECASE)


def front_checked(before: str) -> bool:
    """`before` (the text before a unit's name, level word removed) ends with a Front or council the team checks."""
    return _CHECKED_FRONT.search(before) is not None


def front_heard(before: str) -> bool:
    """`before` ends with a Front or council the team hears; the caller asks whether the units then report."""
    return _HEARD_FRONT.search(before) is not None
