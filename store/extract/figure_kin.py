"""A part named with another noun than its whole: "tiếp nhận 35 vụ việc, trong đó có 11 đơn thư" is 11 of 35.

Parts are paired with a whole of their own family of units (`figure_wholes`), so a report that names the part in
other words than the whole lost the pairing: cases and the petitions among them, people and the officials among them,
agencies and the schools among them, documents and the plans among them (`figure_lexicon.KIN`); and turns counted
with what they are turns of ("84 lượt ý kiến, kiến nghị ..., trong đó 76 ý kiến, kiến nghị", real: a province's
report of voters' petitions passed on). Only the count that
"trong đó" opens on (and the counts of its own unit listed right after it) is such a part, and only of the count
just before "trong đó"; a count of an unrelated kind is never a part ("12 doanh nghiệp, trong đó 200 lao động").
A part may be described before its count, with no digit or stop between ("18 đại biểu (trong đó số lượng đại biểu do
Trung ương giới thiệu là 8 người, đại biểu do địa phương giới thiệu là 10 người)", "38 ứng cử viên (trong đó Ủy ban
MTTQ giới thiệu 35 người, tự ứng cử 3 người)"; s31/fresh68 v07): still the part the clause counts, of the seats or
candidates in their own people word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_layout import IN_WHICH
from .figure_lexicon import kin_group
from .figure_units import UNIT_OF, UNIT_RE

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["kin_parts_after_a_stop", "kin_whole"]

_OPENS = re.compile(r"\s*[,:]?\s*(?:(?:có|gồm|là)\s+)?(?:(?:hơn|trên|gần|khoảng|chỉ)\s+)?$", re.IGNORECASE)
"""Between "trong đó" and the part: nothing but "có", "gồm" and a bound ("trong đó có hơn 11 đơn")."""
_DESCRIBED = re.compile(r"\s+[^\d.;:(),]{1,80}?\s+(?:(?:là|có|gồm)\s+)?(?:(?:hơn|trên|gần|khoảng|chỉ)\s+)?$")
"""Between "trong đó" and the part, or after the list's comma: the part described in words ("số người do Ủy ban MTTQ
giới thiệu là", "tự ứng cử"), no digit, no stop, no comma."""
_NEXT_PART = re.compile(r"[^.;]*?(?:,|\s+và)\s+(?:(?:có|còn)\s+)?(?:[^\d.;:(),]{1,80}?\s+(?:(?:là|có|gồm)\s+)?)?")
"""Between one part of a list and the next: a comma or "và", then maybe the next part's own words (no comma)."""


def _turns_of(text: str, end: int, group: frozenset[str]) -> bool:
    """Whether a count in "lượt" ending at `end` names what it counts right after, of the part's kindred ("84 lượt ý
    kiến, kiến nghị của cử tri ..., trong đó 76 ý kiến, kiến nghị ..."): turns of those, so their whole."""
    said = UNIT_RE.match(text, end)
    return said is not None and UNIT_OF.get(said[1].lower(), said[1]) in group


def kin_whole(text: str, start: int, in_which: int, figure: dict, drafts: list[FigureDraft]) -> float | int | None:
    """The whole of a count at `start` that "trong đó" (at `in_which`) opens on, when the count just before it is of
    a kindred unit (`drafts`: the sentence's figures so far, in order), or None."""
    group = kin_group(figure["unit"])
    if group is None:
        return None
    before = [d for d in drafts if d.end <= in_which]
    if not before:
        return None
    whole = before[-1].figure
    if figure["unit"] == "người" and len(before) > 1 and before[-2].figure["unit"] != whole["unit"] and \
            not re.search(r"[;.]", text[before[-2].end:before[-1].start]):
        return None  # "40 giáo viên, 300 học sinh, trong đó có 6 người ...": which list item it counts is unsaid
    if whole["unit"] == figure["unit"] or whole["unit"] not in group and not _turns_of(text, before[-1].end, group) or \
            "of" in whole or \
            figure["value"] > whole["value"]:
        return None
    after = [d for d in drafts if in_which < d.start < start]
    gap_end = IN_WHICH.match(text, in_which)
    if not after:
        return whole["value"] if gap_end and (_OPENS.fullmatch(text, gap_end.end(), start) or
                                              _DESCRIBED.fullmatch(text, gap_end.end(), start)) else None
    # "trong đó có 11 đơn khiếu nại, 5 đơn tố cáo", "trong đó 10 kế hoạch và 6 quyết định": the list of parts goes on
    # (each described or not: "…là 8 người, đại biểu do địa phương giới thiệu là 10 người")
    if all(d.figure["unit"] in group and d.figure.get("of") == whole["value"] for d in after) and \
            _NEXT_PART.fullmatch(text, after[-1].end, start):
        return whole["value"]
    return None


def kin_parts_after_a_stop(text: str, opened: int, drafts: list[FigureDraft], before: list[FigureDraft]) -> None:
    """Parts of a kindred unit in a sentence opening with "Trong đó" (`opened`: where those words end), of the count
    the sentence before ended on (`before`): "tập huấn cho 1.250 người. Trong đó có 45 cán bộ thôn" is 45 of 1.250, as
    in one sentence (session 23). Only the count "Trong đó" opens on and those of its group listed right after it."""
    if not drafts or not before or "of" in drafts[0].figure or not _OPENS.fullmatch(text, opened, drafts[0].start):
        return
    whole = before[-1].figure
    group = kin_group(drafts[0].figure["unit"])
    if group is None or "of" in whole or whole["unit"] not in group or whole["unit"] == drafts[0].figure["unit"]:
        return
    for at, draft in enumerate(drafts):
        figure = draft.figure
        if at and not (re.fullmatch(r"[^.;]*?(?:,|\s+và)\s+(?:(?:có|còn)\s+)?", text[drafts[at - 1].end:draft.start])
                       and figure["unit"] in group and "of" not in figure):
            return  # "Trong đó có 11 đơn khiếu nại, 5 đơn tố cáo": the list of parts goes on, nothing further
        if figure["unit"] not in group or figure["unit"] == whole["unit"] or figure["value"] > whole["value"]:
            return
        figure["of"] = whole["value"]
