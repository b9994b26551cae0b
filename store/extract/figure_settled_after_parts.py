"""What was settled of a count received, told after a sentence that only split that count into kinds.

"Từ đầu năm, xã đã tiếp nhận 27 vụ việc. Trong đó có 8 vụ việc khiếu nại. Xã đã giải quyết 24 vụ việc.": the
24 settled are of the 27 received, although a sentence of parts stands between (`figure_sentence_before` pairs a
count only with the sentence right before it, whose counts here are all parts already). Narrow on purpose (issue 12,
session 26):

- the total is a count received ("tiếp nhận", "thụ lý", "nhận được"), with no whole of its own;
- the next sentence opens on its parts ("Trong đó", "Trong số này", `PARTS_OPEN`) and every count of it is a part of
  that total — nothing new is counted there;
- the sentence after that, right after it, counts first in the total's own unit what was settled of it ("giải
  quyết", "hòa giải thành", "xử lý xong"), no more than the total, not what is still in hand ("chưa giải quyết",
  "đang giải quyết"), and says no other year or period ("năm 2024", "cùng kỳ", "năm trước") nor a total of its own
  ("Trong số ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .figure_wholes import AMONG_OPEN, PARTS_OPEN

if TYPE_CHECKING:
    from .figures import FigureDraft

_RECEIVED = re.compile(r"\b(?:tiep nhan|thu ly|nhan duoc)\b")
_SETTLED = re.compile(r"\b(?:giai quyet|hoa giai thanh|xu ly xong)\b")
_IN_HAND = re.compile(r"\b(?:chua|dang|con|ton)\s+(?:\S+\s+)?(?:giai quyet|hoa giai|xu ly)\b")
_OTHER_PERIOD = re.compile(r"\b(?:19|20)\d{2}\b|\bcung ky\b|\bnam (?:truoc|ngoai)\b|\bky truoc\b")


def _clause_before(draft: FigureDraft) -> str:
    """The words of a count's clause before it, folded."""
    return fold(re.split(r"[,;:]", draft.sentence.text[:draft.start])[-1])


def settled_after_its_parts(found: list[FigureDraft]) -> None:
    """Give the first settled count of the sentence after a parts sentence the received count those parts split."""
    for i, whole in enumerate(found):
        total = whole.figure
        if "of" in total or not isinstance(total["value"], int) or \
                not _RECEIVED.search(_clause_before(whole) + " " + fold(total.get("label", ""))):
            continue
        at = whole.sentence.index
        parts = [d for d in found[i + 1:] if d.sentence.index == at + 1]
        later = [d for d in found[i + 1:] if d.sentence.index == at + 2]
        if not parts or not later or not PARTS_OPEN.match(parts[0].sentence.text) or \
                any(d.figure.get("of") != total["value"] for d in parts):
            continue
        if any(d.sentence.index == at and d.start > whole.start for d in found):
            continue  # the sentence went on counting after the total: the parts may be of another of its counts
        text = later[0].sentence.text
        if AMONG_OPEN.match(text) or _OTHER_PERIOD.search(fold(text)):
            continue
        first = next((d for d in later if d.figure["unit"] == total["unit"]), None)
        if first is None or "of" in first.figure or first.figure["value"] > total["value"]:
            continue
        said = _clause_before(first)
        if _SETTLED.search(said) and not _IN_HAND.search(said) and not _RECEIVED.search(said):
            first.figure["of"] = total["value"]
