"""An anniversary the visit is paid for: "Kỷ niệm 73 năm Ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2020), sáng
22/7, ...".

Gift and tribute visits are told with the anniversary they mark, its span written out to the year being celebrated.
Read as an ordinary dated day, the span's end ("27/7/2020") bounded the visit from below, so a visit in the days
before it was put a year later. The span names the year: the celebrated year when its count of years matches the
span, and the visit falls within three months of the anniversary's day (a run-up across New Year takes the year
before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reasons import Reason, reason

if TYPE_CHECKING:
    from .text import Article

__all__ = ["anniversary_year"]

_DAY = r"(?:(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*)?"
_ANNIVERSARY = re.compile(r"\bkỷ niệm\s+(\d{1,4})\s+năm\b[^.;]{0,160}?\(\s*" + _DAY + r"(\d{4})\s*[-–]\s*" + _DAY +
                          r"(\d{4})\s*\)", re.IGNORECASE)
_NEAR = 3
"""Months either side of the anniversary's day a visit for it is paid in."""


def _spans(text: str) -> list[re.Match[str]]:
    return [m for m in _ANNIVERSARY.finditer(text) if int(m[7]) - int(m[4]) == int(m[1])]


def anniversary_year(article: Article, month: int) -> tuple[int, Reason, str] | None:
    """(year, why, evidence) of a day in `month` paid for the anniversary an article's span names; else None."""
    for sentence in article.sentences:
        for m in _spans(sentence.text):
            year, on = int(m[7]), int(m[6]) if m[6] else None
            if on is not None and not 1 <= on <= 12:
                continue
            if on is not None:
                gap = month - on
                if gap > 6:
                    year -= 1  # a December visit for a January anniversary
                elif gap < -6:
                    year += 1
                if min(abs(gap), 12 - abs(gap)) > _NEAR:
                    continue
            return year, reason("year.anniversary", span=m[0][m[0].index("(") + 1:-1].strip(), year=year), \
                sentence.text
    return None
