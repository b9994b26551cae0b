"""Agencies a reform merged or cut, counted: "thí điểm sáp nhập 4 Sở", "giảm 12 phòng chuyên môn", "giảm 9 đầu mối".

The house counts what a reorganisation left or cut as its result ("còn 579 đơn vị hành chính", "đã giảm 68 đơn vị hành
chính": `figure_units`, `figure_made_of`); counted in departments, divisions or "đầu mối" the same result was read as
no number, since none of these is a unit a visit's figures are counted in (session 29 fresh56 v05, "sáp nhập 4 Sở").
Here only a count right after a merger's or a cut's verb is read, in the agency word as written, lower case ("sở",
"phòng", "đầu mối", "cơ quan"): "làm việc với 4 Sở" (the hosts the team met) and "tỉnh có 17 sở" (the make-up) stay
no figure, and so does a count still to be reached ("sẽ giảm 3 phòng", "dự kiến sáp nhập 2 sở": `planned` reads it).
"""

from __future__ import annotations

import re

from ..numbers import parse_vi_number
from .figure_number_words import word_value
from .figure_units import Number

__all__ = ["merged_agencies", "merged_label"]

_MERGED = re.compile(r"\b(?:sáp nhập|hợp nhất|giảm|cắt giảm|tinh gọn|giảm được|thu gọn)\s+(?:được\s+)?"
                     r"(?P<n>\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
                     r"(?P<unit>[Ss]ở|phòng(?: chuyên môn)?|đầu mối|cơ quan(?: chuyên môn)?|ban)"
                     r"(?![\wÀ-ỹ])(?!\s+(?:học|họp|khám|bệnh|ngủ|ở))", re.IGNORECASE)
"""The merger's or cut's verb, the count, the agency word (a "phòng học" or "phòng khám" is a room, no division)."""
_VERB_BEFORE = re.compile(r"\b(sáp nhập|hợp nhất|giảm|cắt giảm|tinh gọn|giảm được|thu gọn)\s+(?:được\s+)?$",
                          re.IGNORECASE)
_AGENCY_UNITS = frozenset({"sở", "phòng", "đầu mối", "cơ quan", "ban"})


def merged_agencies(text: str, numbers: list[Number]) -> list[Number]:
    """(value, None, agency word, start, end) of each count of agencies merged or cut that `numbers` has not read."""
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for m in _MERGED.finditer(text):
        value = parse_vi_number(m["n"]) if m["n"][0].isdigit() else word_value(m["n"])
        if value is None or m.start("n") in taken:
            continue
        unit = m["unit"].lower().split()[0] if m["unit"].lower().startswith(("phòng", "cơ quan")) else m["unit"].lower()
        unit = "cơ quan" if unit == "cơ" else unit
        out.append((value, None, unit, m.start("n"), m.end("unit")))
    return out


def merged_label(text: str, start: int, unit: str) -> str | None:
    """The label of a count of agencies merged or cut: the agency and the verb ("Sở sáp nhập", "Phòng giảm"), or None
    when the count at `start` is no such count (the label the other rules give then stands)."""
    if unit not in _AGENCY_UNITS:
        return None
    verb = _VERB_BEFORE.search(text, max(0, start - 30), start)
    if verb is None:
        return None
    return f"{unit[:1].upper()}{unit[1:]} {verb[1].lower().replace(' được', '')}"

