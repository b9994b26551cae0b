"""An event named by its year that the visit prepares for fixes the year: "kiểm tra công tác chuẩn bị cho Lễ hội du
lịch biển 2018", "trước lễ hội du lịch 2017", "để kịp khai trương mùa du lịch 2017".

Leaders go to see whether a festival, a tourist season, a fair or an exam is ready in the weeks before it, and the
report names it with its year while the visit's own day has none. The visit is in that year, before the event; read
as a data year instead, "2017" would date nothing (a bare year is no period) and the day would be guessed from
today. Only an event the work is for counts (after "chuẩn bị", "trước", "phục vụ", "kịp", "đón"): one told as past
("sau lễ hội 2017") dates the visit after it, which no rule here claims. `year_anchors` asks here after its other
events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reasons import Reason, reason

if TYPE_CHECKING:
    from .text import Article

__all__ = ["event_year"]

_EVENT_AHEAD = re.compile(
    r"\b(?:chuẩn bị|trước|phục vụ|kịp|đón|sẵn sàng cho)\s+(?:cho\s+)?(?:[^\s.;,]+\s+){0,3}?"
    r"(?P<event>lễ hội|mùa du lịch|mùa lễ hội|festival|hội chợ|năm du lịch|kỳ thi|hội thi|hội diễn|hội khỏe|"
    r"đại hội thể dục thể thao|tuần văn hóa|tuần lễ)\b[^.;,()]{0,60}?\b(?:năm\s+)?(?P<year>(?:19|20)\d{2})"
    r"(?!\d|\s*[-–/]\s*\d)", re.IGNORECASE)
"""A coming event with its year: "chuẩn bị cho Lễ hội du lịch biển Thịnh Long 2018", "trước lễ hội du lịch 2017",
"kịp khai trương mùa du lịch 2017", "phục vụ Kỳ thi tốt nghiệp THPT năm 2022" (a span "2022-2023" names no one
year)."""


def event_year(article: Article, today_year: int) -> tuple[int, Reason, str] | None:
    """The year of an event ahead that the title or a sentence names, if it is not after today's year."""
    for text in ([article.title] if article.title else []) + [s.text for s in article.sentences]:
        m = _EVENT_AHEAD.search(text)
        if m and int(m["year"]) <= today_year:
            year = int(m["year"])
            return year, reason("year.event_ahead", event=m[0][m.start("event") - m.start():].strip(), year=year), text
    return None
