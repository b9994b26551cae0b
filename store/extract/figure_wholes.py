"""The whole a figure is part of: what was received, the total, the count the sentence before ended on.

"giải quyết 4.480 hồ sơ, trong đó 4.421 đúng hạn" pairs a part with the count just before "trong đó"; "tiếp nhận
2.446 hồ sơ, đã giải quyết 2.242 hồ sơ" makes what was received the whole of what was settled; a sentence that opens
with "Trong đó" lists parts of the count the sentence before ended on. Counts of different kinds are never paired
(a whole is of the same family of units). Kept apart from `figures`, which reads labels, metrics and periods.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Protocol

from ..folding import fold
from .figure_assigned import assigned_total
from .figure_changes import told_as_change
from .figure_kin import kin_whole
from .figure_lists import list_goes_on, whole_split_by_gom
from .figure_procedures import other_procedures
from .figure_rates import is_rate
from .figure_staff_parts import staff_whole
from .figure_standings import other_standing

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["AMONG_OPEN", "LEFT_OUT", "PARTS_OPEN", "Kinds", "Layout", "parts_of_previous", "unit_family", "whole_from"]

_FAMILIES = {"dịch vụ công": "thủ tục", "đơn vị": "cơ quan", "đối tượng": "người", "nhà": "căn", "ki-ốt": "gian hàng"}
"""Units that count the same things: "358 thủ tục, trong đó 102 dịch vụ công trực tuyến"; "37 cơ quan, đơn vị nợ
bảo hiểm. Trong đó, khối doanh nghiệp 27 đơn vị": agencies and units are one kind; so are people and the
recipients a welfare report calls "đối tượng" ("137 người, trong đó có 52 đối tượng người có công"); and houses
counted "căn" or "nhà" ("35 căn nhà (27 nhà tốc mái và 8 nhà đổ tường)", session 21); a market's stalls, booths
and kiosks ("210 gian hàng, trong đó 40 ki-ốt", session 22)."""
PARTS_OPEN = re.compile(r"^\W*trong (?:đó|(?:tổng )?số (?:đó|này|trên)|số (?:\S+\s+){1,3}(?:trên|này|đó))(?![\wÀ-ỹ])",
                        re.IGNORECASE)
"""A sentence that opens with "Trong đó" lists parts of the count the sentence before ended on: "... đã tiếp nhận
2.184 hồ sơ. Trong đó, 2.096 hồ sơ ...", "tổng diện tích ... là 8.338,4ha. Trong đó diện tích ... là 46,4ha", "Trong
số hồ sơ trên, đã giải quyết 15.641 hồ sơ"; "Trong tổng số đó|này" alike (s38: "... hỗ trợ 46 căn nhà. Trong tổng số
đó, 39 căn ...")."""
AMONG_OPEN = re.compile(r"^\W*trong (?:số\b|tổng số\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d)", re.IGNORECASE)
"""A sentence that opens with "Trong số" names its total first ("Trong số 3.405 hồ sơ đang giải quyết, ... 2.436 hồ sơ
và có 969 hồ sơ ...", "Trong số hồ sơ còn lại đang giải quyết gồm 7.172 hồ sơ, có 5.950 ..."): the first count of a
kind is the whole of the others of that kind; "Trong tổng số 94 hộ nghèo, có 41 hộ ..." alike when its number follows
(s37): "Trong tổng số hồ sơ tiếp nhận, có 1.100 ...; 500 ..." names the total said before (`figure_named_wholes`)."""
_AMONG_BEFORE = re.compile(r"(?:^|[\s,;:])trong\s+(?:(?:tổng\s+)?số\s+)?(?:(?:hơn|trên|gần|khoảng)\s+)?$",
                           re.IGNORECASE)
