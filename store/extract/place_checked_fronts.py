"""A lower Front or council checked by the team: "kiểm tra ... đối với UBND và Ủy ban MTTQ các phường: A, B".

A unit named right after a council or a Front ("Ủy ban MTTQ xã A") is usually the checking body's own unit, never a
place visited (`place_cues._BODY_BEFORE`). When a higher Front's or council's team checks or oversees the commune's
Front or council itself — the body stands right after "đối với" or "tại", alone or after the commune's People's
Committee or Party committee ("đối với UBND và Ủy ban MTTQ Việt Nam các phường: A, B", "giám sát tại Ủy ban MTTQ xã
A") — the body is what the team went to see, and its unit is visited, as after "tại UBND xã A". Districts' Fronts
check their wards' funds this way. The body named as a partner ("phối hợp với Ủy ban MTTQ xã A") or as the one
that checks ("Ủy ban MTTQ xã A kiểm tra ...") keeps the old reading.
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


def front_checked(before: str) -> bool:
    """`before` (the text before a unit's name, level word removed) ends with a Front or council the team checks."""
    return _CHECKED_FRONT.search(before) is not None
