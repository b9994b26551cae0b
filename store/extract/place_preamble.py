"""Units named in a preamble or in passing, which say nothing of where the team went.

A report often opens on the plan it carries out and that plan's scope or beneficiaries: "Thực hiện Kế hoạch kiểm tra
công vụ năm 2020 trên địa bàn huyện X." or "Thực hiện Nghị quyết ... về việc hỗ trợ 5 huyện: A, B, C, D, E". The units
of that clause are the plan's, not the visit's: the visit is told after it ("Ngày 12/10, Đoàn ... đã kiểm tra tại xã
Y"). A unit named before the clause's main verb ("đã", "vừa", "tiến hành") or before a comma that opens the main clause
(", ngày 5/3, Đoàn ...") is in the preamble; `place_choice` neither marks it visited nor falls back on it.

A level word after "mỗi"/"từng" ("Mỗi huyện 100 triệu đồng") speaks of every unit, never of the one visited: it is no
bare reference for the fall-back that looks for "UBND huyện" named without its name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["distributive", "in_preamble"]

_PREAMBLE = re.compile(
    r"^\W*(?:(?:Để\s+)?(?:Thực hiện|Triển khai|Căn cứ(?: vào)?|Theo|Nhằm thực hiện)\s+)"
    r"(?:\S+\s+){0,4}?(?:Kế hoạch|Chương trình|Nghị quyết|Quyết định|Thông báo|Công văn|Chỉ thị|Đề án|Văn bản)\b",
    re.IGNORECASE)
_MAIN_CLAUSE = re.compile(
    r"\b(?:đã|vừa|đang|tiến hành)\s|"
    r",\s*(?:(?:vào\s+)?(?:ngày|sáng|chiều|tối|trưa|trong|từ|vừa qua|mới đây|đoàn|Đoàn|UBND|HĐND|Thường trực|Ban|"
    r"ông|bà|đồng chí|Đồng chí|lãnh đạo)\b)",
    re.IGNORECASE)
_DISTRIBUTIVE = re.compile(r"\b(?:mỗi|từng)\s+$", re.IGNORECASE)


def in_preamble(mention: Mention) -> bool:
    """Whether `mention` lies in the opening clause of its sentence that names a plan carried out (and its scope)."""
    if mention.sentence is None or mention.in_title:
        return False
    text = mention.sentence.text
    opening = _PREAMBLE.match(text)
    if opening is None or mention.start < opening.end():
        return False
    return _MAIN_CLAUSE.search(text, opening.end(), mention.start) is None


def distributive(text: str, start: int) -> bool:
    """ "Mỗi huyện", "từng xã": the level word before `start` speaks of each unit, not of one."""
    return bool(_DISTRIBUTIVE.search(text[max(0, start - 12):start]))