"""A total written "trong N ..." inside a sentence ("..., trong hơn 13.800 hồ sơ đã thu nhận, có trên 13.200 hồ sơ
..."): the counts of its kind after it, in its clause group, are its parts, as after a sentence's "Trong số"."""
_CHANGE_BEFORE = re.compile(r"\b(?:giảm|tăng)(?:\s+(?:thêm|được))?\s+$", re.IGNORECASE)
"""A change ("giảm 170 hộ nghèo", "tăng 133 hộ"): how much a count moved, never a part of the count before."""
LEFT_OUT = r"(?:chưa|không)\s+(?:bao\s+gồm|kể|tính)"
"""Words that leave a count out of the one before it: "chưa bao gồm", "không kể", "chưa tính"."""
_LEFT_OUT_BEFORE = re.compile(r"\b" + LEFT_OUT + r"(?:\s+cả)?\s+(?:(?:số|khoảng|hơn|gần|trên)\s+)?$",
                              re.IGNORECASE)
"""A count said to be left out ("tối thiểu 14 người (chưa bao gồm 4 người do Trung ương giới thiệu)", "không kể 3 hộ
tạm trú"): outside the whole "trong đó" opened, never a part of it (s26/fresh43)."""


class Layout(Protocol):
    """Where a sentence's clauses break (`figure_layout.ClauseLayout`): the positions a whole is looked for between."""

    semicolons: list[int]
    in_which: list[int]

    def last_before(self, positions: list[int], position: int, floor: int = 0) -> int | None: ...


def parts_of_previous(drafts: list[FigureDraft], previous: list[FigureDraft]) -> None:
    """Counts in a sentence opening with "Trong đó" without a whole of their own: of a count of their kind in the
    sentence before (itself no part, no smaller): the one with the same metric ("đã tiếp nhận 87.582 hồ sơ; giải
    quyết 87.253 hồ sơ. Trong đó, tại ..., đã tiếp nhận 15.868 hồ sơ": of 87.582), else the first, the total. An
    amount per head among them ("..., số tiền 6.600.000 đồng (mỗi người nhận 100.000 đồng)", "(1.000.000 đồng/hộ)") is
    a rate of the scheme, no part of any sum, as within a sentence (s36/fresh77). A change told beside a part ("870
    người (tăng hơn 800 người so với năm 2017)", "giảm 35 người") is how much the part grew, no part itself
    (s42/fresh88)."""
    for draft in drafts:
        figure = draft.figure
        if "of" in figure or figure["unit"] == "%" or left_out(draft.sentence.text, draft.start) or \
                is_rate(draft.sentence.text, draft.start, draft.end, figure["unit"]) or \
                told_as_change(draft.sentence.text, draft.start):
            continue
        family = unit_family(figure["unit"])
        wholes = [d for d in previous if unit_family(d.figure["unit"]) == family and "of" not in d.figure and
                  d.figure["value"] >= figure["value"]]
        if not wholes:  # "giải quyết 1.308/1.350 hồ sơ. Trong đó, 1.120 hồ sơ ...": of the fraction's count
            wholes = [d for d in reversed(previous) if unit_family(d.figure["unit"]) == family and
                      d.figure["value"] >= figure["value"]][:1]
        same = [d for d in wholes if figure.get("metric") and d.figure.get("metric") == figure.get("metric")]
        chosen = same or wholes
        if chosen:
            figure["of"] = chosen[0].figure["value"]


def left_out(text: str, start: int) -> bool:
    """Whether the count at `start` is said to be left out of the one before it ("chưa bao gồm 4 người")."""
    return bool(_LEFT_OUT_BEFORE.search(text, max(0, start - 30), start))


def unit_family(unit: str) -> str:
    return _FAMILIES.get(unit, unit)


class Kinds:
    """The figures read so far in a sentence, by kind of unit: each look-up in log time, not a scan."""

    def __init__(self) -> None:
        self.drafts: dict[str, list[FigureDraft]] = {}
        self.ends: dict[str, list[int]] = {}
        self.first_whole: dict[str, FigureDraft] = {}
        self.in_order: list[FigureDraft] = []

    def add(self, draft: FigureDraft) -> None:
        self.in_order.append(draft)
        family = unit_family(draft.figure["unit"])
        self.drafts.setdefault(family, []).append(draft)
        self.ends.setdefault(family, []).append(draft.end)
        if "of" not in draft.figure and family not in self.first_whole:
            self.first_whole[family] = draft

    def first_whole_after(self, family: str, floor: int) -> FigureDraft | None:
        """The first count of its kind in the clause group that starts at `floor` (after a ";"), not itself a part."""
        first = self.first_whole.get(family)
        if first is None or first.start >= floor:
            return first
        drafts = self.drafts.get(family, [])
        for draft in drafts[bisect_right(self.ends.get(family, []), floor):]:
            if "of" not in draft.figure:
                return draft
        return None

    def last_ending_by(self, family: str, position: int) -> FigureDraft | None:
        ends = self.ends.get(family, [])
        i = bisect_right(ends, position)
        return self.drafts[family][i - 1] if i else None


