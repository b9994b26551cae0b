"""The words around a unit that say the delegation went there: "tại", "làm việc với UBND", "giám sát bộ phận
một cửa xã A", "làm việc với các trường thuộc xã A", "tại thôn B, xã A"; and those that say it did not: the body's
own name ("HĐND tỉnh X"), a visit still to come. Used by `places._is_visit`.
"""

from __future__ import annotations

import re

_WORK_WITH = re.compile(
    r"làm việc\s+(?:với|tại)\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|lãnh đạo)\s+)?"
    r"(?:(?:các|hai|ba|bốn|năm|\d{1,2})\s+)?$", re.IGNORECASE
)
_GOES_LATER = re.compile(r"\b(?:sẽ|dự kiến|sắp)\s+(?:tiếp tục\s+)?(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|"
                         r"làm việc)\b[^.;]{0,60}$", re.IGNORECASE)
_KIND_WORDS = re.compile(r"giám sát|khảo sát|kiểm tra|làm việc|thăm|đoàn", re.IGNORECASE)
_SCENE_START = re.compile(r"^(?:\W*)(?:(?:tương tự|cùng ngày|sau đó|tiếp đó|trước đó|buổi chiều|chiều cùng ngày|"
                          r"sáng cùng ngày)\s*,\s*)?(?:tại|ở)\s+$", re.IGNORECASE)
_AGENCY = (r"(?:(?:trụ sở\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)|"
           r"[Bb]ộ phận (?:[Mm]ột cửa|[Tt]iếp nhận và [Tt]rả kết quả)|Trung tâm (?:[Pp]hục vụ )?[Hh]ành chính công|"
           r"Công an)")
_OVERSEES = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra)\s+"
                       r"(?:(?:hoạt động|việc|công tác)[^.;,]{0,30}?\s+(?:của|tại)\s+)?" + _AGENCY + r"\s+$",
                       re.IGNORECASE)
"""The unit as what is overseen: "giám sát bộ phận một cửa xã A", "kiểm tra hoạt động của Trung tâm ... phường B"."""
_VILLAGE_BEFORE = re.compile(r"(?<![\w])(?:thôn|bản|ấp|xóm|làng|buôn|khóm|plei|bon|tổ dân phố|khu phố|khu dân cư)\s+"
                             r"(?:số\s+)?(?:[A-ZĐÀ-Ỹ\d][\w'’]*\s*){1,4},\s*$")
"""A village, hamlet or street group named before its commune or ward, which is the unit visited."""
_OVERSEES_UNITS = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra)\b[^.;]{0,60}?\bđối với\s+(?:các\s+)?$", re.IGNORECASE)
"""The units a round is held over: "Đoàn giám sát đối với xã: A, B", "kiểm tra đối với các phường A, B"."""
_COUNT = r"(?:(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+)?"
_OFFICES_OF = re.compile(
    r"(?<!oàn )\b(?:làm việc (?:với|tại)|khảo sát|kiểm tra|giám sát|thăm|đến)\s+(?:thực tế\s+)?(?:tại\s+)?"
    r"(?:các|một số|hai|ba|\d{1,2})?\s*(?:trường|trạm|hợp tác xã|HTX|chợ|nhà văn hóa|cơ sở|công trình|dự án|"
    r"doanh nghiệp|công ty|bệnh viện|nhà máy|cơ quan|mô hình|hộ|thôn|bản|khu dân cư|tổ dân phố|điểm)\b"
    r"(?:(?!\b(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)\b)[^.;:]){0,60}?"
    r"\s(?:thuộc|của|ở|tại|trên địa bàn)\s+" + _COUNT + r"$", re.IGNORECASE)
"""Offices or sites of the unit, visited: "làm việc với các trường thuộc xã A, B", "thăm trạm y tế của hai xã A, B"."""
_JOINED = re.compile(r"(?:\s*(?:,\s*và|,|;|và))+\s*" + _COUNT + r"(?:" + _AGENCY + r"\s+)?", re.IGNORECASE)
"""Between two units of one list: "xã A và UBND thị trấn B", "xã A, Công an xã B", "huyện X và các xã A"."""
_BODY_BEFORE = re.compile(r"(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội|Thành ủy|Tỉnh ủy|Huyện ủy|"
                          r"Thành uỷ|Tỉnh uỷ|Huyện uỷ|MTTQ|Mặt trận Tổ quốc)\s+$")
