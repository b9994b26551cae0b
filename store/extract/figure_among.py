"""A part and its whole joined by "trong số": "trả đúng hạn 1.260 hồ sơ trong số 1.540 hồ sơ", "giải quyết 95 trong
số 102 kiến nghị".

`figure_wholes` reads a whole written before its parts ("Trong số 1.540 hồ sơ, ... 1.260 hồ sơ", "..., trong đó
..."). Here the part comes first and the whole right after it, so the part had no whole; and a part written bare,
its unit left to the whole ("95 trong số 102 kiến nghị"), was no figure at all. Both now count what the whole
counts, as its part — only when nothing but "trong (tổng) số" (and a bound, "hơn", "gần") stands between the two,
the two count the same kind of thing and the part is no larger. The whole stays a figure of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..numbers import parse_vi_number
from .figure_units import Number
from .figure_wholes import unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft

_BETWEEN = r"\s+trong\s+(?:tổng\s+)?số\s+(?:(?:hơn|trên|gần|khoảng)\s+)?"
_JOINED = re.compile(_BETWEEN, re.IGNORECASE)
"""What stands between a part and its whole: "1.260 hồ sơ trong số 1.540 hồ sơ" (no comma: "giải quyết 500 hồ sơ,
trong số 1.540 hồ sơ tiếp nhận có ..." may open the whole of parts still to come)."""
_JOINED_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,5}?" + _BETWEEN, re.IGNORECASE)
"""The same after a part's unit and a few words of its own, no comma, no number between."""
_BARE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?=" + _BETWEEN + r"\d)", re.IGNORECASE)
"""A bare count right before "trong số" and a number: "95 trong số 102 kiến nghị"."""
_NO_COUNT_BEFORE = re.compile(r"\b(?:năm|tháng|ngày|quý|khóa|khoá|số|lần thứ|thứ)\s*$", re.IGNORECASE)
"""A number that is a year, a day or a rank ("năm 2023 trong số ...", "thứ 3 trong số 12 tỉnh"): no count."""


def bare_among_parts(text: str, numbers: list[Number], masked: list[tuple[int, int]]) -> list[Number]:
    """(value, whole, unit, start, end) of each bare count written "N trong số M <unit>", M read in `numbers`."""
    taken = {n[3] for n in numbers}
    wholes = {n[3]: n for n in numbers}
    out: list[Number] = []
    for m in _BARE.finditer(text):
        if m.start() in taken or any(s < m.end() and m.start() < e for s, e in masked) or \
                _NO_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        joined = _JOINED.match(text, m.end())
        whole = wholes.get(joined.end()) if joined else None
        value = parse_vi_number(m[1])
        if whole is None or value is None or whole[2] == "%" or "đồng" in whole[2] or whole[1] is not None or \
                value > whole[0]:
            continue
        out.append((value, whole[0], whole[2], m.start(), m.end()))
    return out


def wholes_after_parts(text: str, drafts: list[FigureDraft]) -> None:
    """Set `of` on a count told with its unit whose whole follows it after "trong (tổng) số" (a few words of its own
    may stand between: "3.480 tài khoản định danh điện tử trong tổng số 4.050 tài khoản"). (Its label stops before
    "trong số", `figure_label_words._CUT_AFTER`.)"""
    ordered = sorted(drafts, key=lambda d: d.start)
    for part, whole in zip(ordered, ordered[1:], strict=False):
        if "of" in part.figure or "of" in whole.figure or part.figure["unit"] == "%" or \
                unit_family(part.figure["unit"]) != unit_family(whole.figure["unit"]) or \
                part.figure["value"] > whole.figure["value"] or \
                not _JOINED_AFTER.fullmatch(text, part.end, whole.start):
            continue
        part.figure["of"] = whole.figure["value"]
