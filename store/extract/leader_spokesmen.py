"""Who speaks on behalf of the delegation: "Thay mặt đoàn giám sát, ông X, <titles> ghi nhận ...".

A lead that names no head, then one official who speaks for the whole team, is common in reports of provincial
committees, departments and ministries (composed leads: every body without a council's officer failed). The one who
speaks for the team is its head; who speaks for the hosts ("Thay mặt UBND xã, ông Y cảm ơn đoàn") is not, since
only "đoàn" (the team) counts.
"""

from __future__ import annotations

import re

_ON_BEHALF = re.compile(r"\bthay\s+mặt\s+(?:cho\s+)?(?:các\s+thành\s+viên\s+)?(?:đoàn|tổ)\b[^,.;]{0,60},\s*"
                        r"(?:(?:ông|bà|đồng chí|đ/c)\s+)?$", re.IGNORECASE)


def speaks_for_the_team(before: str) -> bool:
    """The text before a person (their title written before the name taken off) says they speak for the team."""
    return _ON_BEHALF.search(before) is not None
