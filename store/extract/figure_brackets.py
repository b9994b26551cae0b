"""Parts of a count written in brackets right after it: "nhận 1.200 hồ sơ (trực tuyến 900, trực tiếp 300)".

A reader takes the numbers in such a bracket as the count's split: they count what it counts even when written bare,
and each is part of it. Two checks keep other brackets out: the bracket must open right after the count (at most a
few words of its state between), and what it holds must not be a comparison ("(năm 2022: 1.100 hồ sơ)", "(tăng
200 so với cùng kỳ)"), a share or money. Parts that together exceed the count are no split of it, none is paired then.
Kept apart from `figure_numbers` (which reads the numbers) and `figure_wholes` (wholes said in words).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_bracket_labels import colon_parts_fit, without_part_colons
from .figure_wholes import LEFT_OUT, unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["bracket_parts", "bracket_unit"]

_NOT_A_SPLIT = re.compile(r"\b(?:so với|cùng kỳ|năm trước|kỳ trước|tăng|giảm|kế hoạch|chỉ tiêu|bằng|tương đương|"
                          r"khả năng|sức chứa|công suất|thiết kế|quy mô)\b|"
                          r"\d{4}|[%:]|\b" + LEFT_OUT + r"\b", re.IGNORECASE)
"""In the bracket: a comparison, a period, a share or a label with a colon, not a split; nor a capacity ("gần 1.000
người (khả năng giam giữ của trại là 600 người)"), the place's size beside the count, no part of it; nor what the count
leaves out ("14 người (chưa bao gồm 4 người do Trung ương giới thiệu)", s26/fresh43)."""
_BARE_END = re.compile(r"\s*(?:[,;)]|và\s)(?!\s*\d)")
"""A bare part ends its item: "(trực tuyến 900, trực tiếp 300)"; "(trong đó có 1 Phó Chủ tịch)" counts a person
the bracket names, and "33;9%" is a decimal mistyped."""
_STATE_BETWEEN = re.compile(r"\s*(?:[^\W\d]+\s+){0,4}?")
"""Between the count and its bracket, at most a few words of its state ("1.321 hồ sơ đang giải quyết (1.246 ...,
75 ...)"), no number and no break."""
_RATE_BETWEEN = re.compile(r"(?:\s*[^\W\d]+){0,4}?\s*,\s*(?:đạt\s+(?:t[ỷỉ]\s+lệ\s+)?|t[ỷỉ]\s+lệ\s+(?:đạt\s+)?)"
                           r"(?:là\s+)?\d[\d.,]*\s*%\s*", re.IGNORECASE)
"""Between the count and its bracket, the count's own rate ("đã giải quyết 585.116 hồ sơ, đạt tỷ lệ 99,96% (số hồ
sơ giải quyết đúng hạn là ..., số hồ sơ giải quyết trễ hạn là ...)", real: thanhnien 2019, hdnd.binhthuan 2024): the
bracket still splits the count, the rate is of it."""
_PART_RATE = re.compile(r"\b(?:đạt|chiếm|t[ỷỉ]\s+lệ)\s+(?:(?:đạt|là)\s+)?\d[\d.,]*\s*%", re.IGNORECASE)
"""Inside the bracket, a part's own rate ("đúng hạn là 9.143 hồ sơ, tỷ lệ 92%", "trễ hạn ..., chiếm 1%"): no
comparison; a share said any other way ("(900 hồ sơ, 10%)") still is no split."""
_REST_BEFORE = re.compile(r"\(\s*(?:[^\W\d]+\s+){0,3}?còn\s+(?:lại\s+)?$", re.IGNORECASE)
"""The bracket says what is left ("(còn 02 hồ sơ chưa đến hạn)", "(còn lại 5 hồ sơ đang giải quyết)"): the rest of
what came in beside those settled, not a part of the count the bracket follows (fresh22 v12)."""
_FAR_BETWEEN = re.compile(r"(?:\s*/\s*\d[\d.,]*\s*[^\W\d]*)?(?:\s+[^\W\d]+){5,20}?\s*"
                          r"(?:,\s*(?:(?:đạt|chiếm)\s+)?(?:t[ỷỉ]\s+lệ\s+)?(?:(?:đạt|là)\s+)?\d[\d.,]*\s*%\s*)?",
                          re.IGNORECASE)
"""Between a count and the bracket that splits it, a longer state told first: the area beside the count, up to
twenty words of what the files are or why, and the count's share ("636 hồ sơ/215,46 ha diện tích đất chưa đủ điều
kiện cấp Giấy chứng nhận, tỷ lệ 38,43% (... 26 hồ sơ; ... 610 hồ sơ ...)", real: hdnd.binhthuan 2024). So far from
the count, the bracket is its split only when the parts add up to it exactly, or when it opens with "trong đó" or
"gồm" (`_OPENS_PARTS`)."""
_OPENS_PARTS = re.compile(r"\(\s*(?:trong\s+(?:đó|số\s+đó)|gồm(?:\s+có)?)\s*[:,]?", re.IGNORECASE)
"""A bracket that says it lists parts ("(trong đó: đất tranh chấp 40 hồ sơ; thiếu giấy tờ 31 hồ sơ)"): far from its
count, it may name only some of them (session 21). Its parts are the count's when each is smaller than the count,
of its unit, and together they do not exceed it; a far bracket with no such words still needs the exact sum, and
its colon is the opener's, no label."""
_NO_SPLIT_UNITS = {"%", "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"}

Found = tuple[float | int, float | int | None, str, int, int]
"""(value, whole, unit, start, end) as `figure_numbers.numbers_in` reads them."""


def _opening(text: str, start: int) -> int | None:
    """Where the bracket around `start` opens, if `start` is inside one that is still open."""
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    return opened


def _bracket(text: str, start: int) -> str:
    """The bracket `start` is inside, from its "(" to its ")" or the end of `text`."""
    opened = _opening(text, start) or 0
    closed = text.find(")", opened)
    return text[opened:closed + 1 if closed >= 0 else len(text)]


def _split_of(text: str, opened: int, start: int, counts: list[tuple[int, str]]) -> int | None:
    """The index in `counts` (end, unit) of the count the bracket opening at `opened` splits, if any."""
    closed = text.find(")", opened)
    inside = without_part_colons(text[opened:closed if closed >= 0 else len(text)])  # "(cấp huyện: 7 ...)"
    if _NOT_A_SPLIT.search(_PART_RATE.sub(" ", inside)):
        return None  # anywhere in the bracket: "(đạt 33;9%)", "(900 hồ sơ, tăng 10%)"
    rated = False
    for i in range(len(counts) - 1, -1, -1):
        end, unit = counts[i]
        if end <= opened:
            if unit == "%" and not rated and i and _RATE_BETWEEN.fullmatch(text, counts[i - 1][0], opened):
                rated = True  # "giải quyết 4.090 hồ sơ, đạt 99,1% (...)": the count before its rate
                continue
            if not rated and not _STATE_BETWEEN.fullmatch(text, end, opened) or unit in _NO_SPLIT_UNITS:
                return None
            return i
    return None


def _far_split_of(text: str, opened: int, counts: list[tuple[int, int, str]]) -> int | None:
    """The index in `counts` (start, end, unit) of the count a bracket opening at `opened` splits after a long state
    (`_FAR_BETWEEN`): the last count before the bracket, stepping over its share and the measure beside it."""
    closed = text.find(")", opened)
    inside = without_part_colons(text[opened:closed if closed >= 0 else len(text)])  # "(cấp xã: 7 ...)"
    if _NOT_A_SPLIT.search(_PART_RATE.sub(" ", _OPENS_PARTS.sub("(", inside, count=1))):
        return None
    before = [i for i, (_, end, unit) in enumerate(counts) if end <= opened]
    while before and counts[before[-1]][2] == "%":
        before.pop()
    if len(before) >= 2 and text[counts[before[-2]][1]:counts[before[-1]][0]].strip() == "/":
        before.pop()  # "636 hồ sơ/215,46 ha": the area beside the count
    if not before or counts[before[-1]][2] in _NO_SPLIT_UNITS:
        return None
    i = before[-1]
    return i if _FAR_BETWEEN.fullmatch(text, counts[i][1], opened) else None


def bracket_unit(text: str, start: int, end: int, value: float | int, found: list[Found]) -> str | None:
    """The unit of a bare number inside a bracket that splits the count before it: "(trực tuyến 900, ...)"."""
    opened = _opening(text, start)
    if opened is None or not _BARE_END.match(text, end):
        return None
    i = _split_of(text, opened, start, [(item[4], item[2]) for item in found])
    if i is None or value > found[i][0]:
        return None
    return found[i][2]


def bracket_parts(text: str, drafts: list[FigureDraft]) -> None:
    """Give the counts of its kind in a bracket right after a count that count as their whole, when together they
    do not exceed it; it is nearer than a whole said in words ("nhận 1.200 ..., giải quyết 1.190 hồ sơ (đúng hạn
    1.150, quá hạn 40)": 40 is of 1.190, not of what was received)."""
    counts = [(d.end, d.figure["unit"]) for d in drafts]
    groups: dict[int, list[FigureDraft]] = {}
    far: dict[int, list[FigureDraft]] = {}
    for draft in drafts:
        opened = _opening(text, draft.start)
        if opened is None or "/" in text[draft.start:draft.end]:
            continue  # a fraction ("(25/30 hồ sơ)") has its own whole; a whole read from words yields to the split
        if _REST_BEFORE.search(text, opened, draft.start):
            continue  # "giải quyết 15.665 hồ sơ (còn 02 hồ sơ chưa đến hạn)": the rest of what came in, no split
        i = _split_of(text, opened, draft.start, counts)
        found = groups
        if i is None:
            i, found = _far_split_of(text, opened, [(d.start, d.end, d.figure["unit"]) for d in drafts]), far
        if i is not None and unit_family(drafts[i].figure["unit"]) == unit_family(draft.figure["unit"]):
            found.setdefault(i, []).append(draft)
    for i, parts in [*groups.items(), *far.items()]:
        whole = drafts[i].figure
        added = sum(p.figure["value"] for p in parts)
        said = i in far and all(_OPENS_PARTS.match(text, _opening(text, p.start) or 0) for p in parts) and \
            all(p.figure["value"] < whole["value"] for p in parts)  # "(trong đó: ... 40 hồ sơ; ... 31 hồ sơ)"
        if added > whole["value"] or i in far and not said and (added != whole["value"] or len(parts) < 2) or \
                not colon_parts_fit(_bracket(text, parts[0].start), added, whole["value"]):
            continue
        for part in parts:
            part.figure["of"] = whole["value"]
