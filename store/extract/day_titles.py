"""The visit's day written only in the headline, with its time of day (real pages, 2025).

"Lãnh đạo TP khảo sát trụ sở một số xã, phường sáng 8-6": the body, an excerpt after the lead ("Theo đó, lãnh đạo TP
đã đến khảo sát tại ..."), never repeats the day, and the only day it writes is another's, when the new units start
("đi vào hoạt động chính thức từ ngày 1-7-2025"). A headline day after "sáng/chiều/tối" beside a visit's verb is the
visit's; it ranks below any day the body writes as the visit's own (a time of day, a dateline, a sentence opening on
its day) and above a bare "ngày ..." inside a sentence.
"""

from __future__ import annotations

import re

from .day_cues import _TIME_OF_DAY
from .days import DayMention, day_mentions
from .text import Article

_VISIT_WORD = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc|thăm)\b", re.IGNORECASE)
"""A visit told in the headline ("Lãnh đạo TP ... khảo sát ..."): a leader may be its subject, not a body."""

RANK = 3
"""`dates.find_visit_day`'s rank of a day read after "ngày" in the opening sentences; the headline's goes first."""


def headline_day(article: Article) -> DayMention | None:
    """The day after a time of day in a headline that tells a visit, or None."""
    title = article.title or ""
    if not _VISIT_WORD.search(title):
        return None
    for mention in day_mentions(title):
        if _TIME_OF_DAY.search(title[:mention.start]):
            return mention
    return None
