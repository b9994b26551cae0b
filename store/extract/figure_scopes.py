"""Counts that only say what a sentence is about, not what it reports (session 26).

A count is a figure when it is what the sentence reports: an achievement ("3 xã đã hoàn thành ..."), a total handled,
a share, what a place has ("có 8 đơn vị nợ ..."). The same "N <noun>" is no figure when it only names the set a
finding is about:

- after "cả" / "tất cả" ("bếp ăn của cả hai trường đã được cấp giấy chứng nhận", "tất cả 6 nhiệm vụ"): "both, all N"
  takes the N as known; the finding is what holds for all of them, not that there are N;
- as the bare subject opening a sentence (or a clause after ";"), whose predicate reports a count of its own ("Năm
  học này, hai trường tuyển mới 214 học sinh"): the places are who did it, the reported figure is the count after
  the verb. One told with "có" is found, not named ("khối sự nghiệp có 8 đơn vị nợ ..."), a part opened by "trong
  đó" is a part, and a group of communes by the criteria they meet ("2 xã đạt 19 tiêu chí") or a share reached
  ("2 xã đạt 100%") keeps its count (`figure_criteria_groups`);
- inside "về việc ..." ("trao đổi ... về việc bố trí đất ở cho hơn 200 hộ", "Quyết định ... về việc tặng bằng khen
  cho 14 tập thể"): the matter a talk or a paper is about, no result.
"""

from __future__ import annotations

import re

__all__ = ["scope_count"]

_ALL_BEFORE = re.compile(r"\b(?:tất\s+)?cả\s+$", re.IGNORECASE)
# "kể cả / bao gồm cả / tính cả N" is "including N": a count put in or left out ("chưa bao gồm cả 40 hồ sơ"), no scope
_INCLUDING = re.compile(r"\b(?:kể|gồm|tính)\s+cả\s+$", re.IGNORECASE)
_SUBJECT_UNITS = frozenset({"trường", "xã", "phường", "thị trấn", "đơn vị", "cơ quan", "thôn", "bản", "ấp", "huyện",
                            "hợp tác xã", "điểm trường"})
_OPENING_BEFORE = re.compile(r"(?:^|;\s*)(?:(?P<opening>[^,;:.()]{1,40}),\s*)?$")
_PART_OPENING = re.compile(r"\b(?:trong đó|trong số|gồm|cụ thể|riêng|còn lại)\b", re.IGNORECASE)
_COUNT_IN_PREDICATE = re.compile(r"(?P<between>[^\d,.;:()/%]{1,50}?)\s(?:hơn\s+|gần\s+|khoảng\s+|trên\s+)?"
                                 r"\d[\d.,]*\s*(?!%|tiêu chí\b)[^\W\d]", re.IGNORECASE)
_LIST_WORD = re.compile(r"\b(?:và|hoặc|cùng)\b", re.IGNORECASE)
_MATTER_BEFORE = re.compile(r"\bvề việc\b[^.;:,]{0,80}$", re.IGNORECASE)


def scope_count(text: str, start: int, end: int, unit: str, whole: float | int | None) -> bool:
    """Whether the count at `text[start:end]` (its unit included) names what the sentence is about: after "cả", a
    sentence's bare subject with a count of its own after the verb, or inside "về việc ..."."""
    if unit == "%" or whole is not None:
        return False
    if _MATTER_BEFORE.search(text, max(0, start - 120), start):
        return True
    if _ALL_BEFORE.search(text, max(0, start - 10), start):
        return not _INCLUDING.search(text, max(0, start - 20), start)
    return unit in _SUBJECT_UNITS and _opening_subject(text, start, end)


def _opening_subject(text: str, start: int, end: int) -> bool:
    opening = _OPENING_BEFORE.search(text, max(0, start - 60), start)
    if opening is None or opening["opening"] and _PART_OPENING.search(opening["opening"]):
        return False  # "^" is the sentence's own start, never the window's
    predicate = _COUNT_IN_PREDICATE.match(text, end)
    return predicate is not None and not _LIST_WORD.search(predicate["between"])
