"""A count with its share in brackets before its unit: "có 2604 (89%) hồ sơ trực tuyến", "1.230 (chiếm 42,5%) hồ sơ".

Reports give a part's share right after its number, before the noun: the number counts the noun after the bracket
and is a figure of its own, beside the share (read on its own as a percentage). Without this the number reads as bare
(nothing right after it names a unit) and is lost. Only a bracket holding nothing but a share ("89%", "chiếm 89%",
"tỷ lệ 89%", "đạt 89%") and a unit right after it count.
"""

from __future__ import annotations

import re

from .figure_units import UNIT_RE

_SHARE_BRACKET = re.compile(r"\s*\(\s*(?:(?:chiếm|đạt|bằng)\s+)?(?:(?:tỷ lệ|tỉ lệ)\s+)?\d+(?:[.,]\d+)?\s*%\s*\)\s*",
                            re.IGNORECASE)


def unit_past_share(text: str, end: int) -> re.Match[str] | None:
    """The unit after a bracketed share that follows the number ending at `end` ("2604| (89%) hồ sơ"), if any."""
    bracket = _SHARE_BRACKET.match(text, end)
    return UNIT_RE.match(text, bracket.end()) if bracket is not None else None
