"""A few tasks counted and then named one by one: "hoàn thành 2 nhiệm vụ quan trọng được giao là A; B".

The count says how many items the sentence is about to name, as "02 đối tượng (người có công và bảo trợ xã hội)"
does for kinds (`figure_shapes.kinds_counted`): the names are the news, the count only announces them. A count of
tasks with parts or a share ("102 nhiệm vụ, đã hoàn thành 37") names none of them and stays a figure, so the rule
asks that exactly as many items follow "là", "gồm" or a colon as the count says.
"""

from __future__ import annotations

import re

__all__ = ["items_named_after", "points_said"]

_ITEM_UNITS = ("nhiệm vụ", "nội dung", "giải pháp", "nhóm giải pháp", "khâu", "việc", "mục tiêu", "đột phá",
               "lĩnh vực", "chương trình", "dự án")
_NAMES_OPEN = re.compile(r"[^.;:()\d]{0,60}?(?:\s(?:là|gồm|bao gồm)\s|:\s*)", re.IGNORECASE)
"""After the unit, a few words of what the tasks are ("quan trọng được Chính phủ giao") and the word that opens their
names."""


def items_named_after(text: str, value: float | int, unit: str, end: int) -> bool:
    """Whether the count ending at `end` (its unit included) is followed by exactly `value` names of its items."""
    if unit not in _ITEM_UNITS or not 1 < value <= 6 or value != int(value):
        return False
    opened = _NAMES_OPEN.match(text, end)
    if opened is None:
        return False
    names = text[opened.end():].rstrip(" .…")
    items = names.split(";") if ";" in names else re.split(r",|\s+và\s+", names)
    return len([i for i in items if i.strip()]) == value


_POINT_UNITS = ("nhiệm vụ", "nhóm nhiệm vụ", "nội dung", "giải pháp", "nhóm giải pháp", "khâu", "việc", "mục tiêu",
                "đột phá", "vấn đề", "yêu cầu")
_SAID_BEFORE = re.compile(
    r"\b(?:(?:nêu(?:\s+(?:rõ|lên|ra))?|chỉ\s+(?:ra|rõ)|đưa\s+ra|nhấn mạnh|lưu ý|gợi mở|gửi gắm)"
    r"(?:\s+thêm)?|(?:đề nghị|yêu cầu|chỉ đạo)(?:(?:\s+[^\d\s.,;:]+){0,3}?\s+(?:tập trung|thực hiện|triển khai|"
    r"làm tốt|quan tâm)(?:\s+(?:tốt|vào))?)?)\s+(?:(?:các|những)\s+)?$", re.IGNORECASE)
"""A leader saying or setting points: "nêu rõ", "chỉ ra", "đề nghị phường tập trung", "yêu cầu thực hiện tốt"."""
_WEAK_POINTS = re.compile(r"\s*(?:nghẽn|yếu|hạn chế|tồn tại|cần lưu ý)\b", re.IGNORECASE)
"""After "điểm": the points are weak spots ("3 điểm nghẽn"), no places ("3 điểm giao dịch")."""


_SINGLED_OUT = re.compile(r"\b(?:nhất là|đặc biệt là|trước hết là|trọng tâm là)\s+(?:(?:tập trung|chú trọng)\s+)?"
                          r"(?:(?:thực hiện|triển khai|làm|quan tâm)(?:\s+(?:tốt|vào))?\s+)?(?:(?:các|những)\s+)?$",
                          re.IGNORECASE)
_ASKED_EARLIER = re.compile(r"\b(?:đề nghị|yêu cầu|chỉ đạo)\s+(?![^.;]*\b(?:đã|đến nay)\s)[^.;]*$", re.IGNORECASE)
"""The ask the singled-out points go on with, earlier in the clause, no "đã" after it (a result told, not asked)."""


def _singled_out_of_an_ask(text: str, start: int) -> bool:
    """ "đề nghị quận ... thực hiện tốt nhiệm vụ chính trị, nhất là thực hiện tốt 4 nhiệm vụ của tổ dân phố": points
    an ask singles out after "nhất là", "đặc biệt là", further back than `_SAID_BEFORE` reaches (real: a city council's
    committee to a district, daibieunhandan Đà Nẵng; session 25, fresh42). Tasks done so stay ("xã đã hoàn thành tốt
    các nhiệm vụ, nhất là đã hoàn thành 4 nhiệm vụ trọng tâm")."""
    singled = _SINGLED_OUT.search(text, max(0, start - 60), start)
    return singled is not None and bool(_ASKED_EARLIER.search(text, max(0, singled.start() - 200), singled.start()))


def points_said(text: str, start: int, unit: str, end: int) -> bool:
    """Whether the count at `text[start:end]` counts the points a leader says or sets ("Chủ tịch nêu rõ 4 nhiệm vụ
    quan trọng", "chỉ ra 3 điểm nghẽn"): the speech's points, which the report names after it or, in a headline, in
    its body, as a count followed by its items' names is (`items_named_after`); no result the place reached. A count
    of tasks done ("hoàn thành 38 nhiệm vụ"), given with its parts ("giao 102 nhiệm vụ, đã hoàn thành 37") or a plan
    sets ("kế hoạch ... đề ra 7 nhiệm vụ lớn, 50 nhiệm vụ cụ thể", then "hoàn thành 21/50") stays: the tasks a place
    works through, no speech."""
    if unit not in _POINT_UNITS and not (unit == "điểm" and _WEAK_POINTS.match(text, end)):
        return False
    return bool(_SAID_BEFORE.search(text, max(0, start - 60), start)) or _singled_out_of_an_ask(text, start)
