"""A name that runs straight into its titles with no comma or dash: "đồng chí X Ủy viên Ban Thường vụ Tỉnh ủy, ...".

Some provincial portals write the name and the office glued ("ông Giàng A Tông Ủy viên ..., Chủ tịch ..."). The name
already ends where a title word begins (`person_names.name_at`); `person_titles.titles_after` asked for a separator
before the titles, so the person had none, and every rule that reads the words after the titles ("đã đi cơ sở",
"cùng đoàn công tác đã làm việc") read the titles instead. A capitalised office's opening right after the name is the
separator here: written with its capitals and diacritics, it is no given name ("Phó", "Trưởng", "Chủ" alone are
surnames or given names; "Phó Chủ tịch", "Trưởng Ban", "Chủ tịch" are offices). A place after a name ("bà X Hà Nội")
or a body's name ("ông X Ban Chỉ đạo ...") opens no office and stays untitled.
"""

from __future__ import annotations

import re

_GLUED_OFFICE = re.compile(r" (?=(?:Phó\s+)?(?:Chủ tịch|Chủ nhiệm|Bí thư|Giám đốc|"
                           r"Trưởng (?:Ban|ban|Đoàn|đoàn|Phòng|phòng)|Thứ trưởng|Bộ trưởng|Chánh Văn phòng)\b|"
                           r"(?:Ủy|Uỷ) viên\b|(?:Tỉnh|Thành|Huyện) (?:ủy|uỷ) viên\b|Đại biểu Quốc hội\b)")


def glued_title(rest: str) -> re.Match[str] | None:
    """The single space between a name and a capitalised office written right after it, as a separator; or None."""
    return _GLUED_OFFICE.match(rest)
