"""Groups a place set up or keeps, counted with "nhóm" and what they are: "lập 124 nhóm Zalo", "135 nhóm cán bộ".

"nhóm" alone counts as often kinds as groups ("3 nhóm giải pháp", "5 nhóm nhiệm vụ", "chia thành 4 nhóm đối
tượng") or the visiting team's own split ("đoàn chia thành 2 nhóm"), so it is no unit of the lexicon (session 16
tried it as one and held-out gained a false figure). A group of people or a chat group is named by the word after
"nhóm": a messaging app ("nhóm Zalo", "nhóm Facebook"), the people in it ("nhóm cán bộ cấp xã"), or what it does as
a standing body ("nhóm tình nguyện", "nhóm hỗ trợ", "nhóm công nghệ số cộng đồng", "nhóm tiết kiệm", "nhóm sở
thích", "nhóm nòng cốt"). Those counts are the place's work, like "175 tổ công nghệ cộng đồng". Real pages: a
province's centre supporting "135 nhóm cán bộ cấp xã" (fresh22 v09), hamlets' shared Zalo groups, community digital
teams run through Zalo groups. The team's own groups stay out (`_TEAM_SPLIT`).
"""

from __future__ import annotations

import re

__all__ = ["group_count"]

_GROUP = re.compile(r"\s*(nhóm\s+(?:zalo|facebook|messenger|viber|cán bộ|tình nguyện|thanh niên tình nguyện|hỗ trợ|"
                    r"công nghệ số|chuyển đổi số|nòng cốt|tiết kiệm|tín dụng|sở thích|tự quản|phản ứng nhanh))"
                    r"(?![\wÀ-ỹ])", re.IGNORECASE)
"""What names a group of people: an app, its members, its standing work. Never a kind of things ("nhóm giải pháp",
"nhóm hộ" as a category, "nhóm đối tượng", "nhóm ngành")."""
_TEAM_SPLIT = re.compile(r"\b(?:[Đđ]oàn|tổ công tác)\b[^.;]{0,40}?\b(?:chia|phân)\s+(?:thành|làm|ra)\s+$",
                         re.IGNORECASE)
"""The visiting team split into groups ("đoàn chia thành 3 nhóm hỗ trợ"): its own, no result of the place."""


_APPS = ("zalo", "facebook", "messenger", "viber")


def group_count(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(unit, where it ends) when the bare number at [start, end) counts groups named by what they are; else None."""
    group = _GROUP.match(text, end)
    if group is None or _TEAM_SPLIT.search(text, max(0, start - 70), start):
        return None
    kind = group[1].split(None, 1)[1]
    return f"nhóm {kind.capitalize() if kind.lower() in _APPS else kind}", group.end()
