"""A place in a ranking is no figure: "đứng thứ 2/126 xã, phường", "xếp thứ 3/10 phường", "xếp hạng 5/45 đơn vị".

A unit's rank among those scored is written as a fraction, the way a share is ("2/126"), but it says where the unit
stands: an ordinal, which the house's conventions keep out of the figures, and no 2 of 126 communes doing anything.
The score the rank comes from ("đạt 83,21/100 điểm") stays a figure. A count after "thứ" or "hạng" without a slash
is already no figure (`figure_numbers._NOT_BEFORE`); this is the same word before a fraction.

The field of the ranking is written with "trong" or "trên" as often as with a slash: "đứng thứ 13 về diện tích trong 54
đơn vị hành chính cấp xã", "xếp thứ 3 trong 99 đơn vị": the units it is ranked among, no count of units the work
reached (a count of administrative units is otherwise a figure, as a merger's "còn 579 đơn vị" is).
"""

from __future__ import annotations

import re

_RANK_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:thứ|hạng|vị trí(?:\s+thứ)?)\s*$", re.IGNORECASE)


def ranked(text: str, start: int) -> bool:
    """Whether the fraction at `start` is a rank ("xếp thứ 2/126"): an ordinal among the units scored."""
    return bool(_RANK_BEFORE.search(text, max(0, start - 14), start))


_RANKING_VERB = re.compile(r"(?<![\wÀ-ỹ])xếp\s+hạng\s*$", re.IGNORECASE)
_RANK_UNITS = frozenset({"sao", "hạng", "bậc", "%"})
"""What a rank is written in ("xếp hạng 3 sao"): a grade, no count of things ranked."""


def things_ranked(text: str, start: int, unit: str | None) -> bool:
    """Whether the count at `start` is of things put in a rank ("tỉnh đã xếp hạng 4 di tích", "đề nghị xếp hạng 3
    di tích"): the verb "xếp hạng" before a count with a unit of things is work done; the rank itself ("xếp hạng 3
    trong toàn tỉnh", "xếp hạng 3 sao") has no such unit, and stays no figure (`figure_numbers._NOT_BEFORE`)."""
    return unit is not None and unit.lower() not in _RANK_UNITS and \
        bool(_RANKING_VERB.search(text, max(0, start - 14), start))


_FIELD_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:thứ|hạng)\s+\d{1,3}(?:\s+(?:về|trong|trên|theo)\s+[^\d,.;:()]{1,40}?)?"
                           r"\s+(?:trong|trên)\s+(?:(?:tổng\s+)?số\s+)?$", re.IGNORECASE)


def rank_field(text: str, start: int) -> bool:
    """Whether the count at `start` is the field a rank is among ("đứng thứ 13 về diện tích trong 54 đơn vị")."""
    return bool(_FIELD_BEFORE.search(text, max(0, start - 70), start))
