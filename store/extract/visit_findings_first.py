"""An excerpt that opens on what a check found: "Qua kiểm tra, hầu hết các đơn vị ...", "Đánh giá kết quả giám sát,
ông X - Trưởng ban ... nhất trí".

The stored excerpts of district portals often begin in the middle of the report, after the lead that said who went
where: the first sentences then tell the findings of the check and name the team later ("Tổ kiểm tra công vụ huyện
đánh giá cao ...", "Ban Kinh tế - Xã hội kiến nghị UBND xã ..."). No sentence there has the visit's verb with a
delegation, so the report read as a feature. The findings ("Qua kiểm tra,", "Qua giám sát,", "Đánh giá kết quả
giám sát,") in one of the first three sentences (a photo caption may stand before them), with a checking team or
a council's Ban named in the opening ones,
are the evidence of a visit told from its middle.

Not an opener whose main clause is still to come ("Kết thúc chuyến khảo sát, Ban sẽ gửi báo cáo ...",
`visit_aftermath`), the end of a plan, unless the opening tells work done ("đoàn đã xem 40 hồ sơ", "Tại buổi kiểm
tra ...", "ghi nhận"): a report that ends on what comes next stays a visit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .visit_aftermath import aftermath_ahead

if TYPE_CHECKING:
    from .text import Article

__all__ = ["checked_through", "findings_first"]

_FINDINGS = re.compile(r"(?:^|\s)(?:Qua(?:\s+việc)?|Sau khi)\s+(?:kiểm tra|giám sát|khảo sát)"
                       r"(?:\s+(?:thực tế|trực tiếp|đột xuất))?"
                       r"(?:\s+tại\s+[^,.;]{2,60}?)?(?:\s+cho thấy)?\s*,|"
                       r"(?:^|\s)Phát biểu kết luận(?:\s+(?:buổi|cuộc)\s+(?:kiểm tra|giám sát|khảo sát))?\s*,|"
                       r"(?:^|\s)(?:Đánh giá|Nhận xét)(?:\s+chung)?(?:\s+về)?\s+kết quả\s+(?:buổi\s+|cuộc\s+|đợt\s+)?"
                       r"(?:kiểm tra|giám sát|khảo sát)\s*,|"
                       r"(?:^|\s)(?:Kết luận|Kết thúc)\s+(?:buổi|cuộc|đợt|chuyến)\s+(?:kiểm tra|giám sát|khảo sát)\s*,",
                       re.IGNORECASE)
"""(Also said as "Qua giám sát cho thấy,", "Phát biểu kết luận,", "Đánh giá chung kết quả giám sát,", "Nhận xét kết quả
giám sát,", "Kết luận buổi giám sát,", "Kết thúc chuyến khảo sát,": the check is over and its findings or its head's
words follow.)"""
_CHECKED_THROUGH = re.compile(r"^\W*Qua\s+việc\s+$", re.IGNORECASE)
"""A sentence opening "Qua việc" right before the check's verb ("Qua việc kiểm tra thực tế tại huyện A, ông X đề
nghị"): what the speaker learned by, the check made, not "việc kiểm tra" as a noun ("Việc kiểm tra nhằm ...")."""


def checked_through(before: str) -> bool:
    """Whether the words of a sentence `before` a check's verb open it on "Qua việc": the check was made. The one
    reading of this opening; `leader_fronted_checks` finds who spoke after it."""
    return bool(_CHECKED_THROUGH.match(before))


_TEAM = re.compile(r"\b(?:Tổ|Đoàn)\s+(?:kiểm tra|giám sát|khảo sát|công tác|đại biểu)\b|\bTrưởng\s+[Bb]an\b|"
                   r"\bBan\s+(?:Pháp chế|Kinh tế|Văn hóa|Văn hoá|Dân tộc|Đô thị)\b")


_DONE_SAID = re.compile(r"\b(?:đã|vừa)\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|làm việc|xem|ghi nhận)\b|"
                        r"\bTại buổi\s+(?:làm việc|giám sát|khảo sát|kiểm tra)\b|"
                        r"(?<!sẽ )\b(?:ghi nhận|đánh giá cao|biểu dương|chỉ ra)\b", re.IGNORECASE)
"""Work told as done in the opening: then the check was made, whatever its last sentence says will follow."""


def findings_first(article: Article) -> str | None:
    """The opening sentence that tells a check's findings when a checking team is named in the opening sentences,
    or None; an opener still to come ("Sau khi kiểm tra, tổ sẽ ...") only when the opening tells work done."""
    texts = [s.text for s in article.sentences[:6]]
    if not any(_TEAM.search(text) for text in texts):
        return None
    told_done = any(_DONE_SAID.search(text) for text in texts)
    return next((text for text in texts[:3] if _FINDINGS.search(text) and (told_done or not aftermath_ahead(text))),
                None)
