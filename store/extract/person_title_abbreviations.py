"""An office abbreviated with a dot, as commune and district portals write it: "CT.UBMTTQ xã", "PCT.HĐND tỉnh".

`person_titles.titles_after` takes a segment after a name as a title only when it opens with a title word. Folded,
"CT.UBMTTQ" is one token that no title word opens, so the titles stopped there, and a head's "- Trưởng đoàn" or
", Trưởng đoàn" written after it was never reached: the team had no head. An abbreviated chair's or secretary's
office ("CT", "PCT", "BT", "PBT"), a dot (a space may follow it), then a body's abbreviation (HĐND, UBND, UBMTTQ, MTTQ,
with or without VN) opens a title as the spelled-out office does. A space after the dot ("CT. HĐND xã") would end the
sentence there for the reader, so it is closed up before anything reads the text. Without the dot ("PCT HĐND huyện")
the leader rules already step over the abbreviation (`leader_members`); a dotted place ("TP.HCM") is no office.
"""

from __future__ import annotations

import re

_DOTTED_OFFICE = re.compile(r"p?(?:ct|bt)\.\s?(?:hdnd|ubnd|ubmttq(?:vn)?|mttq(?:vn)?)\b")
"""A folded segment that opens with a dotted office: "ct.ubmttq xa", "pct.hdnd tinh", "ct. hdnd xa"."""


_SPACED_DOT = re.compile(r"\b(P?(?:CT|BT))\.\s+(?=(?:HĐND|UBND|UBMTTQ|MTTQ)(?:VN)?\b)")
"""'CT. HĐND': the space after an office's dot, which reads as a sentence's end."""


def closed_dotted_offices(text: str) -> str:
    """The text with "CT. HĐND" written "CT.HĐND", so that no sentence ends inside the office."""
    return _SPACED_DOT.sub(r"\1.", text)


def opens_with_dotted_office(folded: str) -> bool:
    """Whether a folded title segment opens with an office abbreviated with a dot."""
    return bool(_DOTTED_OFFICE.match(folded))
