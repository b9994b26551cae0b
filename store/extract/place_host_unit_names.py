"""A district named only inside the name of the unit the team went to: "làm việc tại Trung tâm Y tế huyện Sơn Tịnh",
"kiểm tra Bộ phận một cửa UBND thị xã Y", "kiểm tra các dự án ...: Dự án Trung tâm Y tế huyện X; ...".

Before July 2025 a district's offices carry its name (its health centre, its land registry branch, its one-stop desk),
and a visit to such an office names the district nowhere else; `place_visited_sites` reads a commune glued to a
site ("Trạm Y tế xã A") but not a district, so the record fell back to the visitor's province (real: Quảng Ngãi's
chairman checking the works of "Trung tâm Y tế huyện Sơn Tịnh", session 31 fresh66 v06). The district is the visit's
when its office is the object of the visit: after "tại" / "đến" / "với" past a visit's verb, right after the check
verb, or as an item of the list of works or units checked that opens with a colon. Left alone: the office as a
speaker or subject ("Trung tâm Y tế huyện X báo cáo"), the visitor's own team ("Đoàn kiểm tra của Trung tâm ..."),
an office in a request ("đề nghị Chi nhánh ... huyện X") or a figure ("của Trung tâm Y tế huyện X đạt 95%").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["host_unit_district"]

_DISTRICTS = ("huyện", "quận", "thị xã", "thành phố")
_OFFICE = (r"(?:Trung tâm Y tế|Bệnh viện(?: Đa khoa)?|Chi nhánh Văn phòng [Đđ]ăng ký đất đai|"
           r"Văn phòng [Đđ]ăng ký đất đai|[Bb]ộ phận (?:[Mm]ột cửa|[Tt]iếp nhận và [Tt]rả kết quả)(?: của)?(?: UBND)?|"
           r"Trung tâm (?:[Pp]hục vụ )?[Hh]ành chính công|Trung tâm Văn hóa(?:[ -]Thể thao)?|"
           r"Ban Quản lý dự án(?: [Đđ]ầu tư xây dựng)?|Kho bạc Nhà nước|Chi cục Thuế|Bảo hiểm xã hội|"
           r"Phòng (?:Tài nguyên và Môi trường|Tư pháp|Nội vụ|Văn hóa và Thông tin|Giáo dục và Đào tạo|Y tế)|"
           r"Trung tâm Giáo dục nghề nghiệp(?:[ -]Giáo dục thường xuyên)?)")
"""A district's offices, whose names end on the district ("Trung tâm Y tế huyện A", "Bộ phận một cửa UBND thị xã B")."""
_NAME_TAIL = (r"(?:\s+(?!(?:tại|ở|của|và|về|trên|thuộc|cho|với|trong|đến|địa bàn)\b)[^\s,.;:()]+){0,4}?"
              r"\s+$")
"""The rest of the office's name before the district ("Chi nhánh Văn phòng đăng ký đất đai" is whole already)."""
_VERB = r"\b(?:kiểm tra|khảo sát|giám sát|làm việc|thăm|thị sát)\b"
_AT = re.compile(r"(?<![Đđ]oàn )(?<![Tt]ổ )(?:" + _VERB + r"(?:(?!\bcủa\b)[^.;:()]){0,80}?\b(?:tại|đến|với)|" +
                 _VERB + r"(?:\s+(?:đột xuất|thực tế|trực tiếp))?)\s+(?:(?:trụ sở|hoạt động của)\s+)?" +
                 _OFFICE + _NAME_TAIL, re.IGNORECASE)
"""The office gone to: "làm việc tại Trung tâm Y tế huyện A", "đã kiểm tra đột xuất Bộ phận một cửa UBND thị xã B"."""
_LIST_ITEM = re.compile(r"[:;]\s*(?:(?:[Dd]ự án|[Cc]ông trình)\s+"
                        r"(?:(?:xây dựng|nâng cấp|cải tạo)[^.;:()]{0,30}?\s+)?)?" + _OFFICE + _NAME_TAIL, re.IGNORECASE)
_LIST_OPENS = re.compile(_VERB + r"[^.;]{0,240}?\b(?:các|những|\d{1,2})\s+(?:dự án|công trình|đơn vị|cơ quan|điểm|"
                         r"cơ sở)\b[^.;:]{0,200}:[^.:]*$", re.IGNORECASE)
"""An item of the list of works or units checked, opened by a colon: "kiểm tra các dự án ...: Dự án A huyện X; B"."""


def host_unit_district(mention: Mention, text: str) -> bool:
    """`mention` (a district) is named only as part of the office the team went to or checked."""
    if mention.level not in _DISTRICTS:
        return False
    before = text[max(0, mention.start - 200):mention.start]
    if _AT.search(before):
        return True  # "giám sát tại Chi nhánh Văn phòng đăng ký đất đai huyện A"
    item = _LIST_ITEM.search(before)
    return item is not None and bool(_LIST_OPENS.search(text[:mention.start - len(before) + item.start() + 1]))
