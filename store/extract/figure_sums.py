"""Counts that add up to the count the sentence before ended on are its parts.

"Trung tâm đã tiếp nhận 60 hồ sơ ..., tất cả đều nộp trực tuyến. Trung tâm đã trả kết quả 52 hồ sơ trước hạn, còn
8 hồ sơ đang trong thời hạn giải quyết.": no "trong đó" opens the second sentence (`figure_wholes.PARTS_OPEN`), yet
52 and 8 split the 60 received. A reader sees it from the sum: two or more counts of one kind, none of them a part
already, adding up exactly to a count of that kind just before, are its parts. An exact sum is what keeps a new
total of the same unit ("giải quyết 55 hồ sơ; năm trước 48 hồ sơ") from being read as parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .figure_wholes import unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft


def parts_adding_up(drafts: list[FigureDraft], previous: list[FigureDraft]) -> bool:
    """Give the counts of `drafts` that add up to a whole count of `previous` that whole; True if any did."""
    changed = False
    for family in {unit_family(d.figure["unit"]) for d in drafts}:
        parts = [d for d in drafts if unit_family(d.figure["unit"]) == family and "of" not in d.figure and
                 d.figure["unit"] != "%"]
        if len(parts) < 2:
            continue
        total = sum(d.figure["value"] for d in parts)
        wholes = [d for d in previous if unit_family(d.figure["unit"]) == family and "of" not in d.figure and
                  d.figure["value"] == total]
        if wholes:
            for part in parts:
                part.figure["of"] = wholes[0].figure["value"]
            changed = True
    return changed
