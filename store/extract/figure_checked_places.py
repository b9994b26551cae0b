"""Where the team looked, counted: homes taken as samples and polling places checked are no results.

A visit report says where the team went to see for itself: "khảo sát thực tế tại 1 hộ nghèo, 1 hộ cận nghèo và 1 hộ
vay vốn", "kiểm tra tại các xã A, B cùng 06 điểm bầu cử". Each count says how many homes or polling places the team
chose to look at; read as a figure it passes for a result of the place (a count of poor households, of its polling
places). The house convention counts units visited as no figures ("02 xã", "01 thôn"); these are the same, told with
the homes or polling places as the unit. A place's own count of polling places ("Xã có 14 khu vực bỏ phiếu",
"đã lập 612 khu vực bỏ phiếu") is a figure and stays: only a count after the team's visit verb is left out.
"""

from __future__ import annotations

import re

__all__ = ["checked_place_count"]

_POLLING_UNITS = ("điểm bầu cử", "điểm bỏ phiếu", "khu vực bỏ phiếu")
_SAMPLED_UNITS = _POLLING_UNITS + ("hộ", "hộ gia đình", "gia đình", "hộ dân", "nhà", "căn nhà", "điểm", "cơ sở",
                                   "trường", "thôn", "ấp", "bản", "khu", "công trình", "doanh nghiệp", "hợp tác xã",
                                   "khu vực", "tổ")
_LIST_BEFORE = re.compile(
    r"\b(?:khảo sát|kiểm tra|giám sát|đến thăm|thăm hỏi|thăm)\b[^.;:]{0,60}?\b(?:thực tế|trực tiếp|xác suất|"
    r"ngẫu nhiên)?\s*(?:tại|ở)\s+(?:(?:hơn|trên|gần)\s+)?(?:\d{1,2}\s+[^\d.;:,]{1,60}?(?:,|\s+và)\s+)*$",
    re.IGNORECASE)
"""The team's check at a list of small counts of homes: "khảo sát, nắm bắt thông tin thực tế tại 1 hộ nghèo, 1 hộ
cận nghèo, |1 hộ vay vốn"; each item is a count of one or two digits with its words; samples are few (ten at most)."""
_POLLING_AFTER = re.compile(r"\s*(?:bầu cử|bỏ phiếu)\b", re.IGNORECASE)
_VISIT_VERB_BEFORE = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát|thăm)\b(?:(?!\bcó\b)[^.;]){0,120}$",
                                re.IGNORECASE)
"""The team's visit verb earlier in the clause group, with no "có" between ("Xã có 14 khu vực bỏ phiếu" is the
place's own count)."""
_POLLING_CHECKED = re.compile(r"\b(?:khảo sát|kiểm tra|giám sát|thăm)\b(?:(?!\bcó\b)[^.;]){0,120}?"
                              r"\d{1,3}\s+(?:điểm|khu vực)\s+(?:bầu cử|bỏ phiếu)\b[^.;]*$", re.IGNORECASE)
"""A polling-place count checked earlier in the sentence, whose parts ("trong đó có 01 điểm đặt tại ...") follow."""


def checked_place_count(text: str, start: int, end: int, value: float | int, unit: str) -> bool:
    """Whether the count at `text[start:end]` (its unit included) counts homes or polling places the team checked."""
    if unit not in _SAMPLED_UNITS:
        return False
    if unit in ("điểm", "khu vực") + _POLLING_UNITS:
        if unit in _POLLING_UNITS or _POLLING_AFTER.match(text, end):
            return value <= 30 and bool(_VISIT_VERB_BEFORE.search(text, max(0, start - 160), start))
        return unit in ("điểm", "khu vực") and bool(_POLLING_CHECKED.search(text, max(0, start - 240), start))
    return value <= 10 and bool(_LIST_BEFORE.search(text, max(0, start - 240), start))
