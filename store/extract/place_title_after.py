"""An office's title written right after a unit and a comma: "Tại xã A, Chủ tịch UBND tỉnh và đoàn công tác ...".

`place_mentions` reads the capitalised words after "xã A," as the next unit of a list ("xã A, B và C"), and "và"
followed by a word such as "đoàn" closes such a list. A title that opens the clause after the comma is the person
who acts there, never a unit: "xã Chủ", "phường Bí", "xã Phó Chủ" were read. A title is told from a unit's name by
its case: a unit's syllables are all capitalised ("xã Bí Thư" would be a unit), a title's second word is not
("Bí thư", "Phó Chủ tịch").
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"(?:(?:Phó|Tổng|Nguyên)\s+)?(?:Chủ tịch|Bí thư|Giám đốc|Chủ nhiệm|Trưởng (?:đoàn|ban|phòng)|"
                    r"Thủ tướng|Bộ trưởng|Thứ trưởng|Đại biểu|Tổ trưởng|Chánh (?:văn phòng|Văn phòng|án|thanh tra))"
                    r"(?![\w])")


def opens_on_title(text: str, position: int) -> bool:
    """The words at `position` open on an office's title ("Chủ tịch", "Phó Bí thư", "Phó Trưởng đoàn")."""
    return bool(_TITLE.match(text, position) or re.match(r"(?:ông|bà|đồng chí)\b", text[position:], re.IGNORECASE))
