"""Units listed by how far they have got ("2 xã đạt 19 tiêu chí, gồm A, B; 1 xã đạt 18 tiêu chí (C)"): no visit.

A visit report often closes on where the district stands: its communes grouped by the criteria they meet, each
group a count, a status and the names. Those names are the district's record, not the places the team went to;
the first of them may be a commune visited (it is listed as visited for that), but the list is no list of stops,
so the next names do not follow it (`in_status_list`). And the count that opens the next group ("; 1 xã đạt ...")
is no commune named "1" (`drop_counted_items`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

_STATUS_LIST = re.compile(
    r"\b\d{1,3}\s+(?:xã|phường|thị trấn|đơn vị|địa phương)\b(?P<status>[^.;:()]{0,80}?)\s*"
    r"(?:,\s*)?(?:gồm|là|\()\s*:?\s*(?:[A-ZĐÀ-Ỹ][^.;:()]{0,30}?,\s*)*$", re.IGNORECASE)
_STATUS = re.compile(r"\b(?:đạt|hoàn thành|được công nhận|về đích|chưa đạt|còn)\b", re.IGNORECASE)
_VISIT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc|thăm|đến)\b", re.IGNORECASE)
_COUNTED = re.compile(r"\s+(?:xã|phường|thị trấn|huyện|quận|đơn vị|địa phương)\b", re.IGNORECASE)


def in_status_list(mention: Mention) -> bool:
    """Whether `mention` is named in a group of units listed by a status they reached, not by a visit."""
    if mention.sentence is None:
        return False
    found = _STATUS_LIST.search(mention.sentence.text, max(0, mention.start - 160), mention.start)
    return found is not None and bool(_STATUS.search(found["status"])) and not _VISIT.search(found["status"])


def drop_counted_items(mentions: list[Mention]) -> list[Mention]:
    """The mentions less the numbers read as units that are a count of the next group: "; 1 xã đạt ..."."""
    def counted(mention: Mention) -> bool:
        text = mention.sentence.text if mention.sentence else ""
        return mention.continuation and mention.base.isdigit() and bool(_COUNTED.match(text, mention.end))
    return [m for m in mentions if not counted(m)]
