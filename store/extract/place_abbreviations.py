"""An office written in full with its abbreviation in brackets: "Ủy ban nhân dân (UBND) các xã: A, B và C".

The cues that tell a visited unit (`place_choice`) read the office words just before the unit ("tại Ủy ban nhân dân
các xã: ..."); a bracketed abbreviation between the office and the unit hides them, so the units of the list were
read as named in passing. The bracket repeats the office, so it is dropped before the cues are read.
"""

from __future__ import annotations

import re

__all__ = ["spelled_once"]

_SPELLED_TWICE = re.compile(
    r"((?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân|(?:Ủy|Uỷ) ban Mặt trận Tổ quốc(?: Việt Nam)?|Mặt trận Tổ quốc"
    r"(?: Việt Nam)?|Đoàn đại biểu Quốc hội)\s*\(\s*(?:UBND|HĐND|UBMTTQ(?:VN)?|MTTQ(?:VN)?|ĐBQH|Đoàn ĐBQH)\s*\)",
    re.IGNORECASE)


def spelled_once(before: str) -> str:
    """`before` with "Ủy ban nhân dân (UBND)" written as "Ủy ban nhân dân"."""
    return _SPELLED_TWICE.sub(r"\1", before)
