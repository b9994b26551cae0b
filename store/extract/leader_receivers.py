"""People listed on the receiving side of a visit: "Về phía huyện X, có các đồng chí: Y - Chủ tịch UBND huyện, ...".

Reports of visits to a district often list who received the team by the place they speak for, the locality first:
"Về phía tỉnh Nghệ An, có các đồng chí: ...", "Huyện Chiêm Hoá có đồng chí Y, Chủ tịch UBND huyện, Tổ trưởng Tổ
công tác ...". Those people host the visit, whatever their offices say: a district chairman who heads the district's
own working group ("Tổ trưởng"), or a province's party secretary who heads its Assembly deputies ("Trưởng Đoàn
Quốc hội tỉnh"), is not the visiting team's head. The side is a locality (a level word and its name, "địa phương");
the team's own side ("Về phía đoàn giám sát có ...") or a council's ("Về phía HĐND tỉnh") is not read as one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people import PersonMention

__all__ = ["on_receiving_side"]

_LEVEL = r"(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn)"
_SIDE = re.compile(
    r"(?:^|[.;]\s*)\W*(?:về\s+)?phía\s+(?P<unit>(?:" + _LEVEL + r"\s+[A-ZĐÀ-Ỹ][^,.;:]{0,40}?|" + _LEVEL +
    r"|địa phương|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+[^,.;:]{1,40}?))\s*,?\s*(?:có|gồm)\s+"
    r"(?:các\s+)?(?:(?:đồng chí|ông|bà|đ/c)\s*)?:?\s*[^.]*$"
    r"|^\W*(?P<named>" + _LEVEL + r"\s+[A-ZĐÀ-Ỹ][^,.;:]{0,40}?)\s*,?\s+có(?:\s+các)?(?:\s+(?:đồng chí|ông|bà|đ/c))?"
    r"\s*:?\s*(?:$|[^.]*[,;]\s*(?:(?:đồng chí|ông|bà|đ/c)\s*)?$)",
    re.IGNORECASE)


def on_receiving_side(mention: PersonMention) -> bool:
    """Whether `mention` is listed after a locality's side ("Về phía huyện X, có các đồng chí: ..."), so a host."""
    m = _SIDE.search(mention.before)
    if m is None:
        return False
    unit = m["unit"] or m["named"] or ""
    return not re.search(r"\b(?:đoàn|HĐND|Hội đồng|Quốc hội|Ban)\b", unit, re.IGNORECASE)