_RECEIVED_BEFORE = re.compile(r"(?:(?<!\w)nhận|\bảnh hưởng(?:\s+(?:đến|tới))?)\s+(?:được\s+)?"
                             r"(?:(?:tổng|tổng số|tổng cộng)\s+)?$|"
                             r"\bsố\s+\w+(?:\s+\w+)?\s+(?:\w+\s+)?(?:tiếp\s+)?nhận(?:\s+được)?"
                             r"(?:\s+trong\s+(?:kỳ|năm|tháng|quý)(?:\s+báo cáo)?)?\s+là\s+$", re.IGNORECASE)
"""A count received, written "nhận" alone: "bộ phận một cửa nhận 1.156 hồ sơ"; or those a project affects, of
whom some have handed over their land: "ảnh hưởng 312 hộ dân; đã bàn giao mặt bằng 298 hộ"; or the number received
said to be it: "số đơn tiếp nhận là 163 đơn, đã giải quyết 161 đơn", "tổng số hồ sơ nhận trong kỳ báo cáo là 1655 hồ
sơ; đã giải quyết ... 461 hồ sơ" (real: dbnd.phuyen, hdnd.binhthuan 2024)."""
_PART_OF_RECEIVED = re.compile(r"\b(?:tra ket qua|(?:dung|truoc|qua|tre|cham) h[ae]n|giai quyet|hoa giai thanh|"
                               r"ban giao|hoan thanh|xu ly|thu ly|tra lai)\b")
"""Counts that are part of what was received though no metric names them: "trả kết quả đúng hạn 1.019 hồ sơ";
"hẹn" (the appointment) is written as often as "hạn" (the deadline): "trễ hẹn 204 hồ sơ"; what was settled of
what came in, in any unit: "nhận 48 kiến nghị, đã giải quyết 45 kiến nghị", "hòa giải thành 58 vụ việc", "tiếp nhận
312 hồ sơ ..., đã hoàn thành 287 hồ sơ"; what was handled of it, "tiếp nhận 436 tin báo, xử lý 325 tin" (police
reports handled, the rest still being settled); those still being handled, "02 đơn đang trong quá trình thụ lý";
those sent back, "trả lại 25 hồ sơ/5,3 ha" (s20/wholes: the returned are one of the received's states, as in
hdnd.binhthuan 2024's 636 not eligible)."""
_HOW_RECEIVED = re.compile(r"\b(?:truc tuyen|nop truc tiep|(?:qua )?(?:dich vu )?buu chinh(?: cong ich)?)\b")
"""How the files came in, right after the received count ("tiếp nhận 2.315 hồ sơ, (có) 1.870 hồ sơ nộp trực
tuyến"): a part of it, as in brackets ("nhận 1.200 hồ sơ (trực tuyến 900, trực tiếp 300)") and after "trong đó"
(session 39's convention, rule 5)."""
_PENDING = re.compile(r";\s*(?:còn(?:\s+lại)?\s+)?\d[\d.,]*\s+(?:(?!(?:còn|do|vì|đã|bị|trễ|quá)\s)[^\s;.\d]+\s+){1,4}?"
                      r"(?:đang|chưa)\s", re.IGNORECASE)
