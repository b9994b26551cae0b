"""The family of the people a team visits: "2 người con là liệt sĩ", "gia đình có 3 liệt sĩ" are no result.

Gift calls on the holidays of war invalids and martyrs tell who the family visited is: a mother whose husband and
sons fell, a veteran whose grandsons serve. The numbers count that family's members, counted in "người" or in
martyrs, and say nothing of what the place or the visit achieved; read as figures they pass for the welfare counts
("105 liệt sỹ", "53 đối tượng") the reports also give.
"""

from __future__ import annotations

import re

_MEMBER_AFTER = re.compile(r"\s*(?:con(?:\s+(?:trai|gái|dâu|rể))?|cháu|vợ|chồng|thân nhân|người thân|anh em|"
                           r"chị em)(?![\wÀ-ỹ])", re.IGNORECASE)
"""After "N người": a family noun ("2 người con", "3 người cháu", "hai người anh em"): the family's members."""
_FAMILY_HAS = re.compile(r"\b(?:gia đình|Mẹ|mẹ|bà|ông|cụ)\s+(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+)*(?:có|với)\s+"
                         r"(?:(?:chồng|vợ|con|cháu)[^.;,]{0,40}?\s+và\s+)?$")
"""Before a count of martyrs or grandchildren: a family or a person who has them ("gia đình có 3 liệt sĩ", "Mẹ Lan có
chồng và", "bà có 4 cháu")."""


def family_members(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the number at `text[start:end]` (its unit included), counting `unit`, counts a visited family's
    members."""
    if unit == "người" and _MEMBER_AFTER.match(text, end):  # `end` is past the unit: "2 người| con"
        return True
    return unit in ("liệt sĩ", "cháu") and bool(_FAMILY_HAS.search(text, max(0, start - 80), start))
