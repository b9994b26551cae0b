"""A number written without its unit, which borrows the unit of the count it belongs to.

"có tổng số 2.760, với 2.602 hồ sơ": the bare total takes "hồ sơ" from the part after it. "giải quyết 4.480 hồ sơ,
trong đó 4.421 đúng hạn": the bare part takes "hồ sơ" from the count before it, its state ("đúng hạn") saying what
it is. Split from `figure_numbers`, which reads every number of a sentence and asks here for these two.
"""

from __future__ import annotations

import re

from ..numbers import parse_vi_number
from .figure_units import UNIT_OF, UNIT_RE

MONEY_UNITS = {"đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"}
"""Units of money: a count of files never borrows one."""


def _part_value(text: str) -> float | int | None:
    """A part's digits ("2.602") as a number; a run too long to be a count reads as none, as `figure_numbers` does."""
    return None if len(text) > 24 else parse_vi_number(text)


_TOTAL_BEFORE = re.compile(r"\btổng(?:\s+số|\s+cộng)?(?:\s+là)?\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s*,?\s*(?:với|trong đó|gồm|có)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?=\s)")


def unit_of_part(text: str, start: int, end: int, value: float | int | None) -> str | None:
    """A total written bare, its unit given by the part after it: "có tổng số 2.760, với 2.602 hồ sơ" → "hồ sơ"."""
    if value is None or not _TOTAL_BEFORE.search(text[max(0, start - 20):start]):
        return None
    part = _PART_AFTER.match(text, end)
    if part is None or (number := _part_value(part[1])) is None or number > value:
        return None
    unit = UNIT_RE.match(text, part.end())
    if unit is None or unit[1] in ("%", "phần trăm"):
        return None
    return UNIT_OF.get(unit[1].lower(), unit[1])


_STATUS_AFTER = re.compile(
    r"\s+(?:(?:được|đã|bị)\s+)?(?:giải quyết\s+|trả kết quả\s+)?(?:đúng và trước hạn|trước và đúng hạn|đúng hạn|"
    r"trước hạn|quá hạn|trễ hạn|chậm hạn|trễ hẹn|chưa đến hạn|chưa giải quyết|đang giải quyết|nộp trực tuyến|"
    r"trực tuyến)(?![\wÀ-ỹ])", re.IGNORECASE)
"""A state of files said right after a bare number ("trong đó 4.421 đúng hạn", "còn 26 quá hạn")."""
_STATUS_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\btrong đó\s+|\bcòn\s+)(?:(?:số\s+)?(?:hồ sơ|giải quyết)\s+)?(?:đúng và trước hạn|"
    r"trước và đúng hạn|đúng hạn|trước hạn|quá hạn|trễ hạn|chậm hạn|trễ hẹn)\s+(?:là\s+|còn\s+|có\s+)?$", re.IGNORECASE)
"""Or right before it, a part in a list of states ("trong đó trước hạn 950, đúng hạn 45, quá hạn 6", "số hồ sơ quá
hạn còn 154")."""


def unit_of_bare_part(text: str, start: int, end: int, value: float | int | None,
                       found: list[tuple[float | int, float | int | None, str, int, int]]) -> str | None:
    """A part written without its unit, its state after or before it: "giải quyết 4.480 hồ sơ, trong đó 4.421 đúng
    hạn", "trong đó trước hạn 950, đúng hạn 45" count what the count before them counts, and are no more than it."""
    if value is None or not (_STATUS_AFTER.match(text, end) or _STATUS_BEFORE.search(text, max(0, start - 30), start)):
        return None
    if re.match(r"\s*(?:năm|tháng|ngày|giờ|phút|tuần|quý|lần)(?![\wÀ-ỹ])", text[end:], re.IGNORECASE):
        return None  # "quá hạn 3 ngày", "đúng hạn 2 năm liền": how late or how long, no count of files
    before = next((item for item in reversed(found) if item[2] != "%" and item[2] not in MONEY_UNITS), None)
    if before is None or value > before[0]:
        return None
    return before[2]
