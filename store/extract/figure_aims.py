"""An aim told with its verbs joined by "và": every number of the clause is aimed at, none reached; a target named
with its year.

"Xã phấn đấu giảm tỷ lệ sinh con thứ ba xuống dưới 5% và tăng số cộng tác viên dân số lên 24 người": "phấn đấu"
governs both verbs, so the second number is an aim as much as the first (`figures._TARGET_SAID` reads only the number
right after "phấn đấu", `figures._TARGET_BEFORE` only an aim with its year). The aim ends at the clause group (";",
":" or the sentence's end) or where a result is told again ("đến nay đã đạt 95%", "hiện", "kết quả"); an aim
worked for and met ("đã phấn đấu hoàn thành 19 tiêu chí") is a result and stays.
"""

from __future__ import annotations

import re

__all__ = ["aimed_at"]

_AIM = re.compile(r"(?<!đã )(?<!Đã )\bphấn đấu\b(?!\s*,)"
                  r"(?:(?!\b(?:đã|đến nay|hiện nay|hiện|hiện đã|kết quả|qua đó|tuy nhiên|nhưng)\b)[^.;:]){0,160}$",
                  re.IGNORECASE)


_TARGET_NAMED = re.compile(r"\b(?:chỉ tiêu|mục tiêu)(?:\s+(?:được\s+)?(?:giao|đề ra|đặt ra|tỉnh giao|huyện giao))?"
                           r"(?:\s+(?:của\s+)?(?:năm|đến năm|đến hết năm|trong năm|giai đoạn)\s+[\d-]{4,9})?"
                           r"\s*(?:là|đạt|:)\s*(?:(?:trên|từ|tối thiểu|ít nhất)\s+)?$", re.IGNORECASE)
"""A target named with its year before "là" ("Chỉ tiêu giao năm 2025 là 80% hồ sơ trực tuyến, xã đã đạt 84,2%"):
the number the place was set, the one after it what it reached."""


def aimed_at(text: str, start: int) -> bool:
    """Whether the number at `start` lies in a clause an unmet "phấn đấu" governs, or is a target named with its
    year."""
    return bool(_AIM.search(text, max(0, start - 170), start) or _TARGET_NAMED.search(text, max(0, start - 80), start))
