"""Units listed by bare name after a generic word: "tại các địa phương: Ea Kly, Ea Phê và Krông Búk", "đến 3 đơn vị
gồm A, B và C".

A level word opens its own list ("các xã: A, B", `place_mentions._listed_after`); a generic word ("địa phương",
"đơn vị", "địa bàn") names no level, so its names are read as names written without one (`_bare_mentions`): each
counts only as one of today's wards of a province the article names (`place_resolution.bare_ward`), which reads
them within that province and drops a name no ward there bears. Only a list: a count or "các" before the word and a
colon, "gồm" or "là" after it ("làm việc với đơn vị Công ty A" names no list).
"""

from __future__ import annotations

__all__ = ["GENERIC_LIST"]

GENERIC_LIST = (r"(?i:(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+(?:địa phương|đơn vị|địa bàn)"
                r"\s*(?::|,?\s*(?:bao\s+)?gồm\s*:?|là\s*:?))\s*")
"""The generic words that open a list of bare names (a pattern for `place_mentions._BARE_CUE`, after "tại", "đến",
"với")."""
