"""A team's days that fall after the page came out, told without "sẽ": the work is still to come.

A notice of oversight often drops the future marker: "Từ ngày 10 đến 12/12, Đoàn giám sát ... làm việc tại xã A và
xã B", published on 5/12. `visit_kind` reads the verbs alone, and with no "sẽ / dự kiến" such a lead is a visit;
the dates module then settled a yearless day later than the page in the year before (10/12/2024). The publication is
the tell: a visit cannot be reported before it is made. So when the visit's day (stated with its year, or a yearless
day that would fall within a few weeks after the page in the page's own year) is later than the publication, and the
sentence that gives it tells no visit done ("đã", "vừa") and no finding is told anywhere ("Qua giám sát", "ghi
nhận"), the article is a visit still to come (session 28; session 27 items3 left it open).

A day long after the page is none of this: "Ngày 28/12" on a page of 6 January is the December before, and a
same-day report ("Sáng 9/12 ..." published that evening) is a visit.
"""

from __future__ import annotations

import re
from datetime import date

from ..reasons import Reason, reason
from .dates import VisitDate
from .text import Article

__all__ = ["days_ahead"]

_WINDOW_DAYS = 45
"""How far after the page a yearless day is still read as this year's, still to come; later, the year before's."""
_AT_WORK = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc|thị sát)\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:đã|vừa|mới đây|hôm qua|kết thúc|kết quả)\b", re.IGNORECASE)
"""The sentence tells the visit made: "đã làm việc", "vừa khảo sát", its end or its results."""
_FINDINGS = re.compile(r"\b(?:[Qq]ua\s+(?:việc\s+)?(?:giám sát|khảo sát|kiểm tra)|ghi nhận|đánh giá cao|biểu dương|"
                       r"kết luận|phát biểu kết luận)\b")
"""What a visit made finds, told anywhere in the page: the visit has been made, whatever the stamp says."""


def _ahead(visit: VisitDate) -> int | None:
    """How many days after the publication the visit's day falls, as the page would mean it; None when unknown."""
    if visit.day is None or visit.published is None:
        return None
    day: date | None = visit.day
    if visit.certainty == "publication" and visit.day.year == visit.published.year - 1:
        try:
            day = visit.day.replace(year=visit.published.year)  # the yearless day read in the page's own year
        except ValueError:
            day = None  # 29 February
    elif visit.certainty != "stated":
        return None
    return None if day is None else (day - visit.published).days


def days_ahead(article: Article, visit: VisitDate) -> Reason | None:
    """`nonvisit.to_come` when the lead's team works on days after the page and nothing says it has; else None."""
    ahead = _ahead(visit)
    if ahead is None or not 1 <= ahead <= _WINDOW_DAYS or not visit.evidence:
        return None
    lead = [s.text for s in article.sentences[:2]]
    if visit.evidence not in lead or not _AT_WORK.search(visit.evidence) or _DONE.search(visit.evidence):
        return None
    if any(_FINDINGS.search(s.text) for s in article.sentences):
        return None
    return reason("nonvisit.to_come")
