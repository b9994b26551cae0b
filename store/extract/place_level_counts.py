"""Units counted by their level before their names: "và 02 đơn vị cấp xã: xã A (huyện X), thị trấn B (huyện Y)".

A provincial team "kiểm tra trực tiếp và làm việc với UBND huyện X, Y và 02 đơn vị cấp xã: xã A, thị trấn B" (real
pages: provincial TTHC and CCHC checks of districts, 2019-2022): the communes are hosts as much as the districts,
but the count between them ("02 đơn vị cấp xã:", "03 xã, thị trấn là") broke the list `place_choice` follows from a
visited unit to the next, and the count was read as a figure of 2 "đơn vị". Two readers of one phrase:

- `drop_level_count`: the count of units by their level, left out of the words between two units of one list, so
  the communes go on from the visited district;
- `level_count_named`: a count of "đơn vị cấp xã" followed by the units' names is the units visited, no figure (the
  house convention for "02 xã").

Only a count closed by a colon or "là"/"gồm" before the names: "và 02 đơn vị cấp xã về công tác ..." names none.
"""

from __future__ import annotations

import re

__all__ = ["drop_level_count", "level_count_named"]

_NUMBER = r"(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})"
_LEVEL = r"(?:xã|phường|thị trấn|huyện|quận|thị xã)"
_CLOSE = r"\s*(?::|\b(?:là|gồm)\b\s*:?)\s*"
_BY_LEVEL = r"đơn vị(?:\s+(?:hành chính\s+)?cấp(?:\s+" + _LEVEL + _CLOSE + r")?)?"
"""'đơn vị cấp xã:', or what is left of it once `place_choice` has taken the level and the colon off ('đơn vị cấp ')."""
_COUNT_IN_GAP = re.compile(r"((?:,\s*và|,|;|\svà)\s+)" + _NUMBER + r"\s+(?:" + _BY_LEVEL + r"|" + _LEVEL +
                           r"(?:\s*,\s*" + _LEVEL + r")*" + _CLOSE + r")\s*$", re.IGNORECASE)
"""At the end of the words before a unit: " và 02 đơn vị cấp xã: ", ", 03 xã, thị trấn là "."""
_NAMES_AFTER = re.compile(r"\s+(?:hành chính\s+)?cấp\s+" + _LEVEL + _CLOSE +
                          r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?" + _LEVEL + r"\s+[A-ZĐÀ-Ỹ]", re.IGNORECASE)
"""After "đơn vị": its level, the colon and the first unit's name: " cấp xã: xã Chi Lăng"."""


def drop_level_count(gap: str) -> str:
    """The words between two listed units without a count of units by level that opens the rest of the list."""
    return _COUNT_IN_GAP.sub(r"\1", gap)


def level_count_named(text: str, unit_end: int, unit: str) -> bool:
    """Whether the count of "đơn vị" ending at `unit_end` is a count of units of a level, their names after it."""
    return unit == "đơn vị" and _NAMES_AFTER.match(text, unit_end) is not None