"""A count that opens the clause after ";" and is said, right after its noun, to be still pending ("; 02 đơn đang
trong quá trình thụ lý", "; còn 16 đơn chưa giải quyết"); not a count of a state of its own ("; 27 hồ sơ còn trễ
hạn do chưa ...")."""
_DEADLINE_STATE = r"(?:đúng|trước|quá|trễ|chậm)\s+h[ạẹ]n\b"
_SIBLING = re.compile(r";\s*(?:còn(?:\s+lại)?\s+)?" + _DEADLINE_STATE + r"\s+(?:là\s+)?\d", re.IGNORECASE)
"""A clause after ";" that opens on a deadline state with no subject of its own ("...; quá hạn 14 hồ sơ", "; còn trễ
hạn 9"): the list of the received's parts goes on, a sibling of the count before it, not its part (s29 figs1). A
clause whose count comes first ("; 31 hồ sơ trễ hạn") has its own subject, and no whole, as before (h722, h371)."""
_SAME_SUBJECT = re.compile(r";\s*(?:đến nay\s+|sau đó\s+)?(?:đã|đang)\s|" + _PENDING.pattern + "|" + _SIBLING.pattern,
                           re.IGNORECASE)
"""A clause after ";" with no subject of its own ("tiếp nhận 5.210 hồ sơ; đã giải quyết 5.102 hồ sơ"), or one that
opens with the count still pending ("số đơn tiếp nhận là 163 đơn, đã giải quyết 161 đơn; 02 đơn đang trong quá trình
thụ lý", "; còn 16 đơn chưa giải quyết"): the same unit's work goes on, and what it received is still the whole."""


_STILL_BEFORE = re.compile(r"\bcòn(?:\s+lại)?\s+(?:" + _DEADLINE_STATE + r"\s+)?$", re.IGNORECASE)
"""What is left told after the settled ("đã trả kết quả 1.200 hồ sơ, còn quá hạn 14 hồ sơ"): a sibling of it."""


def sibling_of(text: str, settled_end: int, start: int, layout: Layout) -> bool:
    """Whether the count at `start` is a sibling of the settled count ending at `settled_end`, not its part: a ";"
    between them, or "còn" just before it ("đã trả 1.200; quá hạn 14", "đã giải quyết 1.200, còn trễ hạn 14")."""
    semicolon = layout.last_before(layout.semicolons, start)
    return semicolon is not None and semicolon >= settled_end or \
        bool(_STILL_BEFORE.search(text, max(settled_end, start - 24), start))


_ON_TIME = re.compile(r"\b(?:dung|truoc|qua|tre|cham) h[ae]n\s*$")
"""Just before a count, whether files were settled on time ("đúng hạn 1.118 hồ sơ"), folded."""
_TOTAL_SAID = re.compile(r"\btổng(?:\s+số|\s+cộng)?(?:\s+là)?\s+$", re.IGNORECASE)
"""A count called the total ("có tổng số 2.760, với 2.602 hồ sơ"): the whole of the parts after it."""


