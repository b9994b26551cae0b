"""Parts of a count written noun first, the value last: "Trong đó, hồ sơ giải quyết đúng hạn 13.202, quá hạn 104,
đang giải quyết 1.048".

The first part names what it counts before its state ("hồ sơ giải quyết đúng hạn"), so it needs no count before it in
its sentence (the total is often the sentence before: `figure_wholes`); the parts after it ("quá hạn 104", "đang giải
quyết 1.048") count the same, and none is more than the largest count of that kind before it.
"""

from __future__ import annotations

import re

_STATES = r"(?:đúng và trước hạn|trước và đúng hạn|đúng hạn|trước hạn|quá hạn|trễ hạn|chậm hạn|đang giải quyết|" \
          r"chưa giải quyết|đang xử lý|chưa đến hạn)"
_NOUN_STATE = re.compile(r"(?:^|[,;:]\s*|\btrong đó\s*,?\s+)(hồ sơ|thủ tục hành chính|thủ tục|TTHC)\s+"
                         r"(?:(?:được|đã)\s+)?(?:giải quyết|xử lý|trả kết quả)\s+" + _STATES + r"\s+(?:là\s+)?$",
                         re.IGNORECASE)
_LATER_STATE = re.compile(r"[,;]\s*" + _STATES + r"\s+(?:là\s+)?$", re.IGNORECASE)
_UNIT_OF = {"hồ sơ": "hồ sơ", "thủ tục hành chính": "thủ tục", "thủ tục": "thủ tục", "tthc": "thủ tục"}


def state_part_unit(text: str, start: int, end: int, value: float | int | None,
                    found: list[tuple[float | int, float | int | None, str, int, int]]) -> str | None:
    """The unit of a part written "<noun> <verb> <state> N" or, after one, "<state> N"; else None."""
    if value is None or re.match(r"\s*(?:năm|tháng|ngày|giờ|phút|tuần|quý|lần)(?![\wÀ-ỹ])", text[end:],
                                       re.IGNORECASE):
        return None
    if m := _NOUN_STATE.search(text, max(0, start - 60), start):
        return _UNIT_OF[m[1].lower()]
    if _LATER_STATE.search(text, max(0, start - 30), start):
        counts = [item for item in found if item[2] != "%"]
        if counts and any(value <= item[0] for item in counts if item[2] == counts[-1][2]):
            return counts[-1][2]
    return None
