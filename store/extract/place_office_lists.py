"""A unit named by its office in a list of the offices checked: "kiểm tra trực tiếp tại Đảng bộ Quân sự huyện, Đảng bộ
thị trấn Đu và Trường THPT X", "kiểm tra tại Công an các đơn vị, địa phương: Phòng A, Phòng B, Công an xã Y".

The cues of `place_choice` read the few words just before a unit; in a list of offices the cue ("kiểm tra ... tại")
stands before the first office, and a unit named with its office further on was read as named in passing. When the
whole stretch from the cue to the unit is one list (items joined by commas, a colon or "và", no full stop, no new
statement such as "báo cáo" or "đề nghị") and the unit's own office stands right before it, the unit is a place
checked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["office_listed"]

_LISTED_OFFICE = re.compile(
    r"\b(?:kiểm tra|giám sát|khảo sát|làm việc)\b[^.;]{0,100}?\b(?:tại|với)\s+"
    r"(?:(?!\b(?:qua|báo cáo|cho biết|đề nghị|ghi nhận|yêu cầu|nhằm|để)\b)[^.;]){0,320}?(?:,|:|\svà)\s+"
    r"(?:Đảng bộ|Đảng ủy|Đảng uỷ|Công an|Trạm [Yy] tế|Chi bộ|Ban Chỉ huy Quân sự)\s+$",
    re.IGNORECASE)


def office_listed(mention: Mention) -> bool:
    """`mention` is named with its office as an item of the list of offices a check went to."""
    if mention.sentence is None or mention.in_title:
        return False
    return _LISTED_OFFICE.search(mention.sentence.text[max(0, mention.start - 450):mention.start]) is not None
