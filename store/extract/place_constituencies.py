"""Units named as a deputies' constituency, then overseen as "the units above".

A district council's deputies go out in groups named by their constituency: "các đại biểu thuộc Tổ đại biểu đơn vị bầu
cử xã A, B, C tiến hành giám sát đối với UBND các xã nêu trên", "... Tổ đại biểu HĐND các xã D, E và thị trấn F ... giám
sát các địa phương còn lại". The list names the group, and the same sentence says that the group oversees those very
units: each of them is visited. A constituency named without such an "above" ("Tổ trưởng Tổ đại biểu đơn vị bầu cử xã
A làm trưởng đoàn") is only a title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["constituency_overseen"]

_NAMED_AS = re.compile(r"(?:đơn vị bầu cử|Tổ đại biểu(?:\s+(?:HĐND|Hội đồng nhân dân))?(?:\s+(?:huyện|tỉnh|thị xã|"
                       r"thành phố|quận))?)\s+(?:các\s+)?$", re.IGNORECASE)
_THE_UNITS_ABOVE = re.compile(
    r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b[^.;]{0,40}?\b(?:các|những)\s+"
    r"(?:xã|phường|thị trấn|đơn vị|địa phương)(?:\s*,\s*(?:phường|thị trấn|xã))?\s+(?:nêu trên|trên|này|còn lại)\b",
    re.IGNORECASE)


def constituency_overseen(mention: Mention) -> bool:
    """`mention` opens a constituency's list ("đơn vị bầu cử xã A, ...") that its sentence then oversees."""
    if mention.sentence is None or mention.continuation:
        return False
    text = mention.sentence.text
    if not _NAMED_AS.search(text[max(0, mention.start - 60):mention.start]):
        return False
    return _THE_UNITS_ABOVE.search(text, mention.end) is not None
