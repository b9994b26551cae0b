"""The seats an election fills: "số lượng đại biểu HĐND xã được bầu 18 đại biểu", "xã bầu 27 đại biểu HĐND".

The house counts an election's bodies and people as figures (`figure_elections`: constituencies, polling areas, the
teams and boards, voters listed, people standing). A report on the preparations gives the deputies to be elected
beside them, written with "đại biểu" after the number, which is no unit the lexicon knows: a bare "đại biểu" counts
people at a meeting ("46 đại biểu HĐND xã có mặt"), no figure of a visit. So the count is read as a figure, in
"đại biểu", only when the election's word says it is the seats: "được bầu (là) N đại biểu" after "đại biểu", or "bầu
N đại biểu" (s26/fresh43 v05: "được bầu 18 đại biểu" beside 21 polling teams and 30 people standing, read as nothing).

The election's word often serves a list of the seats at each level: "tỉnh được bầu 18 đại biểu Quốc hội, 85 đại biểu
HĐND tỉnh và 2.701 đại biểu HĐND cấp xã" (s31/fresh68 v04: only the first was read). Each count that follows the one
read, separated by a comma or "và" and nothing but the body it seats ("Quốc hội", "HĐND tỉnh", "HĐND cấp xã"), is a
seat count of the same list; one followed by a word of presence ("40 đại biểu dự hội nghị", "có mặt") counts people
at a meeting and ends the list.
"""

from __future__ import annotations

import re

from ..numbers import parse_vi_number
from .figure_units import Number

__all__ = ["election_seats"]


_SEATS = re.compile(
    r"(?:\bđại\s+biểu\b[^.;:()]{0,50}?\bđược\s+bầu\s+(?:là\s+)?|(?<![\wÀ-ỹ])bầu\s+(?:đủ\s+)?)"
    r"(\d{1,3}(?:\.\d{3})+|\d+)\s+(đại\s+biểu)(?![\wÀ-ỹ])", re.IGNORECASE)


_BODY_SEATED = (r"(?:\s+(?:Quốc\s+hội|HĐND|Hội\s+đồng\s+nhân\s+dân)(?:\s+(?:các\s+cấp|cấp\s+(?:tỉnh|huyện|xã)|tỉnh|"
                r"thành\s+phố|xã|phường|đặc\s+khu|huyện|thị\s+xã|quận))?)?")
_PRESENT = r"\s+(?:đã\s+|đều\s+)?(?:có\s+mặt|dự|tham\s+dự|tham\s+gia|vắng)\b"  # people at a meeting, no seats
_NEXT_SEATS = re.compile(_BODY_SEATED + r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(\d{1,3}(?:\.\d{3})+|\d+)\s+(đại\s+biểu)"
                         r"(?![\wÀ-ỹ])(?!" + _BODY_SEATED + _PRESENT + ")")
"""The next count of a list of seats: the body seated, a comma or "và", then "N đại biểu" not followed by presence."""


def election_seats(text: str, numbers: list[Number]) -> list[Number]:
    """(value, None, "đại biểu", start, end) of each count of seats in `text` that `numbers` has not read."""
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for m in _SEATS.finditer(text):
        found: re.Match[str] | None = m
        while found:
            value = parse_vi_number(found[1])
            if value is not None and found.start(1) not in taken:
                out.append((value, None, "đại biểu", found.start(1), found.end(2)))
            found = _NEXT_SEATS.match(text, found.end(2))  # the list goes on: "…, 85 đại biểu HĐND tỉnh và 2.701 …"
    return out
