"""Numbers that describe the place or the finding, not a result: a population, and a threshold.

- A population ("là phường có dân số đông nhất tỉnh với hơn 197.000 người"): how big the place is, told to explain its
  workload. Like its area, it is context, never a figure of the visit (the house convention).
- A threshold that says which rooms or desks a finding is about ("những phòng làm việc có từ 4 công chức chưa niêm
  yết ..."): "có từ N" (having N or more) describes the rooms, it counts nothing found. A change told from one number
  to another ("tăng từ 2 lên 5 công chức") and a span ("từ 2 đến 5") are not this.
- A norm of space per person ("không đáp ứng tiêu chuẩn 2 m2/người", "định mức 4 m2/học sinh"): the rule a finding is
  measured against, no count or measure of the place.
"""

from __future__ import annotations

import re

_POPULATION_BEFORE = re.compile(r"\bdân số\b[^.;:]{0,60}$", re.IGNORECASE)
_POPULATION_UNITS = ("người", "nhân khẩu", "dân", "hộ")
_THRESHOLD_BEFORE = re.compile(r"\bcó\s+từ\s+$", re.IGNORECASE)
_NORM_BEFORE = re.compile(r"\b(?:tiêu chuẩn|định mức|quy chuẩn|quy định|tối thiểu|mức tối thiểu)\b[^.;:,]{0,30}$",
                          re.IGNORECASE)
_PER_HEAD_AFTER = re.compile(r"\s*/\s*(?:một\s+|1\s+)?(?:người|học sinh|học viên|trẻ|cháu|em|phạm nhân|bệnh nhân|"
                             r"giường|chỗ)\b", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s*(?:đến|tới|lên|-|–)\s*\d", re.IGNORECASE)


def number_is_context(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the number at `text[start:end]` (its unit included) is a population or a threshold."""
    if unit in ("m2", "m²") and _PER_HEAD_AFTER.match(text, end) and _NORM_BEFORE.search(text, max(0, start - 60),
                                                                                         start):
        return True  # "tiêu chuẩn 2 m2/người": a norm
    if unit in _POPULATION_UNITS and _POPULATION_BEFORE.search(text, max(0, start - 80), start):
        return True
    return bool(_THRESHOLD_BEFORE.search(text, max(0, start - 12), start)) and not _SPAN_AFTER.match(text, end)
