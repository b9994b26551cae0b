"""An assigned or planned total, then the progress made against it: the later counts are parts of the total.

"năm 2025 xã được giao hỗ trợ 146 căn nhà, đến nay đã khởi công 139 căn, hoàn thành 112 căn": the houses started and
finished are parts of the houses assigned; "Theo kế hoạch, xã gieo cấy 1.860 ha, đến nay đã gieo 640 ha": the area sown
so far is part of the area planned; "Nghị quyết đề ra 26 chỉ tiêu. Đến nay, huyện đã đạt 24 chỉ tiêu": of the targets
set. The total is said with a cue of being assigned, planned or set ("được giao", "kế hoạch", "chỉ tiêu", "đề ra",
"đặt ra", "xuống giống", "gieo cấy") and the later counts after a cue of progress to date ("đến nay", "tính đến nay",
"đến thời điểm này", "hiện đã"). What was received (`figure_wholes._RECEIVED_BEFORE`) is the other kind of whole.
A plan with no progress told ("Theo kế hoạch, năm 2026 xã sẽ xây 14 phòng học") stays an aim (`figure_future`,
`plan_sentence`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["TARGET_COUNT_UNITS", "assigned_total", "plan_sentence", "progress_of_assigned"]

_ASSIGNED_BEFORE = re.compile(r"(?:\bđược\s+giao\b|\bkế hoạch\b|\bchỉ tiêu\b|\bđề ra\b|\bđặt ra\b|\bxuống giống\b|"
                              r"\bgieo\s+(?:cấy|trồng|sạ)\b)[^.;:]{0,60}$", re.IGNORECASE)
"""A cue of a total being assigned, planned or set, in the total's clause before it."""
_TO_DATE = r"(?:tính\s+)?(?:đến|tới)\s+(?:nay|thời điểm (?:này|hiện tại))(?![\wÀ-ỹ])"
_PROGRESS = re.compile(rf"(?:^|[\s,(]){_TO_DATE}|\bhiện\s+(?:nay\s+)?đã\b", re.IGNORECASE)
"""Progress to date: "đến nay", "tính đến nay", "đến thời điểm này", "hiện đã"."""
_PROGRESS_OPEN = re.compile(rf"^\W*{_TO_DATE}", re.IGNORECASE)
"""A sentence opening with progress to date ("Đến nay, ...")."""
TARGET_COUNT_UNITS = frozenset({"chỉ tiêu", "nhiệm vụ", "mục tiêu"})
"""Counts of the targets or tasks a resolution sets ("Nghị quyết đề ra 26 chỉ tiêu"): a figure, unlike the level a
target sets ("Nghị quyết đề ra 73,20%", `figure_context._RESOLUTION_TARGET`), the targets met are counted of it."""


_PLAN_SENTENCE = re.compile(r"^\W*(?:theo kế hoạch|kế hoạch đề ra|dự kiến)\s*,", re.IGNORECASE)
"""A sentence that opens with the plan ("Theo kế hoạch, ... đạt 90% ...; ... trên 88,2%"): its numbers are aims."""


def plan_sentence(text: str) -> bool:
    """Whether a sentence opens with the plan and tells no progress made to date: its numbers are aims. A plan told
    with the progress against it ("Theo kế hoạch, ... gieo cấy 1.860 ha, đến nay đã gieo 640 ha") is reporting."""
    return bool(_PLAN_SENTENCE.match(text)) and not _PROGRESS.search(text)


def assigned_total(text: str, total_start: int, total_end: int, start: int) -> bool:
    """Whether the count at `total_start` is assigned or planned and the count at `start` told as progress after it,
    in the same sentence and with no ";" between."""
    if not _ASSIGNED_BEFORE.search(text, max(0, total_start - 80), total_start):
        return False
    between = text[total_end:start]
    return ";" not in between and bool(_PROGRESS.search(between))


def progress_of_assigned(drafts: list[FigureDraft], before: list[FigureDraft]) -> bool:
    """A sentence opening with progress to date ("Đến nay, xã đã đạt 27 chỉ tiêu") after one that set or assigned a
    total of the same unit: its counts of that unit, none larger, are parts of it. True if a part was paired."""
    if not drafts or not _PROGRESS_OPEN.match(drafts[0].sentence.text):
        return False
    changed = False
    for draft in drafts:
        figure = draft.figure
        if "of" in figure:
            continue
        totals = [d for d in before if "of" not in d.figure and d.figure["unit"] == figure["unit"] and
                  d.figure["value"] >= figure["value"] and
                  _ASSIGNED_BEFORE.search(d.sentence.text, max(0, d.start - 80), d.start)]
        if totals:
            figure["of"] = totals[-1].figure["value"]
            changed = True
    return changed


_TARGETS_SET = re.compile(r"\b(?:nghị quyết|NQ|kế hoạch|chỉ thị|đại hội)\b(?:[^.;]|\.\d){0,60}?\b(?:đề ra|đặt ra)\b"
                          r"(?:[^.;]|\.\d){0,200}$", re.IGNORECASE)
_PROGRESS_SAID = re.compile(r"\b(?:đến nay|tính đến|hiện nay|hiện đã|đến thời điểm|kết quả|thực hiện được|đã đạt|"
                            r"đạt được|ước đạt|thực tế|đã thực hiện|(?<!phấn đấu\s)hoàn thành)\b", re.IGNORECASE)
_LEVEL_UNITS = frozenset({"%", "đồng"})
_STOP = re.compile(r"[.;!?\n](?!\d)")


def target_level(text: str, start: int, end: int, unit: str) -> bool:
    """Whether a rate or an amount at `text[start:end]` is a level that targets set earlier in its sentence name ("Nghị
    quyết ... đề ra 22 chỉ tiêu, ... và tỷ lệ hộ nghèo dưới 3,5%"): an aim, no figure, unless the sentence tells
    progress ("..., đến nay đã đạt 3,1%"). The count of targets itself is a figure (`TARGET_COUNT_UNITS`)."""
    if unit not in _LEVEL_UNITS:
        return False
    set_before = _TARGETS_SET.search(text, max(0, start - 300), start)
    if set_before is None:
        return False
    stop = re.search(r"[.;!?](?!\d)", text[end:])
    opened = max((m.end() for m in _STOP.finditer(text, max(0, set_before.start() - 400), set_before.start())),
                 default=max(0, set_before.start() - 400))
    sentence = text[opened:end + (stop.start() if stop else len(text) - end)]
    return not _PROGRESS_SAID.search(sentence)
