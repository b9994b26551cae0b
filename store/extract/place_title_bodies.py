"""A headline's overseeing body of a province, when nothing else places the visit: "HĐND tỉnh A giám sát bệnh viện".

A teaser page or a page of captions may keep no sentence that names a unit: only the headline says which body went
("HĐND tỉnh Bình Dương giám sát bệnh viện công bỏ không"). A province's body that oversees, surveys or inspects
works in its province; by the house rule a province-level visit lists the province. Taken only when no other unit was
found visited (the last of `place_choice`'s fall-backs), and never when the headline places the visit elsewhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .place_venues import province_level

if TYPE_CHECKING:
    from .place_mentions import Mention

_BODY = re.compile(r"(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội|"
                   r"MTTQ|Ủy ban MTTQ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\s+(?:tỉnh|thành phố|TP\.?)?\s*$",
                   re.IGNORECASE)
_ACTS = re.compile(r"^\s*(?:[^.;:]{0,30}?\s)?(?:giám sát|khảo sát|kiểm tra)\b(?![^.;:]*\b(?:tại|ở)\s)", re.IGNORECASE)


def title_body_province(ordered: list[Mention], title: str) -> Mention | None:
    """The headline's province whose body oversees, surveys or inspects, with no other place in the headline."""
    for mention in ordered:
        if not mention.in_title or mention.resolution is None or not province_level(mention):
            continue
        if _BODY.search(title[:mention.start]) and _ACTS.match(title[mention.end:]):
            return mention
    return None
