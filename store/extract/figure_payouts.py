"""What was paid out of a list approved, counted in the sentence after the list: its parts.

"Theo danh sách được UBND tỉnh phê duyệt, huyện có 6.891 đối tượng ... với tổng số tiền 6,561 tỷ đồng. ..., toàn
huyện đã cấp phát cho 6.441 đối tượng, với tổng số tiền hơn 6,185 tỷ đồng": no "trong đó", no sum, yet a reader
sees that those paid and the money paid out are part of the list and its money. The list must be said to be one
("danh sách", "phê duyệt", "thuộc diện"), and the count must follow a verb of paying out ("đã chi trả cho",
"đã cấp phát cho"): two years' payouts ("Năm 2022 chi trả cho 300 người. Năm 2023 ... 280 người") stay apart.
Kept apart from `figure_sums` (files received and settled).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_wholes import unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["paid_of_listed"]

_LIST_SAID = re.compile(r"\b(?:danh sách|phê duyệt|thuộc diện)\b", re.IGNORECASE)
_PAID_BEFORE = re.compile(r"\bđã\s+(?:cấp phát|chi trả|chi hỗ trợ|chi|cấp tiền|hỗ trợ|phát tiền)\s+(?:tiền\s+)?"
                          r"(?:hỗ trợ\s+)?(?:cho\s+)?$", re.IGNORECASE)
_MONEY = {"đồng"}


def paid_of_listed(drafts: list[FigureDraft], previous: list[FigureDraft]) -> bool:
    """Give the count paid out, and the money after it in its sentence, the list's count and money as wholes;
    True if a part was paired."""
    if not previous or not _LIST_SAID.search(previous[0].sentence.text):
        return False
    text = drafts[0].sentence.text
    paid = next((d for d in drafts if d.figure["unit"] not in _MONEY and d.figure["unit"] != "%" and
                 _PAID_BEFORE.search(text, max(0, d.start - 40), d.start)), None)
    if paid is None:
        return False
    changed = False
    money_after = [d for d in drafts if d.figure["unit"] in _MONEY and d.start > paid.start][:1]
    for part in [paid, *money_after]:
        family = unit_family(part.figure["unit"])
        whole = next((d for d in previous if unit_family(d.figure["unit"]) == family and "of" not in d.figure and
                      d.figure["value"] >= part.figure["value"]), None)
        if whole is not None and "of" not in part.figure:
            part.figure["of"] = whole.figure["value"]
            changed = True
    return changed
