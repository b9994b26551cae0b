"""Gifts given on a trip: a visit when the trip also surveys, a charity call when it only gives.

Deputies or a council often go to a commune to give gifts ("trao tặng 20 suất quà", "thăm, tặng quà gia
đình chính sách"). Giving is no award ceremony (that honours someone: "trao tặng Bằng khen", "Huân
chương"), and no oversight either: when the same trip surveys or oversees a service ("đến thăm và khảo sát
tiến độ xây dựng các căn nhà", "khảo sát ... tại Trạm Y tế xã"), the article reports that visit; when it
only gives ("đến thăm và trao tặng quà", led by someone, "dẫn đầu"), it is a charity call, no visit.

"dẫn đầu" or "trưởng đoàn" says who heads a team, not what it does: in a sentence that tells a relief or gift call
("Đoàn công tác ... do X dẫn đầu đã đến thăm và trao kinh phí hỗ trợ ... khắc phục thiệt hại do mưa lũ", "... thăm,
chúc Tết và tặng quà") and no oversight, the head's words are no evidence of a visit. Both tests share one test of
oversight, so that what makes a gift trip a visit is said once.
"""

from __future__ import annotations

import re

from .text import Article
from .visit_second_look import HEARD_A_REPORT

GIFTS = re.compile(r"\b(?:trao\s+tặng|trao|tặng|trao\s+tặng\s+thêm)\s+(?:\S+\s+){0,3}?(?:quà|suất quà|phần quà|"
                   r"nhà tình (?:thương|nghĩa)|sổ tiết kiệm|xe đạp|học bổng|gạo|tiền)\b|"
                   r"\btrao\s+tặng\s+(?:thêm\s+)?\d", re.IGNORECASE)
"""Gifts handed out ("trao tặng 20 suất quà", "tặng quà", "trao tặng 60 triệu đồng")."""
HONOURS = re.compile(r"\btrao\s+tặng\s+(?:\S+\s+){0,2}?(?:Bằng khen|Giấy khen|Huân chương|Huy chương|Huy hiệu|"
                     r"Kỷ niệm chương|danh hiệu|Cờ|giải)", re.IGNORECASE)
"""An honour handed over ("trao tặng Bằng khen", "trao tặng Huân chương Lao động"): an award ceremony."""
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc|thanh tra|thị sát)\b|"
                        r"\b(?:Trung tâm (?:Phục vụ )?[Hh]ành chính công|Bộ phận (?:Một cửa|một cửa|[Tt]iếp nhận))",
                        re.IGNORECASE)
"""Oversight said, or a public-service desk called on: a leader who sees an office at work and tells it how to
serve makes a visit (`visit_evidence._VISIT`), gifts to its staff or not."""


_GIFT_CALL = re.compile(r"\b(?:trao(?!\s+đổi)|tặng|(?:suất\s+)?quà|chúc\s+Tết|chúc\s+mừng|thăm\s+hỏi|"
                        r"thăm\s*(?:,|và)\s*động\s+viên|cứu\s+trợ|"
                        r"ủng\s+hộ|(?:kinh\s+phí|tiền)\s+hỗ\s+trợ|hỗ\s+trợ\s+(?:kinh\s+phí|tiền))\b", re.IGNORECASE)
"""A sentence's words of a relief or gift call, wider than `GIFTS` (greetings and relief count): only read beside
the head's words, where they say what the led team did. An encouragement call, "về thăm và động viên cán bộ ...",
"đến thăm, động viên chiến sĩ ..." (session 36), is one too: "thăm hỏi, động viên" already was, and the house reads a
comfort call with nothing checked as no visit (h174, h845, h939)."""


def heads_a_gift_call(text: str) -> bool:
    """Whether `text` tells a gift or relief call and no oversight: its head's words prove no visit."""
    return bool(_GIFT_CALL.search(text)) and not _OVERSIGHT.search(text)


def only_gifts(article: Article, evidence: str = "") -> bool:
    """The opening gives gifts and says no oversight, survey, inspection or working session, nor does the sentence
    taken as the visit's (`evidence`, "do X dẫn đầu đã đến thăm và trao tặng quà")."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:3]] + [evidence]
    # a team that hears its hosts' report ("Đoàn đã được nghe cán bộ ... báo cáo") oversees them, gifts or not
    return any(GIFTS.search(text) for text in texts) and \
        not any(_OVERSIGHT.search(text) or HEARD_A_REPORT.search(text) for text in texts)
