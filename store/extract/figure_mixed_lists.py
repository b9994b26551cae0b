"""The parts of a total listed after "trong đó" or "gồm" in units of their own (issue 12, session 20).

"đã giải quyết 415 thủ tục hành chính, trong đó: hộ tịch 212 trường hợp; chứng thực 150 lượt; đất đai 53 hồ sơ":
a total of procedures is split into births, marriages, certifications or files, each counted in the unit its field
uses ("trường hợp", "cặp", "lượt", "hồ sơ", "thủ tục"), the items split by ";" or "," or told a line each, sometimes
under field headings ("Lĩnh vực tư pháp: ..."). `figure_wholes` pairs only counts of the total's own kind, so these
parts had no whole. A reader takes them as the total's parts when they add up to it: the counts after the opener
are parts of the total when they, or the first of them, add up to it exactly (at least two of them); a count after
the sum is reached is something else told after the list ("...; công tác chứng thực: 1.828 lượt"), no part, and a
list that never adds up exactly pairs nothing (no guessing). Shares, money and measures are never parts of a count;
the area beside a count ("53 hồ sơ/12 ha"), a count in a bracket and a part of an earlier part are stepped over.
Run over the article after the per-sentence rules (`figures.find_figures`), as the list may run over lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["OPENER", "mixed_list_parts", "parts_adding_up"]

OPENER = re.compile(r"(?:\s+[^\W\d]+){0,8}?\s*[,;]?\s*(?:trong\s+(?:đó|số\s+đó)|gồm(?:\s+có)?)\s*[:;,]?",
                    re.IGNORECASE)
"""After the total, a few words of what it counts ("thủ tục hành chính"), then "trong đó" or "gồm" and its mark:
"532 thủ tục hành chính, trong đó; ...", "286 hồ sơ, gồm: ...", "620 thủ tục, trong đó:" ending its line."""
_NOT_COUNTS = {"%", "ha", "m2", "m²", "km", "km2", "km²", "m", "m3", "m³", "tấn", "kg", "lít", "sào", "mẫu", "usd"}
"""Shares and measures: never a part of a count."""
_ADDED = re.compile(r"\b(?:ngoài ra|bên cạnh đó|thêm|riêng)\b", re.IGNORECASE)
"""Words that tell a count after the list as something added ("ngoài ra còn chứng thực thêm 30 lượt tại nhà")."""
_LINES = 12
"""How many lines a list told a line per part may run over."""


def _counts(unit: str) -> bool:
    lowered = unit.lower()
    return lowered not in _NOT_COUNTS and not (lowered.endswith("đồng") and lowered != "đồng chí")


def parts_adding_up(total: float | int, values: Sequence[float | int]) -> int | None:
    """How many of `values`, from the first, add up to `total` exactly (at least two), or None: the sum passing
    the total, or never reaching it, pairs nothing."""
    added: float | int = 0
    for n, value in enumerate(values, 1):
        added += value
        if added == total:
            return n if n >= 2 else None
        if added > total:
            return None
    return None


def _in_bracket(text: str, after: int, start: int) -> bool:
    """Whether `start` is inside a bracket opened after `after` and still open: a part's own split."""
    opened = text.rfind("(", after, start)
    return opened >= 0 and ")" not in text[opened:start]


def _beside(previous: FigureDraft | None, draft: FigureDraft) -> bool:
    """A measure or count written right beside the one before it ("53 hồ sơ/12 ha", "(12 ha)")."""
    return previous is not None and previous.sentence.index == draft.sentence.index and \
        previous.end <= draft.start and draft.sentence.text[previous.end:draft.start].strip() in {"/", "("}


def _listed_after(found: list[FigureDraft], i: int, opened: int) -> list[FigureDraft]:
    """The counts told after the opener that ends at `opened` in the sentence of `found[i]`: the rest of its
    sentence, and when the opener ends the sentence, the lines right after it."""
    total = found[i]
    same = total.sentence.index
    ends_line = not total.sentence.text[opened:].strip(" :;,.-")
    listed: list[FigureDraft] = []
    previous: FigureDraft | None = None
    last_index = same
    for draft in found[i + 1:]:
        index = draft.sentence.index
        if index != same:
            if not ends_line or index > last_index + 1 or index - same > _LINES:
                break
        elif draft.start < opened:
            continue
        last_index = index
        if "/" in draft.sentence.text[draft.start:draft.end] or _beside(previous, draft) or \
                _in_bracket(draft.sentence.text, opened if index == same else 0, draft.start):
            previous = draft
            continue  # "25/30 hồ sơ" has its whole; "53 hồ sơ/12 ha": the area beside; "(trực tuyến 40, ...)"
        previous = draft
        if _counts(draft.figure["unit"]):
            listed.append(draft)
    return listed


def _run_goes_on(listed: list[FigureDraft], n: int) -> bool:
    """Whether the sum was reached inside a run of one unit: the count after the n-th is told in the n-th's unit, as
    the next item of the same run, not as something added ("ngoài ra ..."). "giải quyết 150 thủ tục, trong đó: khai
    sinh 90 trường hợp; khai tử 60 trường hợp; nhận cha, mẹ, con 12 trường hợp; ...": 90 + 60 = 150 by chance, the
    births, deaths and recognitions are one run, and with the third the list passes the total (session 21). A count
    after the sum in another unit (v05's "Công tác chứng thực: 1.828 lượt" after "... 116 thủ tục") ends the list
    as before."""
    if n >= len(listed):
        return False
    last, after = listed[n - 1], listed[n]
    if after.figure["unit"] != last.figure["unit"]:
        return False
    between = last.sentence.text[last.end:after.start] if after.sentence.index == last.sentence.index else ""
    return _ADDED.search(between) is None


def mixed_list_parts(found: list[FigureDraft]) -> None:
    """Give the counts listed after a total and "trong đó"/"gồm" the total as their whole when the first of them
    add up to it exactly, whatever their units; a count after the sum is reached that was paired with the total
    is no part of it."""
    for i, total in enumerate(found):
        unit = total.figure["unit"]
        if not _counts(unit) or not isinstance(total.figure["value"], int) or \
                "/" in total.sentence.text[total.start:total.end]:
            continue  # "41/58 trường ..., gồm 10 trường ...": a count of a fraction is split the way of its own
        opener = OPENER.match(total.sentence.text, total.end)
        if opener is None:
            continue
        listed = _listed_after(found, i, opener.end())
        values = {d.figure["value"] for d in listed} - {total.figure["value"]}
        listed = [d for d in listed if d.figure.get("of") not in values]  # "đất đai 300 hồ sơ, trong đó cấp mới
        # 200 hồ sơ; ...": 200 is of 300, a part of a part
        n = parts_adding_up(total.figure["value"], [d.figure["value"] for d in listed])
        if n is None or _run_goes_on(listed, n):
            continue
        for part in listed[:n]:
            part.figure["of"] = total.figure["value"]
        last = listed[n - 1].sentence.index
        for later in listed[n:]:
            if later.sentence.index == last and later.figure.get("of") == total.figure["value"]:
                del later.figure["of"]
