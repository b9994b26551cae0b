"""A later count of a run after one verb carries the first count's label: "tiếp nhận 1.326 và 1.418 hồ sơ".

A run of counts with no "lần lượt" ("xã tiếp nhận 1.120 và 954 hồ sơ", "giải quyết 1.204 hồ sơ năm 2024 và 1.530
hồ sơ năm 2025") names what it counts once, before its first count; read one by one, the later counts have nothing
of their own before them and were labelled with the bare unit ("Hồ sơ"). A count whose label is the bare unit, right
after a count of the same unit in its sentence with only "và", a comma and that count's period between, takes the
first count's label. A count with words of its own keeps its label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_own_periods import PERIOD_WORDS

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["run_label"]

_BETWEEN = re.compile(rf"(?:\s+{PERIOD_WORDS})?\s*(?:,|;|và|,\s*và)\s*(?:(?:khoảng|gần|hơn|trên)\s+)?",
                      re.IGNORECASE)


def run_label(draft: FigureDraft, drafts: list[FigureDraft], label: str) -> str | None:
    """The label of the count before `draft` in its run when `label` is the bare unit, else None."""
    unit = draft.figure["unit"]
    if label.strip().lower() != unit.lower() or unit in ("%", "đồng"):
        return None
    before = [d for d in drafts if d.sentence is draft.sentence and d.end <= draft.start]
    if not before:
        return None
    last = max(before, key=lambda d: d.end)
    text = draft.sentence.text
    if last.figure["unit"] != unit or not _BETWEEN.fullmatch(text, last.end, draft.start):
        return None
    first = re.sub(r"\s*\([^()]*\)\s*$", "", last.figure.get("label", "")).strip()
    return first if first and first.lower() != unit.lower() else None
