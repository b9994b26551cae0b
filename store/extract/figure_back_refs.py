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


def refers_back(text: str, end: int, unit: str) -> bool:
    """Whether the count whose unit ends at `end` points back at things the report has already named."""
    return unit != "%" and bool(_POINTER.match(text, end))
