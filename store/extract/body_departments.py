"""A province's department as the body of its own team: "Đoàn kiểm tra của Sở Nội vụ tỉnh X".

A department ("Sở Nội vụ", "Sở Tư pháp tỉnh Gia Lai", "Sở Lao động - Thương binh và Xã hội") sends inspection teams
of its own; the body is then the team and the department ("Đoàn kiểm tra, Sở Nội vụ tỉnh X"), never the bare team.
A party committee's team ("Đoàn công tác của Ban Thường vụ Huyện ủy A") is named the same way, never after the
office of the person who heads it ("Bí thư Huyện ủy, Chủ tịch HĐND huyện" is no HĐND team). Only a department
written right after the team ("Đoàn kiểm tra (của) Sở ...") is its owner: one named elsewhere in
the sentence is a host ("làm việc với Sở Nội vụ") or a title ("Phó Giám đốc Sở Nội vụ").

Two outlets may name one inspection after the department or after the steering committee it serves ("Đoàn kiểm
tra của Ban Chỉ đạo cải cách hành chính tỉnh"); the duplicate check tells them one team by their common head
(`duplicates.same_head`).
"""

from __future__ import annotations

import re

_DEPARTMENT = re.compile(r"\s*(?:của\s+)?((?:Sở\s+[A-ZĐ]|(?i:(?:Ban\s+Thường\s+vụ\s+|BTV\s+)?(?:Tỉnh|Thành|Huyện|Quận|"
                         r"Thị)\s+(?:ủy|uỷ)\b))[^,.;:()]*)")
"""A department, or a party committee ("Đoàn công tác của ban thường vụ huyện uỷ A"), right after the team."""


def department_after(text: str, team_end: int) -> str | None:
    """The department written right after a team that ends at `team_end`, up to the next punctuation, or None
    (the caller cuts it at the verb, as it does any organ's name)."""
    m = _DEPARTMENT.match(text, team_end)
    return m[1].strip()[:1].upper() + m[1].strip()[1:] if m else None
