"""A place's people of working age ("lao động trong độ tuổi", "lực lượng lao động"): its make-up, no figure.

A commune's report often sizes its labour before its results: "tổng số lao động trong độ tuổi trên 10.918 lao động"
(s35 fresh74 v02, whose builder wrote it as no figure), "xã có 6.500 người trong độ tuổi lao động", "lực lượng lao
động của xã khoảng 8.900 người". Like its population ("dân số", `figure_context`) and its households told in passing
(`figure_place_size`), that is how big the place is, no result of the work. Workers the work reached stay figures:
"giải quyết việc làm cho 320 lao động", "đào tạo nghề cho 85 lao động trong độ tuổi" (a verb before them), "lao động
trong độ tuổi được đào tạo nghề là 1.200 người" (something done to them). So does a total split at once into counted
parts ("... 6.500 người trong độ tuổi lao động, trong đó 3.200 người đã qua đào tạo"): the whole of its parts, as a
place's households split into the poor are (`figure_place_size`).

A commune's own staff ("xã có 38 cán bộ, công chức") is no such make-up: the house counts the staff of the unit a team
oversees (session 27, t1210), and that stays as it is.
"""

from __future__ import annotations

import re

__all__ = ["working_age_people"]

_AGE = r"(?:trong|ở)\s+độ\s+tuổi(?:\s+lao\s+động)?"
_AGE_AFTER = re.compile(r"\s*" + _AGE + r"(?![\wÀ-ỹ])", re.IGNORECASE)
_HAS_BEFORE = re.compile(r"(?:^|[\s,;:])(?:có|gồm)\s+(?:tổng\s+(?:số\s+)?)?(?:(?:hơn|trên|gần|khoảng)\s+)?$",
                         re.IGNORECASE)
"""The place has them, right before the count: "xã có 6.500 người trong độ tuổi lao động"."""
_SUBJECT_BEFORE = re.compile(r"\b(?:(?:lao động|người)\s+" + _AGE + r"|lực\s+lượng\s+lao\s+động)(?![\wÀ-ỹ])"
                             r"(?P<between>[^\d.,;:!?()]{0,40})$", re.IGNORECASE)
"""The working-age people named as the count's subject: "tổng số lao động trong độ tuổi (là|trên)", "lực lượng lao
động của xã hiện có khoảng"."""
_DONE_TO = re.compile(r"\b(?:được|đã|qua|có việc làm|tham gia|đi làm|xuất khẩu|thất nghiệp|chưa)\b", re.IGNORECASE)
"""Words that make the people some of them the work reached ("được đào tạo nghề", "có việc làm")."""
_SPLIT_AFTER = re.compile(r"\s*[,;:]?\s*(?:và\s+)?trong\s+đó\b", re.IGNORECASE)


def working_age_people(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` (its unit included) is the place's people of working age."""
    if unit not in ("lao động", "người"):
        return False
    floor, age = max(0, start - 120), _AGE_AFTER.match(text, end)
    if _SPLIT_AFTER.match(text, age.end() if age else end):
        return False  # "..., trong đó 3.200 người đã qua đào tạo": the whole of its parts
    if age:
        return bool(_HAS_BEFORE.search(text, floor, start))
    subject = _SUBJECT_BEFORE.search(text, floor, start)
    return subject is not None and not _DONE_TO.search(subject["between"])
