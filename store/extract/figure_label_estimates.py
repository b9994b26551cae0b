"""An amount that is an estimate ("dự toán") is labelled as one, with what it is for when the clause says so.

`figure_label_money` names an amount by the money noun before it; "dự toán" is none of them, so "Dự toán năm 2026 là
850 triệu đồng" was labelled with the bare "Số tiền", and "Dự toán kinh phí số hóa 1,2 tỷ đồng" as "Kinh phí số hóa",
as if the money had been spent. A budget planned is not money paid: when "dự toán" opens what the amount is of in its
own clause, the label starts with it and keeps what follows it ("Dự toán kinh phí số hóa", "Dự toán chi thường
xuyên", "Dự toán" alone when nothing follows but a period). An amount measured against an estimate ("đạt 48% dự
toán", "vượt dự toán 270 triệu đồng", "theo dự toán ...") or one with another number between it and the word keeps
its label.
"""

from __future__ import annotations

import re

from .figure_label_words import _OF_PLACE, _TIME, _clause_before, _short

__all__ = ["estimate_label"]

_ESTIMATE = re.compile(r"(?<![\wÀ-ỹ])(?:(tổng)\s+)?dự toán(?![\wÀ-ỹ])", re.IGNORECASE)
_AGAINST = re.compile(r"(?<![\wÀ-ỹ])(?:vượt|so với|đạt|theo|bằng|hụt|ngoài|trong|trên|dưới|giảm|tăng|với|của)\s*$",
                      re.IGNORECASE)
"""Words that measure an amount against the estimate, or make the estimate another's: no estimate's own amount."""
_LINK = re.compile(r"(?:\s+(?:lần lượt|là|đạt|lên|tới|có|ở mức|vào khoảng|khoảng|hơn|gần|trên|với|được duyệt|"
                   r"được phê duyệt))+\s*$", re.IGNORECASE)
_PERIOD = re.compile(r"(?<![\wÀ-ỹ])(?:năm|quý|tháng|giai đoạn)\s+[\dIV][\dIV/–-]*(?:\s*(?:và|,|đến|-|–)\s*"
                     r"(?:(?:năm|quý|tháng)\s+)?[\dIV][\dIV/]*)*", re.IGNORECASE)
"""The periods the estimate is for ("năm 2024 và năm 2025"): no other amount between the word and this one."""
_RUN_BEFORE = re.compile(r"\s(?:lần lượt\s+)?là\s+(?:\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*)?(?:đồng\s*)?"
                         r"(?:,|và)\s*)+$", re.IGNORECASE)
"""The members of a run said before this amount ("là 430 và 560 triệu đồng"): the same estimate, told in turn."""
_BARE = {"số tiền", "tổng số tiền", "kinh phí", "tổng kinh phí", "đồng", "trị giá", "giá trị", "lần lượt"}
"""Labels that say no more than the unit does (`figure_labels._GENERIC`'s money)."""


def estimate_label(text: str, start: int, label: str) -> str:
    """The label of the amount at `start` when its clause names it an estimate (module docstring), else `label`."""
    clause = _clause_before(text, start)
    found = list(_ESTIMATE.finditer(clause))
    if not found or "dự toán" in label.lower():
        return label
    at = found[-1]
    rest = _RUN_BEFORE.sub(" là", _PERIOD.sub(" ", clause[at.end():]))
    if _AGAINST.search(clause[:at.start()]) or re.search(r"\d", rest):
        return label
    named = _TIME.sub("", " " + rest).strip()
    named = _OF_PLACE.sub("", " " + _LINK.sub("", " " + named)).strip()
    head = "Tổng dự toán" if at[1] else "Dự toán"
    if label.lower() in _BARE:
        return _short(f"{head} {named}".strip(), 9)
    if named.lower().startswith(label.lower()):
        return _short(f"{head} {named}", 9)  # "Dự toán kinh phí số hóa": the label was the noun after the word
    return label
