"""Holders of an office counted as an event: "hai chủ tịch xã vắng mặt", "02 phó chủ tịch UBND xã nghỉ việc".

A report on a commune's apparatus counts officials by their office when something happened to them: absent, quit,
moved, disciplined, newly appointed. Such a count is a finding of the visit, kept as the house keeps counts of staff
("3 cán bộ một cửa được điều động", unit "cán bộ"). An office is no unit word of its own (`figure_units`): "2 Phó
Chủ tịch" in a team's make-up ("đoàn gồm 2 Phó Chủ tịch HĐND tỉnh") is the visitor, and "Phó Chủ tịch thứ hai" an
ordinal. So the count is read only when the office (and the unit it serves, "xã", "UBND phường", "các thôn") is
followed at once by what happened to its holders. The unit stored is the office as written, in lower case.
"""

from __future__ import annotations

import re

__all__ = ["office_count"]

_OFFICE = re.compile(
    r"\s+(?P<office>(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|trưởng\s+(?:thôn|ấp|bản|khu\s+phố|ban|phòng|công\s+an)|"
    r"tổ\s+trưởng|giám\s+đốc|chỉ\s+huy\s+trưởng|chánh\s+văn\s+phòng))"
    r"(?P<of>(?:\s+(?:UBND|HĐND|MTTQ|Đảng\s+ủy|Ủy\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|cấp|các|của|"
    r"tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn|đặc\s+khu|thôn|ấp|bản|tổ\s+dân\s+phố|chi\s+bộ|một\s+cửa|địa\s+chính|tư\s+pháp))*)"
    r"(?P<event>\s+(?:(?:đã|đều|cùng|vẫn|bị|được|phải|xin|đang)\s+){0,2}"
    r"(?:vắng\s+mặt|nghỉ\s+(?:việc|hưu|phép|ốm)|thôi\s+(?:việc|giữ\s+chức)|xin\s+(?:nghỉ|thôi)|"
    r"chuyển\s+công\s+tác|điều\s+(?:động|chuyển)|luân\s+chuyển|biệt\s+phái|bổ\s+nhiệm|kiện\s+toàn|bầu|"
    r"kỷ\s+luật|xử\s+lý|đình\s+chỉ|tạm\s+đình\s+chỉ|cách\s+chức|miễn\s+nhiệm|khiển\s+trách|cảnh\s+cáo|"
    r"kiêm\s+nhiệm|tuyển\s+dụng|bố\s+trí)(?![\wÀ-ỹ]))",
    re.IGNORECASE)
"""The office, the unit it serves, and what happened to its holders right after."""
_NOT_BEFORE = re.compile(r"(?:\bthứ|\bsố|\blần|\bkhóa|\bkhoá|\bnhiệm\s+kỳ|\bđoàn(?:\s+\w+){0,3}\s+gồm|\bgồm)\s*$",
                         re.IGNORECASE)
"""An ordinal, a number's name, a term, or a team's make-up before the count: no event counted."""


def office_count(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(unit, end) when the number at [start, end) counts holders of an office to whom something happened."""
    office = _OFFICE.match(text, end)
    if office is None or _NOT_BEFORE.search(text, max(0, start - 30), start):
        return None
    words = office["office"].split()
    core = words[1:] if words[0].lower() == "phó" else words
    if len(core) > 1 and core[1][:1].isupper():
        return None  # "2 Bí Thư": capitals on both words make a name, no office counted
    return " ".join(office["office"].lower().split()), office.end("office")
