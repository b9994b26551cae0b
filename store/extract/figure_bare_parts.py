"""A part written bare as "N/M" after a count of M: "tiếp nhận 136 đơn ... Đã giải quyết 127/136 đạt 93,38%".

Reports give a count with its unit, then what was done with it as a bare fraction, the unit left to the reader: the
whole M is the count just told, so the part counts what it counts. Without the unit the number was no figure. The
part is taken only when a verb of settling or receiving comes right before it, the whole equals a count of the same
sentence or of the one before (value or whole), the part is no more than the whole, and the fraction is no day
("15/8") or document number (masked spans).
"""

from __future__ import annotations

import re

from ..numbers import parse_vi_number
from .figure_units import Number

_BARE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|[.,]\d)")
_DONE_BEFORE = re.compile(r"\b(?:giải quyết|xử lý|tiếp nhận|trả kết quả|hoàn thành|thụ lý)(?:\s+(?:xong|được|dứt "
                          r"điểm|kịp thời))*\s+(?:(?:được|là|đạt)\s+)?$", re.IGNORECASE)
"""What was done with the count ("đã giải quyết 127/136", "giải quyết xong 52/58")."""
_UNIT_NEXT = re.compile(r"\s*(?:%|[^\W\d_])")
"""A word or a share right after the fraction: read (or not) by `figure_numbers` with that unit, never here."""



def bare_parts(text: str, numbers: list[Number], counts_before: dict[float | int, str],
               masked: list[tuple[int, int]]) -> list[Number]:
    """(value, whole, unit, start, end) of each bare "N/M" in `text` whose whole M was counted just before: in
    `numbers` (this sentence's) or `counts_before` (value → unit, the sentence before's)."""
    counts = dict(counts_before)
    counts.update({n[1] if n[1] is not None else n[0]: n[2] for n in numbers if n[2] != "%" and "đồng" not in n[2]})
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for m in _BARE.finditer(text):
        if m.start() in taken or any(s < m.end() and m.start() < e for s, e in masked):
            continue
        if _UNIT_NEXT.match(text, m.end()) and not re.match(r"\s*(?:đạt|,|;|\.|$)", text[m.end():]):
            continue
        if not _DONE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue
        value, whole = parse_vi_number(m[1]), parse_vi_number(m[2])
        if value is None or whole is None or value > whole or whole not in counts:
            continue
        out.append((value, whole, counts[whole], m.start(), m.end()))
    return out
