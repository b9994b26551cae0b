"""A year reviewed and the next year's tasks, discussed on the visit's day: "làm việc ... về tình hình phát triển kinh
tế - xã hội năm 2022, nhiệm vụ năm 2023" with "Sáng 4/12".

Such a working visit falls at the turn of the year: the year under review is over or nearly so, the next one is
being planned. With nothing else to date a day written without its year, the latest year named was taken (the
planned one, for a December visit a year late) or, where the plan year was set aside as lying ahead, the reviewed
one (a February visit a year early). The pair says more: a day in the second half of a year is in the year reviewed
(the review is held before the year ends), a day in the first half in the planned year (the year just past is
reviewed in its first weeks).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..reasons import Reason, reason
from .days import DayMention
from .text import Article

if TYPE_CHECKING:
    from .year_bounds import Bound

__all__ = ["review_year"]

_PAIR = re.compile(r"\b(?:tình hình|kết quả|tổng kết|đánh giá|báo cáo)\b[^.;]{0,120}?\bnăm\s+(\d{4})\b"
                   r"[^.;]{0,80}?\b(?:nhiệm vụ|kế hoạch|định hướng|phương hướng|mục tiêu)\b"
                   r"[^.;]{0,60}?\bnăm\s+(\d{4})\b", re.IGNORECASE)


def review_year(article: Article, mention: DayMention, bounds: list[Bound]) -> tuple[int, Reason, str] | None:
    """(year, why, evidence) of the day `mention` when the article pairs a reviewed year with the next one's plan,
    unless an event rules that year out (two-tier government, a district that ceased in 2025, a dated day). The
    years read as data periods ("nhiệm vụ năm 2020") bound nothing here: the pair is what dates the day."""
    era = [b for b in bounds if not b.reason.code.startswith(("year.data", "year.span"))]
    for sentence in article.sentences:
        for m in _PAIR.finditer(sentence.text):
            reviewed, planned = int(m[1]), int(m[2])
            if planned != reviewed + 1:
                continue
            year = reviewed if mention.month >= 7 else planned
            day = date(year, mention.month, min(mention.day, 28))
            if any(day < bound.day if bound.lower else day >= bound.day for bound in era):
                continue
            return year, reason("year.review", reviewed=reviewed, planned=planned, year=year), sentence.text
    return None
