"""A count of another period is no part of this period's count (issue 12, session 20).

"Năm 2023, xã tiếp nhận 1.860 hồ sơ, đã giải quyết 1.842 hồ sơ (cùng kỳ năm trước giải quyết 1.650 hồ sơ)": last
year's settled count is said to compare, it is no part of this year's received. A reader sees it from the words
that set the count in another period, in the count's own clause or opening its bracket, its clause after ";" or its
sentence ("Cùng kỳ năm 2022, xã đã giải quyết 1.150 hồ sơ"), said after the whole; or from the periods themselves:
a part whose period ends before its whole's begins (or begins after it ends) cannot be in it. A count carried over
from before ("kỳ trước chuyển sang 30 hồ sơ") is part of what is handled now, so carrying words keep the pairing.
Run over the whole article once every other rule has paired (`figures.find_figures`); a comparison's own split
("Cùng kỳ năm 2022, ... 1.150 hồ sơ, trong đó 1.100 hồ sơ đúng hạn") is kept, its whole being said after the cue.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_wholes import unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["closed_before", "compared_in_words", "drop_other_periods", "periods_apart", "whole_of"]

_CUE = r"(?:cùng kỳ|(?:năm|kỳ|tháng|quý) trước|năm ngoái|năm liền trước|so với)"
_CUE_IN_CLAUSE = re.compile(rf"(?<![\wÀ-ỹ]){_CUE}(?![\wÀ-ỹ])", re.IGNORECASE)
"""Words that set a count in the period it is compared with, in its own clause before it: "so với năm 2022 giải
quyết 1.650 hồ sơ", "cùng kỳ năm trước là 1.650 hồ sơ"."""
_CUE_OPENING = re.compile(rf"^\W*(?:(?:còn|trong khi(?:\s+đó)?|và|nếu|như)\s+)?{_CUE}(?![\wÀ-ỹ])", re.IGNORECASE)
"""The same words opening the count's bracket, its clause after ";" or its sentence ("Cùng kỳ năm 2022, xã đã
giải quyết 1.150 hồ sơ")."""
_CARRIED = re.compile(r"\b(?:chuyển sang|chuyển qua|tồn|chuyển tiếp)\b", re.IGNORECASE)
"""Files carried over from the period before ("kỳ trước chuyển sang 30 hồ sơ"): handled now, part of the total."""
_CLAUSE_BREAK = re.compile(r"[,;:(]")
_FRACTION = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\s*/\s*((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)")
"""A count written as a fraction ("21/50 nhiệm vụ", "1.842/1.860 hồ sơ"): the number after the slash is its whole."""


def _group_start(text: str, start: int, floor: int) -> int:
    """Where the count's clause group opens: after the last ";" or the bracket still open around it, or `floor`."""
    semicolon = text.rfind(";", floor, start)
    opened = text.rfind("(", floor, start)
    if opened >= 0 and ")" in text[opened:start]:
        opened = -1
    return max(floor, semicolon + 1, opened + 1)


def compared_in_words(text: str, start: int, floor: int = 0) -> bool:
    """Whether words between `floor` and the count at `start` set it in another period, to compare."""
    group = _group_start(text, start, floor)
    clause = max(group, max((m.end() for m in _CLAUSE_BREAK.finditer(text, group, start)), default=group))
    own = text[clause:start]
    if _CARRIED.search(text, group, min(len(text), start + 40)):
        return False
    return bool(_CUE_IN_CLAUSE.search(own) or (group > floor or group == 0) and _CUE_OPENING.match(text, group))


def closed_before(text: str, first: int, last: int, start: int) -> bool:
    """Whether the period at [first, last) sits in a bracket that closes before `start` and counts something of its
    own: "Năm 2023, xã tiếp nhận 1.260 hồ sơ (năm 2022 tiếp nhận 1.100 hồ sơ), đã giải quyết 1.230 hồ sơ": the
    bracket's year is not 1.230's period. A bracket that only gives the period ("trong kỳ giám sát (từ 01/7/2022 đến
    31/12/2023), tổng số hồ sơ ...", real: hdnd.binhthuan 2024) is the period of what follows."""
    opened = text.rfind("(", 0, first)
    if opened < 0 or ")" in text[opened:first]:
        return False
    closed = text.find(")", last)
    return 0 <= closed < start and bool(re.search(r"\d", text[opened + 1:first] + text[last:closed]))


def periods_apart(part: dict, whole: dict) -> bool:
    """Whether the part's period and the whole's do not meet (ISO days compare as text)."""
    a, b = part.get("period"), whole.get("period")
    if not a or not b:
        return False
    return bool(a["to"] < b["from"] or a["from"] > b["to"])


def whole_of(found: list[FigureDraft], i: int) -> FigureDraft | None:
    """The count before `found[i]` its "of" names: the last one of its kind with that value."""
    part = found[i].figure
    family = unit_family(part["unit"])
    for draft in reversed(found[:i]):
        if draft.figure["value"] == part["of"] and unit_family(draft.figure["unit"]) == family:
            return draft
    return None


def drop_other_periods(found: list[FigureDraft]) -> None:
    """Take the whole from counts said of another period than their whole's."""
    for i, draft in enumerate(found):
        part = draft.figure
        if part.get("of") is None or part["unit"] == "%" or _written_as_fraction(draft):
            continue  # "đã hoàn thành 21/50 nhiệm vụ": the fraction names its whole, whatever an earlier 50 counted
        whole = whole_of(found, i)
        if whole is None:
            continue  # a fraction ("127/136") names its whole itself
        same = whole.sentence.index == draft.sentence.index and whole.end <= draft.start
        floor = whole.end if same else 0
        if periods_apart(part, whole.figure) or compared_in_words(draft.sentence.text, draft.start, floor) or \
                same and carried_past_received(draft.sentence.text, whole.start, whole.end, draft.start, draft.end):
            del part["of"]


_FROM_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:(?:kỳ|năm|tháng|quý)\s+trước\s+chuyển\s+(?:sang|qua)|"
                          r"(?:tồn|chuyển\s+(?:sang|qua))\s+(?:từ\s+)?(?:kỳ|năm|tháng|quý)\s+trước)(?![\wÀ-ỹ])",
                          re.IGNORECASE)
