"""A rate written as a share of "the total" right after the count it is the share of: "tiếp nhận 3.163 hồ sơ trực tuyến,
đạt 99,83% tổng số hồ sơ".

The rate's label came from the words after it, "Tỷ lệ tổng số hồ sơ", which names the whole and not the part, and no
metric fits it; the part is the count just before, "hồ sơ trực tuyến" (a first-user trial, session 18; two searches
of the stored pages found no second page of the exact wording, so the rule is kept narrow). Such a rate takes the
count's label, "Tỷ lệ hồ sơ trực tuyến", and the metric that label names. Only a count of the same noun with a
qualifier after it, ending right before the rate (a comma and "đạt"/"chiếm"/"bằng" at most), lends its label: "tiếp
nhận 3.163 hồ sơ, đạt 99,83% tổng số hồ sơ" (no qualifier) keeps the old label.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["share_of_the_total"]

_TOTAL_LABEL = re.compile(r"(?:Tỷ|Tỉ) lệ (?:trên )?tổng (?:số )?(.+)$", re.IGNORECASE)
_BETWEEN = re.compile(r"\s*,?\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:(?:tỷ|tỉ) lệ\s+)?$", re.IGNORECASE)


def share_of_the_total(text: str, drafts: list[FigureDraft], metric: Callable[[str, str], str | None]) -> None:
    """Give a "Tỷ lệ tổng số <noun>" rate ("... <noun> của phường" too) the label of the qualified count of <noun>
    right before it."""
    for index, draft in enumerate(drafts):
        figure = draft.figure
        if figure.get("unit") != "%" or not (total := _TOTAL_LABEL.match(figure.get("label", ""))) or index == 0:
            continue
        count = drafts[index - 1]
        noun, rest = count.figure.get("unit", "").lower(), total[1].strip().lower()
        label = count.figure.get("label", "")
        if count.sentence is not draft.sentence or not (rest == noun or rest.startswith(noun + " của ")) or \
                not label.lower().startswith(noun + " ") or not _BETWEEN.fullmatch(_after_count(text, count, draft)):
            continue
        figure["label"] = f"Tỷ lệ {label[:1].lower()}{label[1:]}"
        if found := metric(figure["label"], "%"):
            figure["metric"] = found
        else:
            figure.pop("metric", None)


def _after_count(text: str, count: FigureDraft, rate: FigureDraft) -> str:
    """The words between the count's own label words and the rate's number."""
    between = text[count.end:rate.start]
    qualifier = count.figure["label"][len(count.figure["unit"]):].strip()
    where = between.lower().find(qualifier.lower())
    return between[where + len(qualifier):] if where >= 0 else between
