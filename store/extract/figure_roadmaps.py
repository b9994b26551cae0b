"""A share or a count a place must reach is a target, no result: "lộ trình đến năm 2023, huyện phải hoàn thành trên
50% xã nông thôn mới nâng cao".

A leader's remarks or the report set out what is owed by a date, in words other than "phấn đấu" or "chỉ tiêu"
(which `figures` already knows): the province's roadmap ("theo lộ trình", "lộ trình đến năm ...") or an obligation
said right before the number ("phải hoàn thành", "phải đạt trên"). Either way the number is what is to be reached.
A result told under a roadmap ("theo lộ trình, huyện đã hoàn thành 12 công trình") keeps its "đã" and stays.
"""

from __future__ import annotations

import re

__all__ = ["must_reach"]

_OWED_BEFORE = re.compile(
    r"\b(?:phải|buộc phải)\s+(?:hoàn thành|đạt(?:\s+được)?|bảo đảm|đảm bảo)\s+"
    r"(?:(?:trên|từ|tối thiểu|ít nhất|không dưới|tỷ lệ|tỉ lệ)\s+)*$", re.IGNORECASE)
_ROADMAP_BEFORE = re.compile(r"\blộ trình\b(?:(?!\bđã\b|\bđược\b)[^.;])*$", re.IGNORECASE)


def must_reach(text: str, start: int) -> bool:
    """Whether the number at `start` is owed by an obligation or a roadmap said before it in its sentence."""
    return bool(_OWED_BEFORE.search(text, max(0, start - 60), start) or
                _ROADMAP_BEFORE.search(text, max(0, start - 160), start))
