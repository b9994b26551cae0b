"""A whole of another kind written only after a slash: "10.330 tài khoản/15.124 hộ", "6.215 tài khoản/11.480 hộ dân".

The count before the slash counts one thing (accounts, products, members), the one after counts another (the
households, the cooperatives they belong to). The second is a count the report gives of its own: by the household
convention a place's total "stays when it is the whole of" a figure done (the accounts opened among its households),
and its unit would be lost if it were kept only as the part's "of". So it is a figure of its own, once per article.
The part keeps it as its whole when it is no smaller (`figure_numbers`). A whole of the same kind ("2.415/2.460 hồ
sơ", "120/150 hồ sơ") stays the part's whole only: the house reads a fraction of one kind as one figure (t567).

Not read so: money or a measure after the slash (`figure_shapes.quantity_after_slash` reads those), an election's
pair (`figure_elections`), a norm or a ratio ("1 bác sĩ/1.000 dân", "35 học sinh/1 lớp", "bình quân 3 cán bộ/10
hộ": a whole of one or a round power of ten, or a mean), and a percentage.
"""

from __future__ import annotations

import re

from .figure_units import UNIT_OF, UNIT_RE, Number
from .text import Sentence

__all__ = ["is_slash_whole", "once_each", "slash_wholes"]


_PART = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")
_SLASH_WHOLE = re.compile(r"((?:\s+(?!(?:và|với|của|trong)\b)[^\W\d]+){0,3}?)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)"
                          r"(?![\d/]|[.,]\d)")
"""The slash and the whole after the part's unit, a few words of it between ("8.940 tài khoản thanh toán/21.306
hộ")."""
_MEAN_BEFORE = re.compile(r"\b(?:bình quân|trung bình|tỷ lệ|tỉ lệ|định mức|mỗi)\b[^.;,]{0,30}$", re.IGNORECASE)
"""A ratio or a norm before the part ("bình quân 35 học sinh/1 lớp", "tỷ lệ 1 bác sĩ/1.000 dân")."""
_NOT_COUNTS = {"%", "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "ngày", "tháng", "năm", "giờ", "phút", "tuần",
               "quý", "lần", "lượt"}
"""Units after the slash that count no whole of its own: money, time, and times or turns ("3 cuộc/12 lượt")."""


def slash_wholes(text: str, numbers: list[Number]) -> list[Number]:
    """(value, None, unit, start, end) of each whole of another kind written after a counted part's slash; a part
    whose unit has words before the slash ("tài khoản thanh toán/") gets the whole in `numbers` when no smaller."""
    taken = {n[3] for n in numbers}
    out: list[Number] = []
    for i, (value, whole, unit, start, end) in enumerate(list(numbers)):
        if unit in _NOT_COUNTS or (part := _PART.match(text, start)) is None or \
                (part_unit := UNIT_RE.match(text, part.end())) is None or \
                (after := _SLASH_WHOLE.match(text, part_unit.end())) is None or \
                (whole_unit := UNIT_RE.match(text, after.end())) is None:
            continue
        kind = UNIT_OF.get(whole_unit[1].lower(), whole_unit[1])
        if kind in _NOT_COUNTS or kind == UNIT_OF.get(part_unit[1].lower(), part_unit[1]) or \
                after.start(2) in taken or _MEAN_BEFORE.search(text, max(0, start - 40), start):
            continue
        number = after[2].replace(".", "")
        if re.fullmatch(r"10*", number):
            continue  # "1 bác sĩ/1.000 dân", "35 học sinh/1 lớp": a ratio, no count of its own
        if whole is None and after[1] and int(number) >= value:
            numbers[i] = (value, int(number), unit, start, end)  # "8.940 tài khoản thanh toán/21.306 hộ": of them
        out.append((int(number), None, kind, after.start(2), whole_unit.end()))
        taken.add(after.start(2))
    return out


def is_slash_whole(sentence: Sentence, start: int) -> bool:
    """Whether a figure read at `start` of `sentence` is a whole written after another count's slash."""
    return bool(re.search(r"\D/\s*$", sentence.text[max(0, start - 3):start]))


def once_each(found: list) -> list:
    """`found` (FigureDraft) without a whole after a slash that another figure already counts ("10.330 tài
    khoản/15.124 hộ ... 5.128 tài khoản/15.124 hộ": the households once)."""
    kept: list = []
    for i, draft in enumerate(found):
        key = (draft.figure["value"], draft.figure["unit"])
        if is_slash_whole(draft.sentence, draft.start) and any(
                (other.figure["value"], other.figure["unit"]) == key
                for j, other in enumerate(found) if j < i or j > i and not is_slash_whole(other.sentence, other.start)):
            continue
        kept.append(draft)
    return kept
