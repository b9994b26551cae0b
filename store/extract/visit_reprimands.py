"""A reprimand that sums up spot checks made earlier: the criticism is the news, not a visit.

After a department's unannounced checks of office hours ("kiểm tra đột xuất việc chấp hành giờ giấc làm việc"), a
chairman signs a letter that criticises the heads of the units found wanting ("Chủ tịch UBND tỉnh X vừa phê bình
Chủ tịch UBND huyện A, huyện B ..."). The page opens on the reprimand and tells the checks only as what came before
("Trước đó, Tổ kiểm tra ... chia làm hai đợt kiểm tra đột xuất ..."), with results and no day: it reads like a visit
(a team, "kiểm tra", figures) but reports none on a given day. A page that opens on a follow-up letter and then
tells the check's own day ("Theo đó, ngày 9-4, Tổ ... đã kiểm tra đột xuất ...") stays a visit: only a reprimand
with no visit day in the opening is taken, and the reason says so (`nonvisit.reprimand`).
"""

from __future__ import annotations

import re

from .text import Article

_REPRIMAND = re.compile(
    r"\b(?:vừa|đã)\s+(?:(?:ký|ban hành|có)\s+(?:văn bản|công văn|thông báo|quyết định)\s+)?"
    r"(?:phê bình|khiển trách|cảnh cáo|yêu cầu kiểm điểm|nghiêm khắc phê bình)\b",
    re.IGNORECASE)
"""Someone criticises ("vừa phê bình", "vừa ký văn bản phê bình", "đã có công văn khiển trách")."""
_BY_A_HEAD = re.compile(r"\b(?:Chủ tịch|Phó Chủ tịch|Giám đốc|Bí thư|Thủ tướng|Bộ trưởng)\b")
"""The reprimand comes from a head, in the same sentence before it."""
_CHECKS = re.compile(r"\bkiểm tra\b|\bthanh tra\b|\bkiểm soát\b", re.IGNORECASE)


def reprimand_after_checks(article: Article, has_visit_day: bool) -> bool:
    """Whether the opening is a head's reprimand and the checks behind it are told with no visit day."""
    if has_visit_day:
        return False
    head = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    opening = next((text for text in head if (m := _REPRIMAND.search(text)) and _BY_A_HEAD.search(text[:m.start()])),
                   None)
    if opening is None:
        return False
    return any(_CHECKS.search(s.text) for s in article.sentences[:5])
