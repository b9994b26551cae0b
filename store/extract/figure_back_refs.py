"""A count that points back at things already named: "hai công trình trên đã đạt 90% tiến độ", "3 hộ này đều".

A report names what was visited or counted ("2 nhà văn hóa được hỗ trợ xây dựng") and then speaks of it again with a
count and a pointer ("hai công trình trên", "03 hộ nói trên", "5 trường hợp này"). The pointer says the things are
the ones before, so the count is no new figure; read as one, it doubles a result in another noun, which
`figure_restated` (same value, same unit) cannot see.
"""

from __future__ import annotations

import re

__all__ = ["refers_back"]

_POINTER = re.compile(r"\s+(?:nói trên|kể trên|nêu trên|vừa nêu|trên|này)"
                      r"(?=\s*(?:[,.;:)!?]|$|(?:đã|đều|được|vẫn|sẽ|đang|cũng|có|là|không|chưa|thì|hiện)(?![\wÀ-ỹ])))",
                      re.IGNORECASE)
"""After the unit: a pointer back ("trên", "này", "nói trên"), then a stop or the verb of what is said of them, so
that "trên địa bàn" (a place) and "trên tổng số" (a whole) are never read as one."""


_AGENCIES = frozenset({"đơn vị", "cơ quan"})
_OPENS = re.compile(r"^\W*(?:[^,;:.()]{1,40},\s*)?(?:cả\s+)?$", re.IGNORECASE)
"""Before a count that is its sentence's subject: nothing, or one opening phrase ("Năm 2025, ", "Qua giám sát, ")."""
_SUBJECT_OF = re.compile(r"\s+(?:này\s+|trên\s+)?(?:đã|đều|cùng|đang|vẫn|tổ chức|tiếp nhận|thực hiện|triển khai|"
                         r"giải quyết|ban hành|phối hợp|chưa|còn|có)(?![\wÀ-ỹ])", re.IGNORECASE)
"""After it, the verb of what the units did ("hai đơn vị tổ chức 240 buổi", "2 cơ quan đã tiếp nhận ...")."""
_ASKED = re.compile(r"\b(?:đề nghị|yêu cầu|kiến nghị|giao|chỉ đạo|lưu ý|đề xuất)\s+(?:(?:cả|các)\s+)?$", re.IGNORECASE)
"""Before it, an ask: the agencies asked are the ones visited ("Ban đề nghị hai đơn vị giải quyết dứt điểm ...")."""


def refers_back(text: str, start: int, end: int, unit: str, value: float | int) -> bool:
    """Whether the count at [start, `end`) points back at things the report has already named: with a pointer, or
    a few agencies as the subject of the sentence that tells what they did ("Năm 2025, hai đơn vị tổ chức 240
    buổi ...", after a visit to "Công an tỉnh và Sở Tư pháp": the two agencies visited, said again; session 22). A
    count of agencies as a result comes after its verb ("có 12 đơn vị", "kiểm tra 8 cơ quan") or as a share."""
    if unit == "%":
        return False
    if _POINTER.match(text, end):
        return True
    if unit in _AGENCIES and _ASKED.search(text, max(0, start - 24), start):
        return True  # "đề nghị hai đơn vị giải quyết ...": those asked, the agencies visited (session 22)
    return unit in _AGENCIES and value <= 10 and bool(_OPENS.match(text[:start])) and \
        bool(_SUBJECT_OF.match(text, end))
