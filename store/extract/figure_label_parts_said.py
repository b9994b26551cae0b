"""The label of a part said to be something with "là": "trong đó 96 phụ nữ là người dân tộc thiểu số".

A part after "trong đó" told what it is with "là" is labelled by it ("Phụ nữ là người dân tộc thiểu số", session 23).
Session 39 (labels22): the same after "trong số đó", "trong số này", "trong tổng số đó|này" (the openers
`figure_layout.IN_WHICH` reads as "trong đó" since session 38), which read the bare unit or kept the demonstrative
("Người đó"); households as well as people ("41 hộ là gia đình người có công"); and "là" followed by the unit again
says the kind alone ("58 hộ là hộ đồng bào dân tộc thiểu số" → "Hộ đồng bào dân tộc thiểu số", not "Hộ là hộ ...").
Session 40 (labels23): a count of any unit said with "là" then its unit again is that kind wherever it stands ("25
đơn là đơn kiến nghị", the second item of a list, "215 hồ sơ là hồ sơ đăng ký biến động đất đai"), and a petition
said to be a complaint, an accusation or a request ("8 đơn thư là tố cáo cán bộ thôn") is that petition ("Đơn thư tố
cáo cán bộ thôn"): both read the bare unit.
"""

from __future__ import annotations

import re

from .figure_label_words import _short
from .figure_lexicon import KIN, kin_group

__all__ = ["part_said"]

_OPENS = re.compile(r"(?i:trong đó|trong (?:tổng )?số (?:đó|này))\s*,?\s*(?:(?i:có|gồm)\s+)?$")
_HOMES = frozenset({"hộ", "hộ gia đình", "gia đình", "hộ dân"})
"""Households, told what they are as people are ("hộ là gia đình chính sách")."""
_SAID = re.compile(r"\s+là\s+([^\W\d][^,.;:()]{1,60})")
_PETITIONS = frozenset({"đơn", "đơn thư", "thư"})
_PETITION_KINDS = re.compile(r"(?:khiếu nại|tố cáo|kiến nghị|phản ánh|đề nghị|tranh chấp)\b", re.IGNORECASE)
"""What a petition is said to be after "là" ("đơn là khiếu nại ..."): written together it names the petition."""


def part_said(text: str, start: int, end: int, unit: str, written: str, rest: str) -> str:
    """The label of the part at `start` (its unit as `written`, the words after it `rest`), or "" when it is no part
    said to be something."""
    if kind := _kind_said(written, rest):
        return kind  # "25 đơn là đơn kiến nghị", "8 đơn thư là tố cáo ...": any unit, wherever it stands
    if not _OPENS.search(text, max(0, start - 30), start) or text[start:end].lower().endswith(" em") or \
            not (kin_group(unit) is KIN[1] or unit.lower() in _HOMES):
        return ""  # "930 em là học sinh bán trú": pupils, read by `figure_labels._count`
    said = _SAID.match(rest)
    if said is None:
        return ""
    kind = said[1].strip()
    if kind.lower().startswith(written.lower() + " "):
        return _short(kind, 10)  # "58 hộ là hộ đồng bào dân tộc thiểu số": the kind, not the unit twice
    return _short(f"{written} là {kind}", 10)


def _kind_said(written: str, rest: str) -> str:
    """The kind a count is said to be with "là" then its unit again, or a petition's kind; "" otherwise."""
    said = _SAID.match(rest)
    if said is None:
        return ""
    kind = said[1].strip()
    if kind.lower().startswith(written.lower() + " "):
        return _short(kind, 10)  # "215 hồ sơ là hồ sơ đăng ký biến động đất đai"
    if written.lower() in _PETITIONS and _PETITION_KINDS.match(kind):
        return _short(f"{written} {kind}", 10)  # "8 đơn thư là tố cáo cán bộ thôn" → "đơn thư tố cáo cán bộ thôn"
    return ""
