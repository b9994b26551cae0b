"""A province whose report opens a cut excerpt, heard by the visitors at a session the excerpt tells.

A stored excerpt may begin after the lead that said who came: "Báo cáo đánh giá của Tỉnh ủy A nêu rõ, ...", the host's
figures, then "Phát biểu tại buổi làm việc, ... bà X nhấn mạnh ..." and "Trước đó, bà X cùng đoàn kiểm tra cũng đã có
buổi làm việc với huyện B" (s28 fresh53 v02). The session the guest speaks at hears the province's own committee's
report: it is a session with the province, as "làm việc với Ban Thường vụ Tỉnh ủy A" is (`party_session_provinces`),
so A is listed beside B. Only the excerpt's first sentence opening on the report of the province's party committee,
its standing committee or its People's Committee or council, and only when a later sentence of the opening tells the
session itself ("Phát biểu tại buổi làm việc,", "Tại buổi làm việc,"), naming no other unit there: a province's report
cited later in a story, or in a page with no session, is a source of figures for the area, not a host
(`place_host_reports`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .place_venues import bodies_named

if TYPE_CHECKING:
    from .place_mentions import Mention
    from .text import Sentence

__all__ = ["province_report_heard"]

_REPORT_OF = re.compile(r"^\W*(?:Theo\s+)?[Bb]áo cáo(?:\s+(?:đánh giá|tóm tắt|tổng hợp|kết quả))?\s+(?:của\s+)?"
                        r"(?:Ban Thường vụ\s+|Thường trực\s+)?(?:Tỉnh [uủ]y|(?:UBND|(?:Ủy|Uỷ) ban nhân dân|HĐND|"
                        r"Hội đồng nhân dân)\s+tỉnh)\s+$")
"""The opening words before the province's name: "Báo cáo đánh giá của Tỉnh ủy ", "Theo báo cáo của UBND tỉnh "."""
_SESSION_TOLD = re.compile(r"^\W*(?:Phát biểu\s+(?:\S+\s+){0,2}?)?[Tt]ại\s+(?:buổi|cuộc)\s+(?:làm việc|kiểm tra|"
                           r"giám sát|khảo sát)\s*,")
"""A later sentence opening on the session itself, no unit named after it: "Phát biểu tại buổi làm việc, ..."."""
_OPENING = 8
"""The sentences read for the session: the host's report can run five or six sentences before it."""


def province_report_heard(sentences: list[Sentence]) -> list[Mention]:
    """The province whose committee's report opens the excerpt, as a mention, when a later sentence tells the
    session; else none."""
    if not sentences or not any(_SESSION_TOLD.match(s.text) for s in sentences[1:_OPENING]):
        return []
    first = sentences[0]
    return [m for m in bodies_named(first) if _REPORT_OF.match(first.text[:m.start])]
