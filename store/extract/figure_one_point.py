"""Gathered "in one place": "các thủ tục được tập trung về 1 điểm" says how a service is organised, no count.

Reports on one-stop service praise procedures brought together "về 1 điểm" (at a single desk or centre), as they
say "một cửa" or "một lần" (neither read as a figure: "một" opens no count but before a scale word). Written with
the digit, "1 điểm" was read as a count of service points. Only the single point after a verb of gathering ("tập
trung", "quy", "gom", "dồn", "thu", "đưa") and "về|tại|vào" is the idiom; several points ("tập trung về 4 điểm tiếp
nhận") are real places counted, and so is whatever the sentence counts at that point ("có 3 quầy").
"""

from __future__ import annotations

import re

__all__ = ["one_point"]

_GATHERED = re.compile(r"(?<![\wÀ-ỹ])(?:tập\s+trung|quy|gom|dồn|thu|đưa)(?:\s+(?:lại|hết|tất\s+cả|toàn\s+bộ))?"
                       r"\s+(?:về|tại|vào)\s+(?:(?:một|chung)\s+)?$", re.IGNORECASE)


def one_point(text: str, start: int, unit: str, written: str) -> bool:
    """Whether the count `written` at `start` in `unit` is the idiom "(tập trung) về 1 điểm": no figure."""
    return unit == "điểm" and written.lstrip("0") == "1" and bool(_GATHERED.search(text, max(0, start - 40), start))
