"""A line that only stamps the page's time, wherever it is printed: the publication date, never the visit day.

`markers.take_markers` reads stamps among the first lines only, where most sites print them; but a page copied
whole may end with its stamp ("... Đức Anh / Thứ Ba, 10/9/2024 - 16:20"), carry it after a run of photo captions,
or print the time first ("15:30 Thứ Tư, 6/3/2024", "Cập nhật lúc 09:12, Thứ Năm 20/6/2024"). Such a line holds
nothing but a label, a weekday, a full date and a time, so it is safe to read anywhere: it gives the year of a day
written without one, and is never content (a caption-like line the day rules could read as the visit's day).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..dates import safe_day

if TYPE_CHECKING:
    from .text import Article

_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:sa|ch|am|pm))?"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_STAMP = re.compile(
    r"(?:(?:cập\s+nhật|ngày\s+đăng|đăng|xuất\s+bản|published|updated)(?:\s+(?:lúc|ngày))?\s*:?\s*)?"
    rf"(?:{_TIME}\s*[,|–-]?\s*)?(?:{_WEEKDAY}\s*[,|–-]?\s*)?(?:ngày\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    rf"(?:\s*[,|–-]?\s*(?:lúc\s+)?{_TIME})?(?:\s*\(?\s*gmt\s*[+-]\s*\d{{1,2}}\s*\)?)?\s*",
    re.IGNORECASE)


def take_stamp_lines(lines: list[str], article: Article) -> list[str]:
    """`lines` without lines that only stamp the page; the first stamp dates the page when nothing else did."""
    kept = []
    for line in lines:
        m = _STAMP.fullmatch(line) if line and len(line) <= 70 else None
        day = safe_day(int(m[3]), int(m[2]), int(m[1])) if m else None
        if day is None:
            kept.append(line)
            continue
        if article.published is None:
            article.published, article.published_line = day, line
        article.dropped.append(line)
    return kept
