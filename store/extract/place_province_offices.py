"""A province worked with through its own agency, listed beside the wards the same trip stops at.

A visited province is no locality of its own when a lower unit is visited too (`place_choice`: "tại TP Huế, phường
A" lists the ward): the province there only says where the ward is. A trip that works with a province's own agency
is another matter: "Thứ trưởng ... đã làm việc với Công an TP HCM ..., kiểm tra thực tế tại Công an phường A" holds
a province-level session and a ward's stop, and a province-level visit lists the province (the settled convention),
so both are listed when the session is told in a sentence of its own (a sentence that lists the agency with the
units, "làm việc với Sở Nội vụ tỉnh X, huyện A và huyện B", lists the units worked with). Only a session with the agency says so ("làm việc với", "làm việc tại trụ sở"); a province
named as the place of a ward, or as the body's own ("Đoàn ĐBQH tỉnh X"), is none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .place_agencies import AGENCY_INITIALS
from .place_venues import province_level

if TYPE_CHECKING:
    from .place_mentions import Mention

_SESSION_WITH = re.compile(
    r"\blàm\s+việc\s+(?:với|tại)\s+(?:trụ\s+sở\s+)?(?:lãnh\s+đạo\s+|đại\s+diện\s+)?"
    r"(?:Công\s+an|Sở\s+[^.;:,]{2,40}?|Cục\s+[^.;:,]{2,30}?|Bộ\s+Chỉ\s+huy\s+[^.;:,]{2,30}?|Kho\s+bạc\s+Nhà\s+nước|"
    r"Bảo\s+hiểm\s+[Xx]ã\s+hội|" + AGENCY_INITIALS + r")\s+$")
"""The agency the team sits with, right before the province's name: "làm việc với Công an TP HCM", "làm việc tại trụ
sở Sở Y tế Hà Nội", "làm việc với BHXH tỉnh X"."""


def agency_session_province(mention: Mention) -> bool:
    """Whether `mention` is a province (or a city that is one) whose own agency the team holds a session with."""
    if not province_level(mention) or mention.sentence is None:
        return False
    text = mention.sentence.text
    before = text[max(0, mention.start - 120):mention.start]
    before = re.sub(r"(?:tỉnh|thành\s+phố|TP\.?)\s*$", "", before, flags=re.IGNORECASE)
    return _SESSION_WITH.search(before) is not None
