"""Counts that add up to the count the sentence before ended on are its parts.

"Trung tâm đã tiếp nhận 60 hồ sơ ..., tất cả đều nộp trực tuyến. Trung tâm đã trả kết quả 52 hồ sơ trước hạn, còn
8 hồ sơ đang trong thời hạn giải quyết.": no "trong đó" opens the second sentence (`figure_wholes.PARTS_OPEN`), yet
52 and 8 split the 60 received. A reader sees it from the sum: two or more counts of one kind, none of them a part
already, adding up exactly to a count of that kind just before, are its parts. An exact sum is what keeps a new
total of the same unit ("giải quyết 55 hồ sơ; năm trước 48 hồ sơ") from being read as parts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .figure_rates import is_rate
from .figure_wholes import AMONG_OPEN, unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft


def parts_adding_up(drafts: list[FigureDraft], previous: list[FigureDraft]) -> bool:
    """Give the counts of `drafts` that add up to a whole count of `previous` that whole; True if any did."""
    changed = False
    for family in {unit_family(d.figure["unit"]) for d in drafts}:
        parts = [d for d in drafts if unit_family(d.figure["unit"]) == family and "of" not in d.figure and
                 d.figure["unit"] != "%"]
        if len(parts) < 2:
            continue
        total = sum(d.figure["value"] for d in parts)
        wholes = [d for d in previous if unit_family(d.figure["unit"]) == family and "of" not in d.figure and
                  d.figure["value"] == total]
        if wholes:
            for part in parts:
                part.figure["of"] = wholes[0].figure["value"]
            changed = True
    return changed


_NAMED_UNIT = re.compile(r"\b((?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+[^\W_][\wÀ-ỹ]*)")


def _another_subject(draft: FigureDraft, previous: list[FigureDraft]) -> bool:
    """Whether the sentence names, before the count, a unit the sentence before did not ("Phường A tiếp nhận 900
    hồ sơ. Phường B giải quyết 870 hồ sơ."): then it tells another unit's work, no part of the count before."""
    before = previous[-1].sentence.text.lower()
    for m in _NAMED_UNIT.finditer(draft.sentence.text, 0, draft.start):
        name = m[1].split(maxsplit=1 if not m[1].lower().startswith(("thị ", "thành ")) else 2)[-1]
        if (name[:1].isupper() or name[:1].isdigit()) and m[1].lower() not in before:
            return True
    return False


def _settled_already(first: FigureDraft, whole: dict, previous: list[FigureDraft]) -> bool:
    """Whether the sentence before said what was settled of `whole` already: a received total has one settled total
    ("nhận 1.156 hồ sơ, đã giải quyết 1.149 hồ sơ. ...; xã bên cạnh giải quyết 402 hồ sơ": not of the 1.156)."""
    return first.figure.get("metric") == "ho-so-giai-quyet" and any(
        d.figure.get("metric") == "ho-so-giai-quyet" and d.figure.get("of") == whole["value"] for d in previous)


def settled_of_received(drafts: list[FigureDraft], previous: list[FigureDraft]) -> bool:
    """The files settled, counted first in the sentence after the one that counted what was received, are part of
    it: "UBND tiếp nhận 585.336 hồ sơ. Kết quả đã giải quyết 585.116 hồ sơ" — no "trong đó", no exact sum, yet the
    settled can only be of the received. Only the first settled count (later ones are its own parts or another
    unit's), and not when the sentence counts a received number of its own (a new unit's work, another period) or
    names its own total ("Trong số 112 hồ sơ đang giải quyết, ..."), nor when the sentence before said what was
    settled of it already (a received total has one settled total; session 24). True if a part was paired."""
    received = [d for d in previous if d.figure.get("metric") == "ho-so-tiep-nhan" and "of" not in d.figure]
    if not received or any(d.figure.get("metric") == "ho-so-tiep-nhan" for d in drafts) or \
            AMONG_OPEN.match(drafts[0].sentence.text):
        return False
    whole = received[-1].figure
    # settled, or settled on time ("Số hồ sơ đã giải quyết trước và đúng hạn là 790 hồ sơ", `metric_states`)
    first = next((d for d in drafts if d.figure.get("metric") in ("ho-so-giai-quyet", "ho-so-dung-han")), None)
    if first is None or _another_subject(first, previous) or _settled_already(first, whole, previous):
        return False
    settled = first.figure
    if "of" in settled or unit_family(settled["unit"]) != unit_family(whole["unit"]) or \
            settled["value"] > whole["value"]:
        return False
    settled["of"] = whole["value"]
    for draft in drafts:  # "... 2731 hồ sơ, 174 hồ sơ đang trong hạn giải quyết": still in hand, of the received too
        figure = draft.figure
        if draft.start > first.start and "of" not in figure and unit_family(figure["unit"]) == \
                unit_family(whole["unit"]) and figure["value"] + settled["value"] <= whole["value"] and \
                _PENDING.search(fold(figure["label"])):
            figure["of"] = whole["value"]
    return True


_PENDING = re.compile(r"\b(?:dang|con) trong (?:thoi )?han\b|\bchua den han\b")
"""Files still within their time, folded ("đang trong hạn giải quyết", "chưa đến hạn"): came in lately, so with those
settled they make up what was received (the module docstring's "còn 8 hồ sơ đang trong thời hạn giải quyết"). Files
merely in hand ("còn 20 hồ sơ đang xử lý") may have been carried over from before: no part said (t488)."""


_IN_TIME = re.compile(r"\b(?:dung|truoc|qua|tre|cham) h[ae]n\b")
"""Whether files were settled in time, folded ("trễ hạn", "quá hẹn", "đúng hạn")."""
_NOT_SETTLED = re.compile(r"\b(?:chua|dang|con) (?:giai quyet|xu ly|den han)\b|\bchua den han\b")
_STILL_BEFORE = re.compile(r"\b(?:còn|vẫn còn|tồn)\s+(?:lại\s+)?$", re.IGNORECASE)
"""Files still in hand ("15 hồ sơ quá hạn chưa giải quyết", "Phường còn 27 hồ sơ quá hạn"): no part of those
settled."""


def timing_of_settled(drafts: list[FigureDraft], previous: list[FigureDraft]) -> bool:
    """Files late or on time, counted in the sentence after the one that counted those settled, are part of the
    settled: "đã giải quyết 12.970 hồ sơ. Tỷ lệ ... đạt 99,2%; 102 hồ sơ bị trễ hạn". Not when the sentence counts
    files received or settled of its own (they are then its own whole). True if a part was paired."""
    settled = [d for d in previous if d.figure.get("metric") == "ho-so-giai-quyet"]
    if not settled or any(d.figure.get("metric") == "ho-so-tiep-nhan" or d.figure.get("metric") == "ho-so-giai-quyet"
                          and not _IN_TIME.search(fold(d.figure["label"])) for d in drafts):
        return False  # its own received or settled count ("giải quyết chậm hạn 9 hồ sơ" is a timing, not one)
    whole = settled[-1].figure
    changed = False
    for draft in drafts:
        figure = draft.figure
        if "of" in figure or unit_family(figure["unit"]) != unit_family(whole["unit"]) or \
                figure["value"] > whole["value"] or not _IN_TIME.search(label := fold(figure["label"])) or \
                _NOT_SETTLED.search(label) or _another_subject(draft, previous) or \
                _STILL_BEFORE.search(draft.sentence.text, max(0, draft.start - 12), draft.start):
            continue
        figure["of"] = whole["value"]
        changed = True
    return changed


_RUN = 3
"""How many sentences after a total its parts may run on: "... tiếp nhận 1.655 hồ sơ, đã giải quyết 461 hồ sơ. 558
hồ sơ đang giải quyết. 636 hồ sơ chưa đủ điều kiện." tells the split over three sentences."""


def parts_over_sentences(found: list[FigureDraft]) -> None:
    """Counts of a total's kind that follow it, in its sentence and the few adjacent ones after, and add up exactly
    to it with the parts it already has, are its parts (real: hdnd.binhthuan 2024, 1.655 = 461 + 558 + 636 over
    three sentences, each with its share; the exact sum as in the module docstring's 60 = 52 + 8). The run is read
    in order and stops at the sum, past it, at a sentence not adjacent, or at a new received count; a count that is
    a part of another count is stepped over ("(... 26 hồ sơ; ... 610 hồ sơ)" of the 636). At least two counts, one
    of them still without a whole, and at least three: the project reads two counts that add up ("giải quyết 1.932
    hồ sơ ... Phường còn 27 hồ sơ quá hạn", "tiếp nhận 5.214 ..., đã giải quyết 5.102 .... Trong số 112 hồ sơ đang
    giải quyết") as a result and a state of its own (t02, t333); a split into three or more states that adds up
    exactly is the whole breakdown of what came in."""
    for i, whole in enumerate(found):
        figure = whole.figure
        if "of" in figure or figure["unit"] == "%" or not isinstance(figure["value"], int):
            continue
        family, total = unit_family(figure["unit"]), figure["value"]
        run: list[FigureDraft] = []
        added = 0
        last = whole.sentence.index
        for draft in found[i + 1:]:
            index = draft.sentence.index
            if index > last + 1 or index > whole.sentence.index + _RUN:
                break
            last = index
            part = draft.figure
            if unit_family(part["unit"]) != family or part["unit"] == "%" or \
                    is_rate(draft.sentence.text, draft.start, draft.end, part["unit"]):
                continue  # "(mỗi người nhận 400.000 đồng)": a rate of the scheme, no part of the sum (s36/fresh77)
            if part.get("metric") == "ho-so-tiep-nhan" or part["value"] >= total:
                break
            if part.get("of") not in (None, total):
                continue
            run.append(draft)
            added += part["value"]
            if added >= total:
                break
        if added == total and (len(run) >= 3 or _listed_after_colon(run, total)) and \
                any("of" not in d.figure for d in run) and run[-1].sentence.index > whole.sentence.index:
            for draft in run:
                draft.figure["of"] = total


_LIST_OPENED = re.compile(r"^\W*trong (?:tổng )?(?:đó|số đó|số này)\s*:", re.IGNORECASE)


def _listed_after_colon(run: list[FigureDraft], total: int) -> bool:
    """Whether two counts that add up to the total are a list its report opened: the first already its part, in a
    sentence opening on "Trong đó:" (or its kin) — "phường cấp 192 giấy phép. Trong đó: nhà ở riêng lẻ là 168 giấy
    phép. Công trình thương mại, dịch vụ là 24 giấy phép." (fresh83 v03's class, session 40). The colon says the
    parts follow, so two are enough, where two counts that merely add up are not (t02, t333). A count told as more
    or besides ("còn", "thêm", "khác", "ngoài ra") is no item of the list, whatever it adds up to."""
    first, second = run[0], run[-1]
    return len(run) == 2 and first.figure.get("of") == total and first.sentence is not second.sentence and \
        _LIST_OPENED.match(first.sentence.text) is not None and _BESIDES.search(second.sentence.text) is None


_BESIDES = re.compile(r"(?<![\wÀ-ỹ])(?:còn|thêm|khác|ngoài ra)(?![\wÀ-ỹ])", re.IGNORECASE)
