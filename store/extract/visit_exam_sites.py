"""Leaders who go to see exam sites: a check of the exam, though told with "thăm".

`visit_kind` counts "thăm" only towards a public-service desk: a call on a family or a site honours someone and
oversees nothing. An exam site is a public service at work on its day: a province's leaders who "đến thăm các
điểm thi" (or "thăm, động viên" a "hội đồng thi") hear how the rooms, the papers and the candidates are looked
after and tell the staff to keep the rules, which is a check of the exam whatever the verb ("kiểm tra" is often
not written). A visit still to come ("sẽ đến thăm") stays none.
"""

from __future__ import annotations

import re

from .text import Article

_EXAM_SITE = re.compile(r"\b(?:đến|tới|xuống)?\s*thăm(?:\s*,?\s*(?:và\s+)?động\s+viên)?\s+(?:\S+\s+){0,3}?"
                        r"(?:điểm\s+(?:coi\s+)?thi|hội\s+đồng\s+(?:coi\s+)?thi)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|kế hoạch)\b[^.;]{0,60}$", re.IGNORECASE)
_LEAD = 2


def exam_sites_visited(article: Article, code: str) -> bool:
    """Whether an article read as no visit (`code`) has, in its title or opening, someone going to see exam sites."""
    if code != "nonvisit.no_visit":
        return False
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:_LEAD]]
    return any(not _NOT_YET.search(text[:m.start()]) for text in texts for m in _EXAM_SITE.finditer(text))
