"""The communes of the polling areas a team checks: "giám sát ... tại khu vực bỏ phiếu số 4 xã A và khu vực bỏ phiếu
số 2 xã B".

Each polling area is written with its number and then its commune, with no "tại" or "xã" list word before the
commune, so the first commune was read (by the visit's "tại") and the next, after "và khu vực bỏ phiếu số 2", was
not; written "khu vực bỏ phiếu số 3, xã A", none was. A commune or ward written right after "khu vực bỏ phiếu (số N)
(,|thuộc|của|ở)" is one the team went to when the sentence's own visit verb stands before its first polling area
(and nothing to come, "sẽ|dự kiến", between): the areas are the places of the check. A polling area named by a
report ("Tổ bầu cử khu vực bỏ phiếu số 4 xã A báo cáo ...") has no visit verb before it and is not read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["poll_area_unit"]

_AREA_BEFORE = re.compile(r"khu\s+vực\s+bỏ\s+phiếu(?:\s+số\s+\d{1,3})?\s*(?:,\s*|\(\s*)?(?:(?:thuộc|của|ở|tại)\s+)?$",
                          re.IGNORECASE)
"""Just before the unit: the polling area and its number ("khu vực bỏ phiếu số 4 ", "khu vực bỏ phiếu số 3, ")."""
_FIRST_AREA = re.compile(r"(?:các\s+)?khu\s+vực\s+bỏ\s+phiếu", re.IGNORECASE)
_VISIT_VERB = re.compile(r"\b(?:giám\s+sát|kiểm\s+tra|khảo\s+sát|làm\s+việc|đến|thăm)\b", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:sẽ|dự\s+kiến|sắp(?!\s+xếp))\b", re.IGNORECASE)


def poll_area_unit(mention: Mention, text: str) -> bool:
    """Whether `mention` is the commune or ward of a polling area the team checks in its sentence `text`."""
    if mention.level not in ("xã", "phường", "thị trấn"):
        return False
    if not _AREA_BEFORE.search(text[max(0, mention.start - 40):mention.start]):
        return False
    first = _FIRST_AREA.search(text, 0, mention.start)
    if first is None:
        return False
    before = text[:first.start()]
    return bool(_VISIT_VERB.search(before)) and not _TO_COME.search(before)
