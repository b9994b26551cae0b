"""A unit's own premises, told to describe it: "Trung tâm ... hiện có 2 cơ sở tại số 127 Hai Bà Trưng ...".

Settled in session 17: a visited unit's own sites, seats or offices, said as what it has ("hiện có 2 cơ sở tại ...",
"có 2 trụ sở làm việc ở ..."), are its make-up, as a place's area and population
are (the house convention): no figure. What the report counts as done, checked or found ("đã kiểm tra 12 cơ sở kinh
doanh", "xây mới 3 điểm trường", "41/58 trường đạt chuẩn") stays a figure. The sign is the shape: the unit (a
centre, a desk, a school, a hospital, an office) opens the clause, "có"/"gồm" comes right before the count, and where
the sites are ("tại", "đặt tại", "ở" with an address or a place) comes right after the unit word.
"""

from __future__ import annotations

import re

__all__ = ["own_premises"]

_SITE_UNITS = ("cơ sở", "trụ sở", "chi nhánh")
_HAS_BEFORE = re.compile(r"\b(?:Trung tâm|Bộ phận|Trường|Bệnh viện|Văn phòng|Chi nhánh|Cơ quan|Cảng vụ|Ban quản lý)"
                         r"\b[^.;:]{0,200}?\b(?:(?:hiện|đang|hiện đang|nay)\s+)?(?:có|gồm)\s+$")
"""The unit opens the clause run and has the sites ("Trung tâm ... hiện có", "Bộ phận một cửa gồm")."""
_WHERE_AFTER = re.compile(r"\s*(?:(?:đặt|làm việc|hoạt động)\s+)?(?:tại|ở)\s+(?:số\s+\d|\d|đường|phố|phường|xã|"
                          r"thị trấn|quận|huyện|thành phố|tỉnh|khu|thôn|ấp|bản|xóm|tổ|trụ sở|tòa|toà|[A-ZĐÀ-Ỹ])")
"""Where the sites are, right after the unit word: an address, a street, a ward, a named place."""


_HAS = re.compile(r"\b(?:(?:hiện|đang|hiện đang|nay)\s+)?(?:có|gồm)\s+$")
_AMISS_AFTER = re.compile(r"\s*(?:làm việc\s+)?(?:dôi dư|dư thừa|chưa|không|bỏ trống|xuống cấp|hư hỏng|cần|phải)\b")
"""Offices a place has, told with what is wrong with them ("có 6 trụ sở dôi dư", "có 4 trụ sở chưa có phương án"):
a finding, no make-up."""


_HELD_UNITS = ("trụ sở", "di tích")
"""What a place has, told as what it is ("có 5 trụ sở", "xã có 27 di tích": the make-up; "đã tu bổ 9 di tích", "6 di
tích được xếp hạng" are results, session 24)."""


def own_premises(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` (its unit included) is a unit's own sites told to describe it, or the
    offices a place has ("Khu vực có 5 trụ sở đang sử dụng": the make-up; "còn 6 trụ sở chưa có phương án", "đã chuyển
    giao 46 trụ sở", "có 6 trụ sở dôi dư" are findings)."""
    if unit in _HELD_UNITS and _HAS.search(text, max(0, start - 20), start) and not _AMISS_AFTER.match(text, end):
        return True
    return unit in _SITE_UNITS and bool(_WHERE_AFTER.match(text, end)) and \
        bool(_HAS_BEFORE.search(text, max(0, start - 240), start))
