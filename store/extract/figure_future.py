"""A count in a clause about what will be done is an aim: "năm 2026, xã sẽ xây dựng 3 nhà văn hóa" is no result.

Reports close on the place's plans as often as on the team's asks, and a plan carries numbers the way a result does:
"dự kiến trồng 20.000 cây xanh", "trong thời gian tới sẽ lắp đặt thêm 40 camera", "kế hoạch năm 2026 là cấp 500 thẻ".
A sentence that opens on the plan is caught in `figure_assigned.plan_sentence`; this is the plan said inside the clause,
before the number: "sẽ", "dự kiến", "sắp tới", "kế hoạch ... là". A result told after a plan in its own clause
("đã giải quyết 45 hồ sơ, dự kiến hoàn thành ...") is untouched: the marker must come first, with no "đã" after it.
"""

from __future__ import annotations

import re

__all__ = ["planned"]

_PLANNED_BEFORE = re.compile(
    r"(?:\bsẽ\b|\bdự kiến\b|\bsắp tới\b|\btrong thời gian tới\b|\bkế hoạch(?:\s+năm\s+\d{4})?\s+(?:là|đề ra)\b)"
    r"(?:(?!\bđã\b|\bđược\b(?!\s+\d)|[,;:()]|\s[-–]\s)[^.])*$", re.IGNORECASE)


def planned(text: str, start: int) -> bool:
    """Whether the number at `start` is the object of a plan said before it in its clause."""
    return bool(_PLANNED_BEFORE.search(text, max(0, start - 100), start))
