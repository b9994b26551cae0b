"""A few tasks counted and then named one by one: "hoàn thành 2 nhiệm vụ quan trọng được giao là A; B".

The count says how many items the sentence is about to name, as "02 đối tượng (người có công và bảo trợ xã hội)"
does for kinds (`figure_shapes.kinds_counted`): the names are the news, the count only announces them. A count of
tasks with parts or a share ("102 nhiệm vụ, đã hoàn thành 37") names none of them and stays a figure, so the rule
asks that exactly as many items follow "là", "gồm" or a colon as the count says.
"""

from __future__ import annotations

import re

__all__ = ["items_named_after"]

_ITEM_UNITS = ("nhiệm vụ", "nội dung", "giải pháp", "nhóm giải pháp", "khâu", "việc", "mục tiêu", "đột phá",
               "lĩnh vực", "chương trình", "dự án")
_NAMES_OPEN = re.compile(r"[^.;:()\d]{0,60}?(?:\s(?:là|gồm|bao gồm)\s|:\s*)", re.IGNORECASE)
"""After the unit, a few words of what the tasks are ("quan trọng được Chính phủ giao") and the word that opens their
names."""


def items_named_after(text: str, value: float | int, unit: str, end: int) -> bool:
    """Whether the count ending at `end` (its unit included) is followed by exactly `value` names of its items."""
    if unit not in _ITEM_UNITS or not 1 < value <= 6 or value != int(value):
        return False
    opened = _NAMES_OPEN.match(text, end)
    if opened is None:
        return False
    names = text[opened.end():].rstrip(" .…")
    items = names.split(";") if ";" in names else re.split(r",|\s+và\s+", names)
    return len([i for i in items if i.strip()]) == value
