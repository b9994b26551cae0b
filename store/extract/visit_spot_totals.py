"""A department's totals of spot checks at many offices: a round-up, no visit (real pages, Cần Thơ 2018-2019).

"Sở Nội vụ kiểm tra 15 cơ quan, đơn vị phát hiện 185/263 công chức có mặt tại công sở ... Ngày 4-3, thông tin từ Sở
Nội vụ cho biết: kết quả kiểm tra đột xuất ...": checks at many offices over days (before and after a holiday) told
by their totals of staff present. No one visit is told as an event, and the only day written is the day the
department tells its results. `visit_kind`'s round-up words count "cuộc", "đợt", "đơn vị" after the verb, not "15
cơ quan, đơn vị", and the telling day read as a visit day kept the article a visit.

The article is a round-up when its opening (headline and first four sentences) counts offices checked (three or
more), gives a total of staff present or absent as a share ("185/263 công chức"), and every day it writes there is
the day of a telling ("Ngày 4-3, ... cho biết"). A round at a few offices on a day the team went ("Sáng 8/2, tổ
kiểm tra ... đã kiểm tra đột xuất tại 4 cơ quan, đơn vị") is a visit and stays one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .text import Article

__all__ = ["spot_check_totals"]

_OFFICES_CHECKED = re.compile(r"\bkiểm tra\s+(?:đột xuất\s+)?(?:(?:tại|đối với|ở)\s+)?(\d{1,3})\s+"
                              r"(?:cơ quan|đơn vị|cơ sở|địa phương)\b", re.IGNORECASE)
"""Offices counted after the check ("kiểm tra 15 cơ quan, đơn vị", "kiểm tra đột xuất tại 22 đơn vị")."""
_STAFF_TOTAL = re.compile(r"\b\d{1,4}\s*/\s*\d{1,4}\s+(?:cán bộ|công chức|viên chức|CBCC|CB, CC|người)\b[^.;]{0,40}?"
                          r"\b(?:có mặt|vắng)", re.IGNORECASE)
"""A total of staff present or absent, as a share ("185/263 công chức có mặt tại công sở")."""
_DAY = re.compile(r"\b(?:ngày|sáng|chiều|trưa|tối)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b", re.IGNORECASE)
_TELLING = re.compile(r"[^.;]{0,80}?\b(?:cho biết|thông tin|thông báo|báo cáo|tổng hợp)\b", re.IGNORECASE)
"""Right after a day, the department tells ("Ngày 4-3, thông tin từ Sở Nội vụ ... cho biết")."""


def spot_check_totals(article: Article) -> bool:
    """The opening sums up spot checks at many offices by their staff totals, with no day of its own (docstring)."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    opening = " ".join(texts)
    if not any(int(m[1]) >= 3 for m in _OFFICES_CHECKED.finditer(opening)) or not _STAFF_TOTAL.search(opening):
        return False
    return all(_TELLING.match(text, day.end()) for text in texts for day in _DAY.finditer(text))
