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

_HOUSEHOLD_GROUP = re.compile(r"\s*(nhóm hộ)(?=\s+(?:gia đình\s+)?(?:chăn nuôi|nuôi|trồng|sản xuất|liên kết|làm|cùng|"
                              r"chung|đồng|hưởng lợi|vay|tiết kiệm|tham gia)\b)", re.IGNORECASE)
"""Groups of households named by the work they do together (session 18): "hỗ trợ 9 nhóm hộ chăn nuôi lợn", "thành
lập 12 nhóm hộ trồng quế", "nhóm hộ cùng sở thích" — a poverty programme's community projects are given to them, so
they are counted as the place's work. "nhóm hộ" with no such word after is a kind ("chia thành 2 nhóm hộ theo
nguyên nhân nghèo", "3 nhóm hộ: nghèo, cận nghèo, mới thoát nghèo"), no count."""
_KINDS_SPLIT = re.compile(r"\b(?:chia|phân|xếp|gộp)\s+(?:thành|làm|ra|vào)\s+$", re.IGNORECASE)
"""Households sorted into kinds ("được chia thành 2 nhóm hộ chăn nuôi và trồng trọt"): kinds, whoever sorts them."""


def group_count(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(unit, where it ends) when the bare number at [start, end) counts groups named by what they are; else None."""
    if (households := _HOUSEHOLD_GROUP.match(text, end)) is not None:
        if _KINDS_SPLIT.search(text, max(0, start - 20), start):
            return None
        return "nhóm hộ", households.end()
    group = _GROUP.match(text, end)
    if group is None or _TEAM_SPLIT.search(text, max(0, start - 70), start):
        return None
    kind = group[1].split(None, 1)[1]
    return f"nhóm {kind.capitalize() if kind.lower() in _APPS else kind}", group.end()
