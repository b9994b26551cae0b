"""An aim told with its verbs joined by "và": every number of the clause is aimed at, none reached.

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


def aimed_at(text: str, start: int) -> bool:
    """Whether the number at `start` lies in a clause an unmet "phấn đấu" governs."""
    return bool(_AIM.search(text, max(0, start - 170), start))
