"""A percent told as a change ("tăng 9,2% so với năm 2024") is no share of a whole, so no rate's metric.

"Tỷ lệ hồ sơ trực tuyến đạt 86,4%, tăng 9,2% so với năm 2024": the 86,4 % is the share of files sent online; the
9,2 % is how much something grew, of no whole. Labelled from the words before it ("Tỷ lệ hồ sơ nộp trực tuyến
tăng"), such a change met the share's alias and was filed under it (`ty-le-truc-tuyen`, `ty-le-dung-han`), so the
compare view charted a growth of 150 % as the share of online files. A change is a percent right after "tăng" or
"giảm" (with "thêm", "được" and a bound between: "tăng thêm khoảng 5%"); a level reached ("tăng lên 78%", "giảm còn
1,3%", "giảm xuống 2,1%") is the share itself and keeps its metric. Its label keeps the verb at its end, which
`store.metric_states.changed` reads for figures saved without a metric.
"""

from __future__ import annotations

import re

__all__ = ["told_as_change"]

_CHANGE = re.compile(r"(?<![\wÀ-ỹ])(?:tăng|giảm)(?:\s+(?:thêm|được))?(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|ước))?\s*$",
                     re.IGNORECASE)


def told_as_change(text: str, start: int) -> bool:
    """Whether the percent at `start` is a change told right after "tăng" or "giảm" (module docstring)."""
    return bool(_CHANGE.search(text, max(0, start - 40), start))
