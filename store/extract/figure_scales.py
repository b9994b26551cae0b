"""A scale of allowances written as a span is no figure: "với mức trợ cấp từ 270 - 405.000 đồng/tháng".

One rate alone ("mức trợ cấp 360.000 đồng/tháng") is what the place pays, a figure (`figure_rates`). A span of rates
is the scheme's scale, the law's bands from the lowest to the highest: neither end is paid to anyone as written, and
read alone the upper end passes for a sum (with a stray "nghìn", "405.000 nghìn đồng" even becomes 405 million).
"""

from __future__ import annotations

import re

__all__ = ["end_of_a_scale"]

_SCALE_BEFORE = re.compile(r"\b(?:mức|trợ cấp|phụ cấp|hỗ trợ|lương)\b[^.;]{0,40}\btừ\s+[\d.,]+\s*"
                           r"(?:nghìn|ngàn|triệu|tỷ)?\s*(?:đồng|đ)?\s*(?:-|–|đến|tới)\s*$", re.IGNORECASE)
"""Before the amount: an allowance's span opened with "từ" and its lower end ("mức trợ cấp từ 270 -", "mức hỗ trợ từ
405.000 đến")."""
_MONEY = ("đồng", "nghìn đồng", "triệu đồng", "tỷ đồng")


def end_of_a_scale(text: str, start: int, unit: str) -> bool:
    """Whether the amount starting at `start` closes a span of allowance rates."""
    return unit in _MONEY and bool(_SCALE_BEFORE.search(text, max(0, start - 90), start))
