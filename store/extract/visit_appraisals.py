"""A team that has just appraised named communes: a visit, though told with "đánh giá" or "thẩm định".

"Đoàn kiểm tra của Văn phòng điều phối nông thôn mới và Ủy ban MTTQ tỉnh A vừa đánh giá: 2 xã B và C (huyện D) đã
đủ điều kiện ..." has no word of oversight the visit rules know, and `visit_kind` read such a lead as no visit at all.
An appraisal team ("Đoàn thẩm định", "Đoàn kiểm tra liên ngành", "Đoàn đánh giá") appraises a commune's criteria at
the commune, so by the house's conventions the team went there: a visit of the communes it names. A council at its
table ("Hội đồng thẩm định tỉnh vừa họp và đánh giá"), a province's ranking or decision (no team), an appraisal still
to come ("sẽ thẩm định"), and praise ("đánh giá cao") are none.
"""

from __future__ import annotations

import re

from .text import Article

_APPRAISED = re.compile(
    r"\b(?:Đoàn|Tổ)\s+(?:thẩm\s+định|kiểm\s+tra|đánh\s+giá|công\s+tác|liên\s+ngành|khảo\s+sát|giám\s+sát)\b"
    r"[^.;:]{0,160}?\s(?:vừa|đã|mới)\s+(?:tiến\s+hành\s+)?(?:kiểm\s+tra\s*,?\s*(?:và\s+)?)?"
    r"(?:thẩm\s+định|đánh\s+giá)(?!\s+cao)\b[^.;]{0,160}?\b(?:xã|phường|thị\s+trấn)\s+[A-ZĐÀ-Ỹ]")
"""The team, then "vừa|đã đánh giá|thẩm định" and a commune, ward or town named after it in the sentence."""
_NOT_YET = re.compile(r"\b(?:sẽ|dự\s+kiến|sắp(?!\s+xếp)|kế\s+hoạch)\b", re.IGNORECASE)
_LEAD = 2


def team_appraised(article: Article, code: str) -> bool:
    """Whether an article read as no visit at all (`code`) opens on a team that has just appraised named communes."""
    if code != "nonvisit.no_visit":
        return False
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:_LEAD]]
    return any(not _NOT_YET.search(m[0]) for text in texts for m in _APPRAISED.finditer(text))
