"""The commune whose hall a Front's opinion poll is held in: "tại hội trường UBND xã A, Ủy ban MTTQ Việt Nam tỉnh B tổ
chức điều tra dư luận xã hội ...", "tại nhà văn hóa ấp C, xã D, Ban Thường trực Ủy ban MTTQ huyện E tổ chức lấy ý
kiến ...".

Such a session is a visit by the conventions (`visit_front_polls`); its place is the unit whose hall or hamlet house
it is held in, not the district or province of the Front that holds it, which the sentence names too (and which
was listed instead when the two were named as often).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .visit_front_polls import front_poll

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["poll_hall_unit"]

_HALL_BEFORE = re.compile(
    r"\btại\s+(?:hội trường|trụ sở|văn phòng|nhà văn hóa|nhà văn hoá|nhà sinh hoạt cộng đồng)\s+"
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ|HĐND)\s+)?"
    r"(?:(?:ấp|thôn|khóm|bản|khu phố|tổ dân phố)\s+[^,.;()]{1,30},\s*)?$", re.IGNORECASE)
"""Just before the unit: the hall ("tại hội trường UBND "), or a hamlet's house and the hamlet ("tại nhà văn hóa ấp
Phước Định, ")."""


def poll_hall_unit(mention: Mention, text: str) -> bool:
    """Whether `mention` is the unit whose hall a Front's opinion poll, told in the sentence `text`, is held in."""
    before = text[max(0, mention.start - 80):mention.start]
    return mention.level in ("xã", "phường") and bool(_HALL_BEFORE.search(before)) and front_poll(text)
