"""A commune checked beside its district, the district written bare: "kiểm tra ... Quỹ ... huyện và xã A, huyện B".

A Front's or a council's check of funds or work held by a district and one of its communes names the pair with the
district's level word alone, then the commune with its district: "đã thực hiện kiểm tra công tác vận động ... Quỹ
'Vì người nghèo' huyện và xã Nam Triều, huyện Phú Xuyên" (real: a city Front's check in Hà Nội, 2019; s36-fresh77
v10). The district is placed by the cues before; the commune, an object of the check rather than a place after
"tại", was lost. It is visited when a check's verb after "đã" stands earlier in its sentence, and so is the district
named after it (`district_after`: the bare "huyện" is that district, checked too: "tại huyện và thị trấn A, huyện
B"). People present ("Cùng dự buổi kiểm tra có lãnh đạo ... huyện và xã A") and a report's source ("Theo báo cáo
của huyện và xã A") are no check of the commune.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..levels import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["checked_beside_its_district", "district_after"]

_PAIR = re.compile(r"\b(?:huyện|quận|thị xã)\s+và\s+$", re.IGNORECASE)
"""The district's bare level word and "và" just before the commune: "huyện và xã A"."""
_CHECKED = re.compile(r"\bđã\s+(?:\w+\s+){0,2}?(?:kiểm tra|giám sát|khảo sát)\b", re.IGNORECASE)
"""A check done, its verb after "đã" ("đã kiểm tra", "đã thực hiện kiểm tra"), not a session's name."""
_PRESENT = re.compile(r"\b(?:dự|tham dự|có mặt|cùng đi|tham gia)\b", re.IGNORECASE)


def checked_beside_its_district(mention: Mention) -> bool:
    """Whether `mention`, a commune or township, is checked with its district named bare before it."""
    sentence = mention.sentence
    if sentence is None or mention.in_title or (mention.level not in WARD_LEVELS and mention.level != "thị trấn"):
        return False
    before = sentence.text[:mention.start]
    if not _PAIR.search(before):
        return False
    checks = list(_CHECKED.finditer(before))
    return bool(checks) and not _PRESENT.search(before[checks[-1].end():])


def district_after(mention: Mention, ordered: list[Mention]) -> Mention | None:
    """The district written right after `mention` ("xã A, huyện B") that the bare level word before it named."""
    sentence = mention.sentence
    pair = _PAIR.search(sentence.text[:mention.start]) if sentence is not None else None
    if sentence is None or pair is None:
        return None
    level = " ".join(pair[0].split()[:-1]).lower()  # "huyện", "thị xã"
    return next((other for other in ordered if other.sentence is sentence and other.resolution is not None and
                 other.level == level and re.fullmatch(r"\s*,\s*", sentence.text[mention.end:other.start])), None)
