"""A measure written beside a count pairs with the measure beside the count's whole (issue 12, session 20).

"tổng số hồ sơ nhận ... là 1655 hồ sơ/460,95 ha; đã giải quyết 461 hồ sơ/78,83 ha" (real: hdnd.binhthuan 2024):
the files and the land they cover are said side by side, after a slash, in brackets ("150 hồ sơ (26,5 ha)") or
with "với diện tích" ("40 hồ sơ ... với diện tích 6,8 ha"). The hectares are no part of the files, nor the files of
the hectares (a whole is of the count's own unit, `figure_wholes.unit_family`); the area beside a part is part of the
area beside the part's whole. An area beside a part whose whole has no area beside it has no whole. Run over the
whole article after the counts have their wholes (`figures.find_figures`), as the parts of a total may be told in
the sentences after it. The slash also cuts the labels (`figure_labels` reads "Hồ sơ" and "Ha"): `label_beside`,
run after them, gives the count the words after the area and the area "Diện tích" with the count's words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_past_counts import whole_of
from .figure_wholes import unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["label_beside", "measures_beside_counts", "pair_measures"]

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


_CUT_REASON = re.compile(r"\s+(?:vì|do|nên|để|và)$")
"""A label cut before its reason ("không đủ điều kiện cấp giấy chứng nhận vì"): the last word goes."""
_AREAS = {"ha", "m2", "m²", "km2", "km²", "sào", "mẫu"}


def label_beside(found: list[FigureDraft]) -> None:
    """Labels of a count and the area after its slash or in its bracket, which the slash cuts: "Có 12 hồ sơ/2,4 ha không
    đủ điều kiện" reads "Hồ sơ" and "Không đủ điều kiện"; the words after the area are the count's ("Hồ sơ không đủ
    điều kiện"), and the area is that of what the count counts ("Diện tích không đủ điều kiện", "Diện tích giải
    quyết" beside "Hồ sơ giải quyết")."""
    for i, measure in measures_beside_counts(found).items():
        count, area = found[i].figure, measure.figure
        if area["unit"].lower() not in _AREAS:
            continue
        unit = count["unit"]
        count_words = _after_unit(count["label"], unit)
        area_words = _after_unit(area["label"], area["unit"])
        if not count_words and area_words and not area_words.lower().startswith("diện tích"):
            count_words = _CUT_REASON.sub("", area_words[:1].lower() + area_words[1:])  # the slash gave them away
            count["label"] = f"{unit[:1].upper()}{unit[1:]} {count_words}"
        if not area_words or _CUT_REASON.sub("", area_words).lower() == count_words.lower():
            area["label"] = f"Diện tích {count_words or unit}"


def _after_unit(label: str, unit: str) -> str:
    """The words of a label after its unit ("Hồ sơ giải quyết" → "giải quyết"), or the whole label if it does not
    open with it."""
    if label.lower() == unit.lower():
        return ""
    if label.lower().startswith(unit.lower() + " "):
        return label[len(unit) + 1:]
    return label


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
