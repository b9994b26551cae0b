"""A measure written beside a count pairs with the measure beside the count's whole (issue 12, session 20).

"tổng số hồ sơ nhận ... là 1655 hồ sơ/460,95 ha; đã giải quyết 461 hồ sơ/78,83 ha" (real: hdnd.binhthuan 2024):
the files and the land they cover are said side by side, after a slash, in brackets ("150 hồ sơ (26,5 ha)") or
with "với diện tích" ("40 hồ sơ ... với diện tích 6,8 ha"). The hectares are no part of the files, nor the files of
the hectares (a whole is of the count's own unit, `figure_wholes.unit_family`); the area beside a part is part of the
area beside the part's whole. An area beside a part whose whole has no area beside it has no whole. Run over the
whole article after the counts have their wholes (`figures.find_figures`), as the parts of a total may be told in
the sentences after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_past_counts import whole_of
from .figure_wholes import unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["measures_beside_counts", "pair_measures"]

_BESIDE = re.compile(r"\s*/\s*|\s*\(\s*(?:diện tích\s+(?:là\s+)?)?|"
                     r"(?:\s+[^\W\d]+){0,8}?\s*,?\s+(?:với|có)\s+(?:tổng\s+)?diện tích(?:\s+(?:là|đất))?\s+",
                     re.IGNORECASE)
"""Between a count and the measure said beside it: a slash, an opening bracket, or a few words of what the count is
then "với diện tích" ("40 hồ sơ chuyển mục đích sử dụng đất với diện tích 6,8 ha"); no number and no break."""


def measures_beside_counts(drafts: list[FigureDraft]) -> dict[int, FigureDraft]:
    """For each count (by its place in `drafts`) the measure of another unit written right beside it."""
    beside: dict[int, FigureDraft] = {}
    for i in range(len(drafts) - 1):
        count, measure = drafts[i], drafts[i + 1]
        if count.sentence.index != measure.sentence.index or measure.start < count.end or \
                "%" in (count.figure["unit"], measure.figure["unit"]) or \
                unit_family(count.figure["unit"]) == unit_family(measure.figure["unit"]):
            continue
        if _BESIDE.fullmatch(count.sentence.text, count.end, measure.start):
            beside[i] = measure
    return beside


def pair_measures(found: list[FigureDraft]) -> None:
    """Give the measure beside a part the measure beside the part's whole as its whole, when it is of that unit and
    not larger."""
    beside = measures_beside_counts(found)
    place = {id(d): i for i, d in enumerate(found)}
    for i, measure in beside.items():
        part = found[i].figure
        if part.get("of") is None or measure.figure.get("of") is not None:
            continue
        whole = whole_of(found, i)
        if whole is None:
            continue
        whole_measure = beside.get(place[id(whole)])
        if whole_measure is None or whole_measure.figure["unit"] != measure.figure["unit"] or \
                measure.figure["value"] > whole_measure.figure["value"]:
            continue
        measure.figure["of"] = whole_measure.figure["value"]
