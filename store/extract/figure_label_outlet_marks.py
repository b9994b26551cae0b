"""An outlet's mark between a headline and its lead is no word of a count's label.

Some pages print the headline, the outlet's mark and the lead on one line: "HĐND xã Hòa Phú thông qua 6 nghị quyết
ĐNO - Sáng 28/8, HĐND xã ..." (t2845). A count at the headline's end then read the mark as a word of what it counts
("Nghị quyết ĐNO", "Người cao tuổi QNO được khám sàng lọc"). A mark is a word of two to five capitals right before a
dash whose next words open a dated lead ("Sáng 28/8", "Chiều 17/10/2025", "Ngày 5/3"); an acronym of a kind of
thing ("thẻ BHYT", "hồ sơ TTHC") is kept, from a closed list, since a headline may end on one too.
"""

from __future__ import annotations

import re

__all__ = ["without_outlet_mark"]

_KINDS = {"BHYT", "BHXH", "BHTN", "TTHC", "CCCD", "CMND", "DVC", "DVCTT", "HTX", "CNTT", "OCOP", "ĐBQH", "HĐND",
          "UBND", "MTTQ", "THCS", "THPT", "CBCC", "GCN", "QSDĐ", "KCN", "CCN"}
"""Acronyms of kinds the pages count or name, never an outlet's mark."""
_MARK = re.compile(r"^(\s*(?:[^\s\-–—]+\s+)*?)([A-ZĐ]{2,5})(?=\s+[-–—]\s+(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:nay\s+|"
                   r"qua\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2})")


def without_outlet_mark(rest: str) -> str:
    """`rest` (the words after a count) without an outlet's mark before a dated lead; else `rest` as it is."""
    mark = _MARK.match(rest)
    if mark is None or mark[2] in _KINDS:
        return rest
    return rest[:mark.start(2)].rstrip() + rest[mark.end(2):]
