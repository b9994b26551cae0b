"""The run-up to a start still to come: "khi chuyển sang mô hình chính quyền địa phương 2 cấp", "để xã, phường mới đi
vào hoạt động chính thức từ ngày 1-7-2025".

Two-tier local government began on 1 July 2025, so a report that names it usually dates its visit on or after that
day (`year_bounds`). In the weeks before, leaders went to see whether the new communes' offices were ready, and those
reports name the same government as what is coming ("tiến tới thực hiện", "khi chuyển sang", "chuẩn bị") and its
first day as a start ahead ("để ... đi vào hoạt động từ ngày 1-7-2025"). Such a mention dates nothing from below; the
start ahead bounds the visit from above, as a day planned ahead does ("dự kiến ... từ ngày").
"""

from __future__ import annotations

import re

__all__ = ["reform_ahead", "start_ahead"]

_REFORM_AHEAD = re.compile(r"\b(?:(?<!tu )(?<!sau )khi chuyen sang|tien toi|(?<!da )chuan bi(?: cho)?|san sang|"
                           r"sap (?:toi|chuyen|van hanh))\b[^.;]{0,80}?"
                           r"\b(?:chinh quyen (?:dia phuong )?(?:2|hai) cap|mo hinh (?:chinh quyen )?moi)")
"""In a folded sentence, the two-tier government as the thing being moved to or prepared for. Not "từ khi / sau khi
chuyển sang" (since it began), "đã chuẩn bị" (told after), "trước khi" (often how things were before it, told after
it), nor "sắp xếp" (folded "sap xep": the merger itself, no "sắp")."""
_START_AHEAD = re.compile(r"\b(?:để|chuẩn bị|sẵn sàng|kịp)\b[^.;]{0,80}?\b(?:đi vào hoạt động|vận hành|hoạt động)"
                          r"(?:\s+chính thức)?\s+(?:từ|vào)\s+(?:ngày\s+)?$", re.IGNORECASE)
"""Before a dated day, a start the work is for: "đáp ứng điều kiện để xã, phường mới đi vào hoạt động chính thức từ
ngày"."""


def reform_ahead(folded: str) -> bool:
    """Whether a folded sentence names two-tier government as still to come."""
    return _REFORM_AHEAD.search(folded) is not None


def start_ahead(before: str) -> bool:
    """Whether the text before a dated day makes it a start still ahead of the writing."""
    return _START_AHEAD.search(before) is not None
