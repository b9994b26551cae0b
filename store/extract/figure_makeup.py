"""Shares that describe who lives in a place, and ranges of shares: context, no result of the work.

A report on communes in the uplands opens with who they are: "Hai xã có tỷ lệ đồng bào dân tộc thiểu số trên
92%", "người dân tộc thiểu số chiếm 85% dân số", "3.100 hộ dân, trong đó 28% là đồng bào dân tộc thiểu số".
That is the place's make-up, as its population is (`figure_numbers._NOT_BEFORE`, `_POPULATION_PART`), and no result
a visit found. A range of shares ("giảm từ 3-4%/năm",
"đạt 95 – 98%") is no single value either: read as a figure it kept only its upper bound.
"""

from __future__ import annotations

import re

_MAKE_UP_BEFORE = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ)\s+(?:(?:đồng bào|người|hộ|dân cư)\s+)?(?:là\s+)?(?:đồng bào\s+)?dân tộc(?:\s+thiểu số)?"
    r"(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,2}\s+(?:là\s+|chiếm\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+)*$"
    r"|\b(?:đồng bào|người)\s+dân tộc(?:\s+thiểu số)?(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,2}\s+chiếm\s+"
    r"(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$",
    re.IGNORECASE)
"""Before a share: the ethnic minorities' share of the people ("tỷ lệ đồng bào dân tộc thiểu số trên", "người dân tộc
Khmer chiếm"), a place's make-up."""
_MAKE_UP_AFTER = re.compile(r"\s*%\s*(?:(?:số\s+)?(?:hộ|dân số|dân cư)\s+)?là\s+(?:đồng bào|người)"
                            r"(?:\s+(?:là\s+)?người)?\s+dân tộc\b", re.IGNORECASE)
"""After a share: who the people are ("trong đó 28% là đồng bào dân tộc thiểu số"), the make-up told the other way
round."""
_RANGE_AROUND = re.compile(r"\d\s*[-–]\s*$")
"""Before the number: another one and a dash, "3-4%": the number ends a range."""
_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d+(?:,\d+)?\s*%")
"""After the number: a dash and another share, "3-4%": the number opens a range."""


def share_is_context(text: str, start: int, end: int) -> bool:
    """Whether the share written at `text[start:end]` (a number before "%") is a place's make-up or a bound of a
    range of shares, not a figure."""
    if _MAKE_UP_BEFORE.search(text[max(0, start - 90):start]) or _MAKE_UP_AFTER.match(text, end):
        return True
    return bool(_RANGE_AROUND.search(text[max(0, start - 4):start]) or _RANGE_AFTER.match(text, end))
