"""The seats an election fills: "số lượng đại biểu HĐND xã được bầu 18 đại biểu", "xã bầu 27 đại biểu HĐND".

The house counts an election's bodies and people as figures (`figure_elections`: constituencies, polling areas, the
teams and boards, voters listed, people standing). A report on the preparations gives the deputies to be elected
beside them, written with "đại biểu" after the number, which is no unit the lexicon knows: a bare "đại biểu" counts
people at a meeting ("46 đại biểu HĐND xã có mặt"), no figure of a visit. So the count is read as a figure, in
"đại biểu", only when the election's word says it is the seats: "được bầu (là) N đại biểu" after "đại biểu", or "bầu
N đại biểu" (s26/fresh43 v05: "được bầu 18 đại biểu" beside 21 polling teams and 30 people standing, read as nothing).
"""

from __future__ import annotations

import re

from ..numbers import parse_vi_number
from .figure_units import Number

__all__ = ["election_seats"]


_SEATS = re.compile(
    r"(?:\bđại\s+biểu\b[^.;:()]{0,50}?\bđược\s+bầu\s+(?:là\s+)?|(?<![\wÀ-ỹ])bầu\s+(?:đủ\s+)?)"
    r"(\d{1,3}(?:\.\d{3})+|\d+)\s+(đại\s+biểu)(?![\wÀ-ỹ])", re.IGNORECASE)


def election_seats(text: str, numbers: list[Number]) -> list[Number]:
    """(value, None, "đại biểu", start, end) of each count of seats in `text` that `numbers` has not read."""
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for m in _SEATS.finditer(text):
        value = parse_vi_number(m[1])
        if value is None or m.start(1) in taken:
            continue
        out.append((value, None, "đại biểu", m.start(1), m.end(2)))
    return out
