"""Cases of civil judgment enforcement, counted as "việc": "thụ lý trên 6.400 việc, đã thi hành xong 3.100 việc".

Enforcement offices count their caseload in "việc" (matters), and an oversight of enforcement reports it. "việc" is
no unit anywhere else: after a number it is work in general ("3 việc cần làm ngay"). So it counts only in a sentence
about enforcement (the judgment, the bailiffs, the caseload taken on) or right after the verbs of a caseload.
"""

from __future__ import annotations

import re

__all__ = ["enforcement_cases"]

_CASES = re.compile(r"\s*(việc)(?![\wÀ-ỹ])(?!\s+(?:làm|cần|nhà|gì)\b)", re.IGNORECASE)
_ENFORCEMENT = re.compile(r"\b(?:thi hành án|THADS|THA|chấp hành viên|thụ lý)\b", re.IGNORECASE)
_CASELOAD_BEFORE = re.compile(r"\b(?:thụ lý|thi hành xong|đình chỉ|có điều kiện(?:\s+thi hành)?|chưa có điều kiện|"
                              r"chuyển kỳ sau|tồn đọng|giải quyết xong)\s+(?:(?:được|là)\s+)?"
                              r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)


def enforcement_cases(text: str, start: int, end: int) -> tuple[str, int] | None:
    """("việc", where the word ends) when the bare number at [start, end) counts enforcement cases; else None."""
    cases = _CASES.match(text, end)
    if cases is None:
        return None
    if not (_ENFORCEMENT.search(text) or _CASELOAD_BEFORE.search(text, max(0, start - 40), start)):
        return None
    return "việc", cases.end(1)
