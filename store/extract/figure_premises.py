"""A unit's own premises, told to describe it: "Trung tâm ... hiện có 2 cơ sở tại số 127 Hai Bà Trưng ...".

Settled in session 17: a visited unit's own sites, seats or offices, said as what it has ("hiện có 2 cơ sở tại ...",
"có 2 trụ sở làm việc ở ..."), are its make-up, as a place's area and population
are (the house convention): no figure. What the report counts as done, checked or found ("đã kiểm tra 12 cơ sở kinh
doanh", "xây mới 3 điểm trường", "41/58 trường đạt chuẩn") stays a figure. The sign is the shape: the unit (a
centre, a desk, a school, a hospital, an office) opens the clause, "có"/"gồm" comes right before the count, and where
the sites are ("tại", "đặt tại", "ở" with an address or a place) comes right after the unit word.

Session 42 (fresh89 v02) widened the make-up by two shapes a real page used: the seats told with the unit's own
sections and no address ("Trung tâm hiện có 2 cơ sở với 3 phòng chuyên môn"), and the agencies that staff its desks
("cùng với 12 sở, ngành, 2 cơ quan ngành dọc ... bố trí tiếp nhận, trả kết quả tại trung tâm": who sits there, not
what was done). An agency that has not sent its staff ("2 cơ quan chưa cử công chức") is a finding and stays a figure.
"""

from __future__ import annotations

import re

__all__ = ["own_premises", "seated_agencies"]

_SITE_UNITS = ("cơ sở", "trụ sở", "chi nhánh")
_HAS_BEFORE = re.compile(r"\b(?:Trung tâm|Bộ phận|Trường|Bệnh viện|Văn phòng|Chi nhánh|Cơ quan|Cảng vụ|Ban quản lý)"
                         r"\b[^.;:]{0,200}?\b(?:(?:hiện|đang|hiện đang|nay)\s+)?(?:có|gồm)\s+$")
"""The unit opens the clause run and has the sites ("Trung tâm ... hiện có", "Bộ phận một cửa gồm")."""
_WHERE_AFTER = re.compile(r"\s*(?:(?:đặt|làm việc|hoạt động)\s+)?(?:tại|ở)\s+(?:số\s+\d|\d|đường|phố|phường|xã|"
                          r"thị trấn|quận|huyện|thành phố|tỉnh|khu|thôn|ấp|bản|xóm|tổ|trụ sở|tòa|toà|[A-ZĐÀ-Ỹ])")
"""Where the sites are, right after the unit word: an address, a street, a ward, a named place."""


_NUMBER = r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_SECTIONS_AFTER = re.compile(r"\s*(?:với|cùng|và|gồm)\s+" + _NUMBER + r"\s+(?:phòng|bộ phận|tổ|khoa|ban|đơn vị)\b")
"""The unit's own sections told right after its seats ("2 cơ sở với 3 phòng chuyên môn", "gồm 2 cơ sở và 4 tổ")."""

_SEATS_BEFORE = re.compile(r"((?:có|gồm)\s+)" + _NUMBER + r"\s+(?:cơ sở|trụ sở|chi nhánh)\s+(?:với|cùng|và)\s+$")
"""The sections' own count, after the seats it is told with ("hiện có 2 cơ sở với [3 phòng]")."""
_SECTION_UNITS = ("phòng", "bộ phận", "tổ", "khoa", "ban", "đơn vị")
_AMISS_CLAUSE = re.compile(r"[^.;:!?]*?\b(?:chưa|không|xuống cấp|hư hỏng|vi phạm|thiếu)\b")
"""A finding later in the clause ("có 3 cơ sở với 2 phòng khám chưa đủ điều kiện"): the seats stay figures."""

_AGENCY_UNITS = ("cơ quan", "sở", "đơn vị")
_SEATED_AFTER = re.compile(r"[^.;:!?]{0,160}?\b(?:bố trí|cử|đặt)\s+(?:(?:công chức|cán bộ|nhân sự|viên chức|"
                           r"người)\s+)?(?:quầy\s+)?(?:tiếp nhận|trả kết quả|trực|làm việc)")
"""Where the agencies sit, later in the clause: "... bố trí tiếp nhận, trả kết quả", "... cử công chức tiếp nhận"."""
_NOT_YET = re.compile(r"\b(?:chưa|không|chậm)\b")


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
    if unit in _SECTION_UNITS and (seats := _SEATS_BEFORE.search(text, max(0, start - 60), start)):
        return bool(_HAS_BEFORE.search(text, max(0, seats.start() - 240), seats.end(1))) and \
            not _AMISS_CLAUSE.match(text, end)  # "Trung tâm hiện có 2 cơ sở với [3 phòng] chuyên môn"
    if unit not in _SITE_UNITS or not _HAS_BEFORE.search(text, max(0, start - 240), start):
        return False
    if _WHERE_AFTER.match(text, end):
        return True
    sections = _SECTIONS_AFTER.match(text, end)
    return sections is not None and not _AMISS_CLAUSE.match(text, sections.end())


def seated_agencies(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` is of the agencies that staff a centre's desks, told as what it is
    ("12 sở, ngành và 3 cơ quan ngành dọc cử công chức tiếp nhận hồ sơ tại Trung tâm"): the centre's make-up. The
    clause must say they sit there, and not that they have yet to ("chưa cử", "không bố trí": a finding)."""
    if unit not in _AGENCY_UNITS:
        return False
    seated = _SEATED_AFTER.match(text, end)
    return seated is not None and not _NOT_YET.search(text, end, seated.end())
