"""A count of one that is a named official's errand: "ông A được giao lập biên bản 1 trường hợp vi phạm".

When is a lone count of one a figure? The house reads a figure as a result of the place checked: what it received,
settled, found or still has, and one is a result like any other ("phát hiện 1 trường hợp chậm trả kết quả", "còn 01
hồ sơ quá hạn", "01 công chức vắng mặt" of the staff: all kept). A count of one is no figure when it is the errand of
one person named by "ông", "bà", "anh", "chị" or "đồng chí": what that official was sent to do ("được giao",
"được phân công", "được cử", "được điều động", "có giao", or "đi" before the task) tells where he was at the check,
an example of his day, not a tally of the unit's work (session 33's fresh71 v02: the builder left "1 trường hợp vi
phạm" out, the case being the absent officer's task that morning; its CORRECTIONS.md keeps it as the extractor's
miss). A count in words ("một trường hợp") opens no count already (`figure_number_words`).

Session 35: the same errand told with no honorific. One official counted and sent ("1 công chức được cử đi tập
huấn", "01 cán bộ văn phòng được phân công trực tại thôn"): the count of one is who was away, no tally of the staff
(a count above one, "3 cán bộ được cử đi học", stays a figure). And an official named by his post alone, opening
the clause, sent to do one task ("Công chức địa chính vắng mặt vì được giao đo đạc 1 thửa đất", "công chức tư pháp -
hộ tịch được phân công đi xác minh 1 trường hợp"): a post is one person as a name is. Posts in the plural ("các công
chức"), a body ("Tổ công tác được giao xác minh 1 trường hợp") and a post that did the work itself ("Công chức tư
pháp đã giải quyết 1 trường hợp") stay figures.

Left as they were: a person who speaks before the count ("ông A cho biết, xã còn 01 hồ sơ quá hạn": the unit's
tally, told by him), the head a team is led by ("đoàn do ông A dẫn đầu được giao kiểm tra 1 ..."), a task given to
a body, no person ("Tổ được giao xác minh 1 trường hợp"), and any count above one ("được giao phụ trách 3 thôn").
"""

from __future__ import annotations

import re

__all__ = ["errand_of_one"]

_HONORIFIC = re.compile(r"(?<![\wÀ-ỹ])(do\s+)?(?:ông|bà|anh|chị|đồng chí|đ/c)\s+", re.IGNORECASE)
_TASK = re.compile(r"(?<![\wÀ-ỹ])(?:(?:(?:được|có)\s+(?:giao|phân công|cử|điều động))|đi)\s+[^\d.;:,()]{0,40}$",
                   re.IGNORECASE)
"""The errand cue and the task right before the count: a few words, no other number, in the same clause."""
_SPEECH = re.compile(r"(?<![\wÀ-ỹ])(?:cho biết|cho hay|báo cáo|thông tin|nêu|nói|phát biểu|khẳng định|trình bày|"
                     r"giải trình|chia sẻ|dẫn đầu|làm trưởng đoàn)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Between the person and the task: he speaks (the count is then the unit's, told by him) or he heads a team."""
_WINDOW = 160
_SENT_ONE = re.compile(r"\s+(?:cán bộ|công chức|viên chức|nhân viên|chuyên viên|người)(?:\s+[^\W\d]+){0,3}?\s+"
                       r"(?:được|có)\s+(?:cử|giao|phân công|điều động|biệt phái)(?![\wÀ-ỹ])", re.IGNORECASE)
"""One official counted, then sent: "1 công chức được cử đi ...", "01 cán bộ văn phòng được phân công trực ..."."""
_POST = re.compile(r"(?:^|[,(]|\b(?:do|vì|nên|khi|lúc|hôm đó|riêng)\s)\s*(?:cán bộ|công chức|viên chức|chuyên viên|"
                   r"nhân viên|kế toán|văn thư|thủ quỹ)(?:\s*-?\s+[^\W\d]+){1,5}?"
                   r"(?:\s+(?:vắng mặt|không có mặt|đi vắng)(?:\s+(?:vì|do))?)?\s*$", re.IGNORECASE)
"""An official named by his post alone, opening the clause right before the errand: "Công chức địa chính vắng mặt
vì", "công chức tư pháp - hộ tịch"; no "các", no count, no body before the post."""


def _named(text: str) -> bool:
    """Whether `text` opens with a person's name: at least two words, each with a capital first letter."""
    words = text.split()[:2]
    return len(words) == 2 and all(word[0].isupper() for word in words)


def errand_of_one(text: str, start: int, written: str) -> bool:
    """Whether the count `written` at `start` is one named official's errand (no figure), as the docstring says."""
    if written.lstrip("0") != "1":
        return False
    if _SENT_ONE.match(text, start + len(written)) and text[start:start + len(written)] == written:
        return True
    clause = max(text.rfind(stop, 0, start) for stop in ".;:\n") + 1
    window = text[max(clause, start - _WINDOW):start]
    task = _TASK.search(window)
    if task is None:
        return False
    before = window[:task.start()]
    if _POST.search(before) and not _SPEECH.search(before):
        return True
    for person in _HONORIFIC.finditer(before):
        if person[1] is None and _named(before[person.end():]) and not _SPEECH.search(before, person.end()):
            return True
    return False
