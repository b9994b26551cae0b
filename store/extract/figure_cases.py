"""Cases of an illness counted with a bare "ca": "36 ca sốt xuất huyết", "ghi nhận 12 ca tay chân miệng".

Health reports count cases with "ca" and the illness after it; the lexicon knew only "ca mắc", "ca bệnh", "ca nhiễm"
..., so a count naming the illness itself was lost (session 22). A bare "ca" is also a shift ("trực 3 ca mỗi ngày",
"chia làm 2 ca", "ca trực"), how work is organised and no result; so it counts cases only when what follows it names
an illness, a test's result, a death, a birth or a medical act, or when the sentence spoke of an illness before it
("dịch sốt xuất huyết ..., toàn phường có 36 ca").
"""

from __future__ import annotations

import re

__all__ = ["cases_counted"]

_ILLNESS = (r"sốt xuất huyết|sốt|tay chân miệng|tay - chân - miệng|sởi|rubella|cúm(?:\s+A)?|covid(?:-19)?|"
            r"ho gà|bạch hầu|thủy đậu|thuỷ đậu|dại|lao|viêm[\wÀ-ỹ ]{0,20}?|tiêu chảy|ngộ độc|nghi mắc|nghi nhiễm|"
            r"nghi|dương tính|tử vong|tai nạn|cấp cứu|mổ|đẻ|sinh|chuyển tuyến|chuyển viện|khám|điều trị|"
            r"sốt rét|đậu mùa khỉ|mpox|bệnh|mắc|nhiễm|phẫu thuật|tiêm|sinh con")
_ILLNESS_AFTER = re.compile(r"\s+(?:" + _ILLNESS + r")(?![\wÀ-ỹ])", re.IGNORECASE)
_ILLNESS_BEFORE = re.compile(r"\b(?:dịch|bệnh|sốt xuất huyết|tay chân miệng|sởi|ca mắc|mắc bệnh|ổ dịch)\b[^.;]*$",
                             re.IGNORECASE)
_SHIFT_BEFORE = re.compile(r"(?:\btrực|\bchia(?:\s+(?:làm|thành))?|\blàm việc|\bluân phiên)\s+"
                           r"(?:(?:theo|thành|làm)\s+)?$", re.IGNORECASE)
_SHIFT_AFTER = re.compile(r"\s*(?:trực|làm việc|mỗi ngày|/\s*ngày|một ngày|luân phiên|liên tục)\b", re.IGNORECASE)
"""A shift: the duty or the work before the count ("trực 3 ca", "chia làm 2 ca"), or after it ("3 ca trực", "2 ca
mỗi ngày")."""


def cases_counted(text: str, start: int, unit_end: int) -> bool:
    """Whether the number at `start` before a bare "ca" ending at `unit_end` counts cases, not shifts."""
    if _SHIFT_BEFORE.search(text, max(0, start - 20), start) or _SHIFT_AFTER.match(text, unit_end):
        return False
    return bool(_ILLNESS_AFTER.match(text, unit_end) or _ILLNESS_BEFORE.search(text, max(0, start - 160), start))
