"""Communes grouped by how many criteria they meet: the criteria number names the group, it is no result.

A district's status line sorts its communes by the number of rural-development criteria each has met: "2 xã đạt 19
tiêu chí (A, B); 1 xã đạt 18 tiêu chí (C); 6 xã đạt 12 tiêu chí ...". Each "đạt N tiêu chí" there is the heading of
a row of a table told in words, so N is a level shared by the communes before it, not a count the visit reports. One
place's own result ("xã đã đạt 16 tiêu chí", "đạt 17/19 tiêu chí") has no count of communes right before "đạt" and
stays a figure (`figure_numbers` keeps it through `_CRITERIA_MET`).
"""

from __future__ import annotations

import re

__all__ = ["criteria_group"]

_GROUP_BEFORE = re.compile(
    r"\b\d{1,3}\s+(?:xã|phường|thị trấn|đơn vị|huyện|thôn|ấp|bản|khu dân cư)\s+(?:đã\s+|mới\s+|chỉ\s+)?"
    r"đạt\s+(?:(?:từ|trên|dưới|được)\s+)?$", re.IGNORECASE)


def criteria_group(text: str, start: int, unit: str) -> bool:
    """Whether the criteria count at `start` heads a group of communes counted right before it."""
    return unit == "tiêu chí" and bool(_GROUP_BEFORE.search(text, max(0, start - 40), start))
