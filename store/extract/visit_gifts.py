"""Gifts given on a trip: a visit when the trip also surveys, a charity call when it only gives.

Deputies or a council often go to a commune to give gifts ("trao tặng 20 suất quà", "thăm, tặng quà gia
đình chính sách"). Giving is no award ceremony (that honours someone: "trao tặng Bằng khen", "Huân
chương"), and no oversight either: when the same trip surveys or oversees a service ("đến thăm và khảo sát
tiến độ xây dựng các căn nhà", "khảo sát ... tại Trạm Y tế xã"), the article reports that visit; when it
only gives ("đến thăm và trao tặng quà", led by someone, "dẫn đầu"), it is a charity call, no visit.
"""

from __future__ import annotations

import re

from .text import Article

GIFTS = re.compile(r"\b(?:trao\s+tặng|trao|tặng|trao\s+tặng\s+thêm)\s+(?:\S+\s+){0,3}?(?:quà|suất quà|phần quà|"
                   r"nhà tình (?:thương|nghĩa)|sổ tiết kiệm|xe đạp|học bổng|gạo|tiền)\b|"
                   r"\btrao\s+tặng\s+(?:thêm\s+)?\d", re.IGNORECASE)
"""Gifts handed out ("trao tặng 20 suất quà", "tặng quà", "trao tặng 60 triệu đồng")."""
HONOURS = re.compile(r"\btrao\s+tặng\s+(?:\S+\s+){0,2}?(?:Bằng khen|Giấy khen|Huân chương|Huy chương|Huy hiệu|"
                     r"Kỷ niệm chương|danh hiệu|Cờ|giải)", re.IGNORECASE)
"""An honour handed over ("trao tặng Bằng khen", "trao tặng Huân chương Lao động"): an award ceremony."""
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc|thanh tra)\b|"
                        r"\b(?:Trung tâm (?:Phục vụ )?[Hh]ành chính công|Bộ phận (?:Một cửa|một cửa|[Tt]iếp nhận))",
                        re.IGNORECASE)
"""Oversight said, or a public-service desk called on: a leader who sees an office at work and tells it how to
serve makes a visit (`visit_kind._VISIT`), gifts to its staff or not."""


def only_gifts(article: Article, evidence: str = "") -> bool:
    """The opening gives gifts and says no oversight, survey, inspection or working session, nor does the sentence
    taken as the visit's (`evidence`, "do X dẫn đầu đã đến thăm và trao tặng quà")."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:3]] + [evidence]
    return any(GIFTS.search(text) for text in texts) and not any(_OVERSIGHT.search(text) for text in texts)
