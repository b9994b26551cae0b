"""A ward that opens the lead as its subject, where only a province was found visited.

"Sáng 24/11, UBND phường A tổ chức tiếp nhận hồ sơ ... tại Trung tâm Phục vụ hành chính công tỉnh. Các đồng chí ...,
Chủ tịch HĐND phường; ... đã đến kiểm tra ...": the ward's own leaders check its own desk, which works at the
province's centre; the province is named as the centre's seat and its address, never as a place overseen. The ward
is the one the visit is about (a chairman checking his own ward's desk is a visit), so when every visited unit is a
province the ward that opens the lead's clause is chosen instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

_SUBJECT = re.compile(r"^\W*(?:(?:sáng|chiều|tối|trưa|ngày)(?:\s+ngày)?\s+\d{1,2}\s*[/.-]\s*\d{1,2}"
                      r"(?:\s*[/.-]\s*\d{4})?\s*,\s*)?(?:UBND|(?:Ủy|Uỷ) ban nhân dân|Đảng ủy|Đảng uỷ|HĐND)?\s*$",
                      re.IGNORECASE)


def ward_opening_the_lead(mentions: list[Mention]) -> Mention | None:
    """The ward or commune that opens the first sentence as its subject ("Sáng 24/11, UBND phường A ..."), or None."""
    for mention in mentions:
        if mention.in_title or mention.sentence is None or mention.sentence.index != 0 or mention.resolution is None:
            continue
        if mention.level in ("phường", "xã") and mention.resolution.ward is not None and \
                _SUBJECT.match(mention.sentence.text[:mention.start]):
            return mention
    return None
