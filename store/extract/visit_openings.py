"""A unit's own opening or launch, told in its lead: no visit, whatever the opened thing's remit says.

"UBND tỉnh A tổ chức khai trương và đưa Trung tâm Phục vụ hành chính công ... đi vào hoạt động", "Sở B tổ chức ra
mắt hệ thống ...": the unit opens its own centre, desk or system. The next sentences say what it is for ("theo dõi,
giám sát, đánh giá việc giải quyết thủ tục hành chính"), and `visit_evidence` took that remit for a visit (session 31,
fresh64 n02). A lead or a headline that opens a thing, naming no team and no check, tells an event; a team that
checks a centre "vừa khai trương", or a guest who "kiểm tra" at the ceremony, is still read as before.
"""

from __future__ import annotations

import re

from .text import Article

__all__ = ["own_opening"]

_OPENS = re.compile(r"\btổ chức\s+(?:lễ\s+|buổi lễ\s+)?(?:khai trương|khánh thành|ra mắt)\b|"
                    r"^\W*(?:Khai trương|Khánh thành|Ra mắt)\b", re.IGNORECASE)
"""The opening told: "tổ chức (lễ) khai trương|khánh thành|ra mắt", or a headline opening on it. "đưa ... vào sử
dụng" alone is no ceremony: "Theo báo cáo của Huyện ủy A, huyện đã đưa 12 công trình ... vào sử dụng" opens an
excerpt on the host's report (tests/test_extract_s28_f53)."""
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thanh tra|làm việc với|thăm|[Đđ]oàn)\b", re.IGNORECASE)
"""A check or a team in the lead: then the opening is where a visit went, and the other readings decide."""
_TEAM_LATER = re.compile(r"\b[Đđ]oàn\s+(?:công tác|giám sát|khảo sát|kiểm tra|đại biểu|ĐBQH)\b")


def own_opening(article: Article) -> bool:
    """The headline and the first sentence tell a unit opening its own centre, desk or system, with no team or check;
    no team is named in the next three sentences either."""
    lead = ([article.title] if article.title else []) + [s.text for s in article.sentences[:1]]
    if not any(_OPENS.search(text) for text in lead) or any(_OVERSIGHT.search(text) for text in lead):
        return False
    return not any(_TEAM_LATER.search(s.text) for s in article.sentences[1:4])
