"""The communes and wards of a spot-check round listed unit by unit after a colon.

"Tổ kiểm tra công vụ của tỉnh đã kiểm tra: Sở A; Phòng Nội vụ huyện B; UBND xã C; Bộ phận Một cửa xã D; Trạm Y tế xã
E": one round by one team (`visit_schedules.units_listed_one_by_one`), each item a unit it went to. The list has no
count before its colon ("kiểm tra 5 đơn vị: ..." is `place_cues._LISTED_IN`'s), and it runs long, so the verb may
stand far before a later item. A commune or ward is visited when its own office opens its item; a district's office
("Phòng Nội vụ huyện B") and a department are no ward-level locality, and a unit that only places another ("Trạm Y tế
xã E, huyện F": the district) is left to the qualifier rules.

So are the communes whose sites a team checked, named after what the sites are: "khảo sát thực tế 8 cơ sở gồm: 4 nhà
văn hóa và 4 văn phòng thôn của các xã A, B, C và D" (the first of the list here; the rest follow it as a list).
"""

from __future__ import annotations

import re

from .place_mentions import Mention

_CHECKED_COLON = re.compile(r"\b(?:đã|tiến hành)\s+(?:\S+\s+){0,2}?(?:kiểm tra|giám sát|khảo sát)"
                            r"(?:\s+(?:đột xuất|tại|các|đơn vị|cơ quan)){0,3}\s*:\s*[^.:]*$", re.IGNORECASE)
_OFFICE_OPENS_ITEM = re.compile(r"(?:^|[;:])\s*(?:\d+\s+)?(?:UBND|(?:Ủy|Uỷ) ban nhân dân|Công an|Trạm Y tế|"
                                r"Bộ phận [^;:,]{0,40}?|Trung tâm [^;:,]{0,50}?)\s+$", re.IGNORECASE)
_WARD_LEVELS = ("xã", "phường", "thị trấn")


def listed_checked_unit(mention: Mention) -> bool:
    """The commune or ward opens an item, after its office, of a list after "đã kiểm tra:"."""
    if mention.sentence is None or mention.level not in _WARD_LEVELS:
        return False
    before = mention.sentence.text[:mention.start]
    return bool(_OFFICE_OPENS_ITEM.search(before)) and bool(_CHECKED_COLON.search(before))


_SITES_LISTED_OF = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát)\s+(?:thực tế\s+|thực địa\s+)?(?:tại\s+)?\d{1,3}\s+"
                              r"(?:cơ sở|điểm|công trình|địa điểm|đơn vị)\s+(?:bao\s+)?gồm\s*:?[^.;]{0,200}?"
                              r"\s(?:của|thuộc|tại|ở)\s+(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+$", re.IGNORECASE)


def sites_of_listed_units(mention: Mention, before: str) -> bool:
    """The commune opens the list of units whose sites were checked: "... gồm: ... của các xã A, B và C"."""
    return mention.level in _WARD_LEVELS and bool(_SITES_LISTED_OF.search(before))
