"""Figures written in the headline that the body does not give again: "Phường A trả kết quả đúng hạn 99,5% hồ sơ".

A headline often carries the report's key number and the body then gives only the counts behind it; leaving the
headline unread loses that number. A headline figure is read like a sentence's and kept only when no body figure
has its value and unit (the body restating it is the same figure, counted once, where the body says it), and
never when it counts units, the places a round went to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .text import Sentence

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["headline_only"]

_PLACES_COUNTED = {"đơn vị", "cơ quan", "trường", "xã"}
"""A headline's count of units is the round's reach ("Giám sát hồ sơ đất đai ở ba đơn vị"): where it went, no result."""
HEADLINE_INDEX = -1
"""The headline read as a sentence sits before the first sentence: it is no sentence's neighbour."""


def headline_only(title: str | None, body: list[FigureDraft],
                  read: Callable[[Sentence], list[FigureDraft]]) -> list[FigureDraft]:
    """The figures `read` finds in `title` that no figure of `body` repeats (same value, same unit)."""
    if not title:
        return []
    said = {(d.figure["value"], d.figure["unit"]) for d in body}
    rates = [d.figure["value"] for d in body if d.figure["unit"] == "%"]
    return [d for d in read(Sentence(title, HEADLINE_INDEX, HEADLINE_INDEX))
            if (d.figure["value"], d.figure["unit"]) not in said and d.figure["unit"] not in _PLACES_COUNTED
            and not (d.figure["unit"] == "%" and any(_rounds_to(d.figure["value"], d.qualifier, v) for v in rates))]


def _rounds_to(bound: float, qualifier: str | None, value: float) -> bool:
    """Whether a headline's rounded rate ("hơn 99%", "gần 98%") is the body's exact one (99,2%; 97,6%) said again:
    the headline drops the decimals and says which way, so the body's rate lies within one point on that side."""
    if qualifier in ("hơn", "trên"):
        return bound < value < bound + 1
    if qualifier in ("gần", "dưới"):
        return bound - 1 < value < bound
    if qualifier in ("khoảng", "xấp xỉ", "gần như"):
        return abs(value - bound) < 1
    return False