def whole_from(text: str, start: int, figure: dict, kinds: Kinds, layout: Layout) -> float | int | None:
    """The whole a count is part of.

    "giải quyết 4.480 hồ sơ, trong đó 4.421 đúng hạn": after "trong đó", the figure
    written just before it (of the same kind); else "tiếp nhận 2.446 hồ sơ, đã giải
    quyết 2.242 hồ sơ": the received count is the whole of what follows.
    """
    if (staff := staff_whole(text, start, figure, kinds, layout)) is not None:
        return staff  # "33 cán bộ, ..., trong đó có 12 đồng chí là ...": staff counted by another word
    family = unit_family(figure["unit"])
    if _CHANGE_BEFORE.search(text, max(0, start - 16), start) or left_out(text, start):
        return None
    semicolon = layout.last_before(layout.semicolons, start)
    pending = semicolon is not None and (said := _PENDING.match(text, semicolon)) is not None and start < said.end()
    while semicolon is not None and (_SAME_SUBJECT.match(text, semicolon) or list_goes_on(text, semicolon)):
        semicolon = layout.last_before(layout.semicolons, semicolon)
    floor = semicolon if semicolon is not None else 0
    in_which = layout.last_before(layout.in_which, start, floor)
    if family not in kinds.drafts:  # "35 vụ việc, trong đó có 11 đơn thư": a part in other words (`figure_kin`)
        return kin_whole(text, start, in_which, figure, kinds.in_order) if in_which is not None else None
    if in_which is not None:
        if (split := whole_split_by_gom(text, start, in_which, family, figure["value"], kinds)) is not None:
            return split  # "trong đó 19,2 ha ... gồm 15,4 ha": of the part "gồm" splits
        before = kinds.last_ending_by(family, in_which)
        if before is not None:
            if other_standing(text, before.start, in_which, start):
                return None  # "còn 63 hộ nghèo, trong đó ... 22 hộ cận nghèo": not poor (`figure_standings`)
            return before.figure["value"]
        if (kin := kin_whole(text, start, in_which, figure, kinds.in_order)) is not None:
            return kin  # "trong đó có 11 đơn thư, 5 đơn tố cáo": the list of parts in other words goes on
    if in_which is None and semicolon is not None and _PART_OF_RECEIVED.search(fold(figure.get("label", ""))):
        # "..., trong đó đúng hạn 1.825 hồ sơ; quá hạn 26 hồ sơ": the list of parts goes on past the ";"
        earlier = layout.last_before(layout.in_which, semicolon)
        before = kinds.last_ending_by(family, earlier) if earlier is not None else None
        if before is not None and figure["value"] <= before.figure["value"]:
            return before.figure["value"]
    if AMONG_OPEN.match(text) and (first := kinds.first_whole.get(family)) is not None and \
            figure["value"] <= first.figure["value"]:
        return first.figure["value"]
    among = next((d for d in reversed(kinds.drafts[family]) if "of" not in d.figure and d.start >= floor and
                  _AMONG_BEFORE.search(text, max(0, d.start - 24), d.start)), None)
    if among is not None and figure["value"] <= among.figure["value"]:
        return among.figure["value"]  # "trong gần 9.600 hồ sơ đã thu nhận, có hơn 9.100 hồ sơ ...": of the total
    total = kinds.first_whole_after(family, floor)  # "A nhận 900; B giải quyết 870": not 870 of 900
    settled = kinds.last_ending_by(family, start)
    if settled is not None and sibling_of(text, settled.end, start, layout):
        settled = None  # "đã giải quyết 1.200 hồ sơ; quá hạn 14 hồ sơ", "..., còn quá hạn 14": of the received
    if settled is not None and settled.figure.get("metric") == "ho-so-giai-quyet" and \
            _ON_TIME.search(fold(text[max(0, start - 30):start])) and figure["value"] <= settled.figure["value"] and \
            not _ON_TIME.search(fold(text[max(0, settled.start - 30):settled.start])):
        # "giải quyết 1.126 hồ sơ, đúng hạn 1.118 hồ sơ", "tiếp nhận 54.575; đã giải quyết 51.780, đúng và trước
        # hạn 51.072": on time, of those settled just before (not of a sibling: "đúng hẹn 3.511, trễ hẹn 71")
        return settled.figure["value"]
    if total is not None and figure["value"] <= total.figure["value"] and \
            assigned_total(text, total.start, total.end, start):
        return total.figure["value"]  # "được giao 146 căn nhà, đến nay đã hoàn thành 112 căn": of the assigned
    if total is None or total.figure.get("metric") != "ho-so-tiep-nhan" and \
            not _RECEIVED_BEFORE.search(text, max(0, total.start - 40), total.start) and \
            not _TOTAL_SAID.search(text, max(0, total.start - 20), total.start):
        return None  # the whole is what was received: "tiếp nhận", or "nhận" alone
    if figure.get("metric") not in ("ho-so-giai-quyet", "ho-so-dang-giai-quyet", "ho-so-dung-han") and \
            not _PART_OF_RECEIVED.search(fold(figure.get("label", ""))) and \
            not _PART_OF_RECEIVED.search(fold(text[max(0, start - 30):start])) and not pending and \
            not _HOW_RECEIVED.search(fold(figure.get("label", ""))):
        return None  # the verb just before the count says it too: "hòa giải thành 58 vụ việc"
    if figure["value"] > total.figure["value"] or other_procedures(text, total.start, start):
        return None  # "tiếp nhận 2.140 hồ sơ chứng thực ..., giải quyết 385 hồ sơ đăng ký ...": two desks' files
    return total.figure["value"]
