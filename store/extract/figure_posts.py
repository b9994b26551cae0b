"""Staff listed by their posts: "gồm 2 công chức địa chính, 1 công chức văn hóa - xã hội" say who, not how many.

A spot check or a visit tells who was absent, late or assigned, then lists them by post ("trong đó có ... hai công
chức tư pháp, hộ tịch", "gồm ba công chức địa chính, một cán bộ nông lâm"). Each item counts the holders of one post
in a commune's staff: read as a figure it passes for a result of its own, or for a part of the count before it
("4 công chức vắng mặt"), which is the only figure the sentence gives. A count of staff named by post is therefore
no figure when it stands in such a list: after "gồm", "trong đó (có)", "bao gồm", "có cả" or a colon in its clause,
or beside another count of staff named by post. So is a count of staff told beside an office-holder, the roster of
who is on duty ("vẫn có đủ 2 công chức và 1 Phó Chủ tịch trực"), and so is the split of a staff count by office in
the bracket after it ("bố trí 5 công chức ( Tài chính 01, Văn phòng 01, ..., Tư pháp 02 )"): who sits at which desk,
not parts worth counting.
"""

from __future__ import annotations

import re

_STAFF = ("công chức", "cán bộ", "viên chức", "người", "CBCC", "CB, CC", "cán bộ, công chức")
_POST = (r"(?:tư pháp|hộ tịch|địa chính|văn phòng|thống kê|văn hóa|văn hoá|xã hội|tài chính|kế toán|xây dựng|"
         r"nông nghiệp|nông lâm|lâm nghiệp|môi trường|quân sự|chỉ huy trưởng|công an|lao động|thương binh|"
         r"giao thông|thủy lợi|thuỷ lợi|kinh tế|nội vụ|thủ quỹ|văn thư|y tế|giáo dục)")
_POST_AFTER = re.compile(rf"\s*(?:phụ trách\s+)?{_POST}\b", re.IGNORECASE)
"""Right after the count and its unit: the post ("2 công chức| địa chính - xây dựng")."""
_LIST_OPENS = re.compile(r"(?:\bgồm|\bbao gồm|\btrong đó(?:\s+có)?|\bcó cả|:)(?!.*\.\s)", re.IGNORECASE)
_COUNT_OF_POST = re.compile(
    rf"\b(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:công chức|cán bộ|viên chức)\s+"
    rf"(?:phụ trách\s+)?{_POST}\b",
    re.IGNORECASE)


_BESIDE_A_HOLDER = re.compile(r"\s*(?:,|và)\s+(?:\d{1,2}|một|hai)\s+(?:đồng chí\s+)?(?:Phó\s+)?(?:Chủ tịch|Bí thư|"
                              r"lãnh đạo|Trưởng|Phó)\b", re.IGNORECASE)
"""After the count: an office-holder counted beside the staff ("2 công chức| và 1 Phó Chủ tịch trực")."""


_OFFICE_ITEM = re.compile(rf"[(,;]\s*{_POST}(?:\s*[-–,]\s*{_POST}|\s+[^\W\d]+){{0,4}}\s*(?:có\s+|là\s+|:\s*)?$",
                          re.IGNORECASE)
"""Inside a bracket, the item before a bare number opens with an office ("( Tài chính |01", ", Tư pháp - Hộ tịch
|02")."""


_LONE_ON_DUTY = re.compile(r"(?:0?1|một)\s+(?:công chức|cán bộ|viên chức|nhân viên|người)\s+"
                           r"(?:(?:bên|của|thuộc)\s+(?:[^\W\d]+\s+){1,3}?)?(?:thường trực|trực|phụ trách|"
                           r"làm đầu mối|chuyên trách|kiêm nhiệm|tiếp đón|đón tiếp)(?![\wÀ-ỹ])", re.IGNORECASE)
"""One holder set at a duty ("bố trí 1 công chức trực bàn hướng dẫn", "cử 01 cán bộ thường trực"): settled in
session 17, the post is said (who sits at the desk), as "1 Phó Chủ tịch ... chỉ đạo" is, no count of staff; two or
more assigned ("5 công chức chuyên trách", "7 công chức được cử đến") are the unit's staffing, a figure."""
_ASSIGNED_BEFORE = re.compile(r"\b(?:bố trí|phân công|cử|giao|(?:đồng thời\s+)?có|phối hợp với|cùng với)\s+"
                              r"(?:thêm\s+)?$", re.IGNORECASE)
"""Before the lone holder: set at the duty, or working beside the team or the desk ("đồng thời có 1 nhân viên bên
Bưu điện trực", "phối hợp với 01 công chức phụ trách công tác CCHC"): one post held, as the holder set is."""


def staff_by_post(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` (its unit included) counts holders of a post listed by post."""
    if (unit in _STAFF or unit == "nhân viên") and _LONE_ON_DUTY.match(text, start) and \
            _ASSIGNED_BEFORE.search(text, max(0, start - 20), start):
        return True  # "Trung tâm còn bố trí 1 công chức trực bàn hướng dẫn": a post held, no count
    if unit in _STAFF and _BESIDE_A_HOLDER.match(text, end):
        return True
    opened = text.rfind("(", 0, start)
    if unit in _STAFF and opened >= 0 and ")" not in text[opened:start] and text[start].isdigit() and \
            _OFFICE_ITEM.search(text, opened, start):
        return True  # "( Tài chính 01, Văn phòng 01 )": a staff count split by office
    if unit not in _STAFF or not _POST_AFTER.match(text, end):
        return False
    before = text[max(0, start - 160):start]
    if _LIST_OPENS.search(before):
        return True
    return len(_COUNT_OF_POST.findall(text)) >= 2