"""Files carried over from an earlier period: "còn 38 hồ sơ quá hạn từ năm trước chuyển sang", "tồn kỳ trước"."""
_RECEIVED = re.compile(r"(?<![\wÀ-ỹ])(?:tiếp nhận|nhận)(?![\wÀ-ỹ])[^,;:()]*$", re.IGNORECASE)
_OPENER = re.compile(r"(?<![\wÀ-ỹ])(?:trong (?:tổng )?(?:đó|số đó|số này)|(?:bao )?gồm)(?![\wÀ-ỹ])|\(", re.IGNORECASE)


def carried_past_received(text: str, whole_start: int, whole_end: int, start: int, end: int) -> bool:
    """Whether the count at [start, end) is carried over from an earlier period (`_FROM_BEFORE`, in its clause) and
    its whole at [whole_start, whole_end) a count received in this one ("đã tiếp nhận 1.460 hồ sơ, còn 38 hồ sơ quá
    hạn từ năm trước chuyển sang"), with no part's opener between ("trong đó", "gồm", a bracket): they did not come
    in this period, so are no part of what did (figures21's rule 8, decided in session 40). A total to handle keeps
    them (`_CARRIED`)."""
    closed = re.search(r"[,;.)]", text[end:])
    clause_end = end + closed.start() if closed else len(text)
    opened = max([whole_end, *(m.end() for m in _CLAUSE_BREAK.finditer(text, whole_end, start))])
    return bool(_FROM_BEFORE.search(text[opened:clause_end]) and not _OPENER.search(text, whole_end, start) and
                _RECEIVED.search(text, max(0, whole_start - 40), whole_start))


def _written_as_fraction(draft: FigureDraft) -> bool:
    """Whether the count is written with its whole after a slash ("21/50 nhiệm vụ"): then the whole is the
    fraction's own, even when a count of that value was said earlier of another period ("Năm 2020, ... đề ra 50
    nhiệm vụ cụ thể. 9 tháng năm 2021, đã hoàn thành 21/50 nhiệm vụ": real, baosonla 2021)."""
    written = _FRACTION.match(draft.sentence.text, draft.start)
    return written is not None and written.end() <= draft.end and \
        written[1].replace(".", "").replace(",", ".") == _plain(draft.figure["of"])


def _plain(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
