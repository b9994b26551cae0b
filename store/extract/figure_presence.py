"""Staff present at a spot check, told as a share after its label, and the rest absent (real pages, 2017-2022).

"Tại thời điểm kiểm tra, số cán bộ, công chức có mặt làm việc là 15/17, có 2 cán bộ vắng mặt": the share's unit is
named before it, by "số <unit> ... là", and nothing follows the fraction, so `figure_numbers` found no unit and read
no figure. A labelled share of that form ("số <unit> <words> là|đạt N/M", no unit after it, N no more than M) is a
part N of M of that unit. The staff absent right after it ("có 2 cán bộ vắng mặt", "vắng mặt 91 công chức") are the
rest of the same whole when their count is exactly M - N: a part of M too. Shares written with their unit ("333/424
công chức có mặt") are `figure_numbers`' and only lend their whole to the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..numbers import parse_vi_number
from .figure_staff_parts import STAFF_UNITS
from .figure_units import UNIT_OF, UNIT_RE, Number

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["absent_rest", "labelled_shares"]


_NUMBER_OF = re.compile(r"\bsố(?=\s)", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"[^.;:()]{0,60}?\s(?:là|đạt)\s+(\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)"
                          r"(?![\d/]|[.,]\d)", re.IGNORECASE)
"""After "số <unit>", the words of what is counted and the share: " có mặt làm việc là 15/17"."""
_UNIT_NEXT = re.compile(r"\s*(?:%|[^\W\d_])")
_ABSENT = re.compile(r"\bvắng(?:\s+mặt)?\b", re.IGNORECASE)
_PRESENT = re.compile(r"\bcó mặt\b", re.IGNORECASE)


def labelled_shares(text: str, numbers: list[Number], masked: list[tuple[int, int]]) -> list[Number]:
    """(value, whole, unit, start, end) of each "số <unit> ... là N/M" in `text` not read already."""
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for opening in _NUMBER_OF.finditer(text):
        unit = UNIT_RE.match(text, opening.end())
        if unit is None or (share := _SHARE_AFTER.match(text, unit.end())) is None:
            continue
        name = UNIT_OF.get(unit[1].lower(), unit[1])
        start, end = share.start(1), share.end(2)
        if start in taken or name in ("%", "đồng") or any(s < end and start < e for s, e in masked):
            continue
        if _UNIT_NEXT.match(text, end) and not re.match(r"\s*(?:,|;|\.|$)", text[end:]):
            continue  # "là 15/17 người": a share with its own unit, read by `figure_numbers`
        value, whole = parse_vi_number(share[1]), parse_vi_number(share[2])
        if value is None or whole is None or value > whole:
            continue
        out.append((value, whole, name, start, end))
    return out


def absent_rest(text: str, drafts: list[FigureDraft]) -> None:
    """Give the staff absent right after a share of staff present its whole, when they are exactly the rest."""
    for index, draft in enumerate(drafts):
        figure = draft.figure
        if "of" in figure or figure["unit"] not in STAFF_UNITS:
            continue
        near = text[max(0, draft.start - 20):min(len(text), draft.end + 30)]
        if not _ABSENT.search(near):
            continue
        for present in reversed(drafts[:index]):
            whole = present.figure.get("of")
            if whole is None or present.figure["unit"] not in STAFF_UNITS or \
                    not _PRESENT.search(text, max(0, present.start - 60), min(len(text), present.end + 40)):
                continue
            if whole - present.figure["value"] == figure["value"]:
                figure["of"] = whole
            break
