"""A visit told by or of a district-level body dates it before 1 July 2025, when districts and towns ceased.

`places.era_bounds` reads the districts a visit went to; the team itself often belongs to one ("Đoàn kiểm tra của
Ban Thường vụ Thị ủy Cai Lậy", "Thường trực HĐND huyện Krông Pắc giám sát ...", "Đoàn công tác của Ban Thường vụ
Huyện ủy Ea Kar đã làm việc với Đảng ủy xã Ea Sô"), or the commune's district is only the body it answers to. No
such body exists since two-tier local government began, so a yearless day in the lead that names one lies before
it. Only the headline and the lead are read (a later sentence may tell history: "Năm 2023, UBND huyện X phê
duyệt ..."), and a body named as what it was ("huyện X (cũ)", "nguyên Bí thư Huyện ủy", "trước đây") is no bound.
"District" covers huyện, quận and thị xã; a "thành phố" may be a province-level city and is left out.
"""

from __future__ import annotations

import re

from ..reasons import reason
from .text import Article
from .year_bounds import TWO_TIER_START, Bound

__all__ = ["ceased_bodies"]

_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ'’-]*(?:\s+[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ'’-]*)*"
_BODY = re.compile(r"\b(?:(?:Huyện|Quận|Thị)\s+ủy|(?:Huyện|Quận|Thị)\s+uỷ|"
                   r"(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban MTTQ(?:\s+Việt Nam)?|"
                   r"Ủy ban Mặt trận Tổ quốc(?:\s+Việt Nam)?|MTTQ(?:\s+Việt Nam)?|Đảng ủy|Đảng uỷ)\s+"
                   r"(?:huyện|quận|thị xã|thị trấn))\s+(" + _NAME + ")")
_FORMER_BEFORE = re.compile(r"\b(?:nguyên|trước đây|trước khi sáp nhập|trước sáp nhập)\s+(?:\S+\s+){0,3}$",
                            re.IGNORECASE)
_FORMER_AFTER = re.compile(r"\s*\(?\s*(?:cũ|trước đây)\b", re.IGNORECASE)
_LEAD = 2
"""How many sentences of the lead are read: the one with the day and the one after it."""


def ceased_bodies(article: Article) -> list[Bound]:
    """An upper bound at 1 July 2025 for each district-level body the headline or the lead names as it stands."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:_LEAD]]
    bounds: list[Bound] = []
    for text in texts:
        for m in _BODY.finditer(text):
            if _FORMER_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _FORMER_AFTER.match(text, m.end()):
                continue
            bounds.append(Bound(TWO_TIER_START, False, reason("year.former_unit", name=m[0]), text))
            break
    return bounds
