"""A team's destination named through the body or centre of the unit: "Điểm đến tiếp theo của đoàn là UBND xã A",
"... là Trung tâm Phục vụ hành chính công phường B" (session 24).

The unit after "điểm đến ... là" is where the team went, its body or its service centre written before it as "tại UBND
xã A" would be; without this the body word reads as a council the text names ("của HĐND xã A") and the unit is not
visited. A destination still to come ("điểm đến tiếp theo sẽ là", "dự kiến là", "sắp tới ... là") is no visit.
"""

from __future__ import annotations

import re

__all__ = ["destination_named"]

_BODY = (r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Đảng ủy|Đảng uỷ|Công an|"
         r"Trung tâm [Pp]hục vụ [Hh]ành chính công|Bộ phận (?:một cửa|[Tt]iếp nhận và trả kết quả)|"
         r"(?:Trung tâm|Điểm)[^,.;]{0,40}?(?:một cửa|hành chính công))")
_DESTINATION = re.compile(
    r"\bđiểm đến(?:\s+(?:tiếp theo|kế tiếp|tiếp|cuối cùng|đầu tiên|thứ \w+))?"
    r"(?:\s+(?:của|trong)\s+[^,.;:!?]{0,60}?)?\s*(?:,\s*)?(?:là|chính là)\s+(?:(?:trụ sở|cơ quan)\s+)?"
    r"(?:" + _BODY + r"\s+)?(?:các\s+)?$", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|kế hoạch|ngày mai|tuần tới|tháng tới)\b", re.IGNORECASE)


def destination_named(before: str) -> bool:
    """The text just before a unit names it as where the team went: "điểm đến tiếp theo của đoàn là UBND xã " (and
    not one still to come: "điểm đến tiếp theo sẽ là ...")."""
    found = _DESTINATION.search(before)
    if found is None:
        return False
    lead_in = before[max(0, found.start() - 60):found.start()]
    lead_in = re.split(r"[.;!?]", lead_in)[-1]  # the sentence's own words before "điểm đến"
    return not _TO_COME.search(lead_in + found.group(0))
