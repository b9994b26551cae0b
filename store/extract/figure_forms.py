"""Forms ("phiếu") the visiting team hands out or collects itself: its own survey, no result of the place.

A commune's forms counted are its work ("thu nhận 1.250 phiếu thu thập thông tin", "tiếp nhận 640 phiếu đề nghị"),
as its files are. But an oversight team often surveys people itself ("Đoàn đã phát 200 phiếu khảo sát cho người
dân"), and those forms measure the overseer's own round, as its "03 cuộc giám sát" do (`figure_numbers._refused`).
The team must be the clause's subject with a verb of handing out or collecting right before the count, and no report
it heard between ("Đoàn nghe báo cáo, xã đã thu về 480 phiếu" stays the commune's).
"""

from __future__ import annotations

import re

__all__ = ["teams_own_forms"]

_TEAM_HANDS = re.compile(r"\b(?:[Đđ]oàn|[Tt]ổ công tác|[Tt]ổ khảo sát)\b(?:(?!báo cáo|\bnghe\b|cho biết)[^.;:]){0,60}?"
                         r"\b(?:phát(?:\s+ra)?|gửi|thu(?:\s+về|\s+lại)?|lấy|khảo sát|tiến hành khảo sát)\s+"
                         r"(?:(?:được|tổng cộng|tổng số|hơn|trên|gần|khoảng)\s+)*$")


def teams_own_forms(text: str, start: int) -> bool:
    """Whether the forms counted at `start` are the visiting team's own, handed out or collected by it."""
    return bool(_TEAM_HANDS.search(text, max(0, start - 100), start))
