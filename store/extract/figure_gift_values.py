"""The value of one parcel follows its parcels: no figure when the parcels are a giver's gift.

Settled in session 17 (the house rule "a team's own gifts are not figures", made consistent): "Đoàn đã trao 120 suất
quà, mỗi suất trị giá 800.000 đồng" gives no figure at all, neither the parcels nor the value of one. The value is a
property of the gift, and the gift is the team's (or a firm's, a fund's, a named person's, `figure_givers`), not a
result of the place. Parcels the place itself hands out or receives ("xã đã trao 300 phần quà, trị giá mỗi phần quà
là 450.000 đồng", "tiếp nhận và trao 260 suất quà ..., mỗi suất gồm tiền mặt 400.000 đồng") stay figures, and so
does the value of one of them. Money per household or per person ("mỗi hộ được nhận 10 triệu đồng", "hỗ trợ 2
triệu đồng/hộ") is a support rate, not a parcel's value, and stays a figure whoever pays it (`figure_rates`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .figure_rates import rate_of

__all__ = ["value_of_a_given_parcel"]

_PARCELS = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:suất|phần)(?:\s+quà)?(?![\wÀ-ỹ])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def value_of_a_given_parcel(text: str, start: int, end: int, unit: str,
                            parcels_given: Callable[[int, int], bool]) -> bool:
    """Whether the amount at [start, end) is the value of one parcel ("mỗi suất trị giá 800.000 đồng", "350 ngàn
    đồng/suất") whose parcels, counted just before it in the same clause run, are a gift no figure counts:
    `parcels_given(start, end)` says that of the parcels' count."""
    if unit != "đồng" or rate_of(text, start, end) != "đồng/suất":
        return False
    floor = max(0, start - 200)
    if (stop := list(_SENTENCE_END.finditer(text, floor, start))):
        floor = stop[-1].end()
    parcels = list(_PARCELS.finditer(text, floor, start))
    return bool(parcels) and parcels_given(parcels[-1].start(), parcels[-1].end())
