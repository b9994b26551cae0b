"""A headline's bare place that the text writes with its level: "Chủ tịch UBND TP kiểm tra ... tại Đống Đa", then
"quận Đống Đa" in the text.

A bare name is kept only if it is one of today's wards or a province (`places`), and one the article also writes as a
district ("huyện Ba Tri", then "tại Ba Tri") is dropped as the ward it is not. In a headline that drop loses the very
place the headline says the visit went to, and the city of the official's body was listed instead. The headline's
bare name is that written unit: it takes the unit's level and resolution, and is read as any headline mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..folding import fold
from ..gazetteer import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["headline_names_levelled"]


def headline_names_levelled(mentions: list[Mention]) -> None:
    """Give each bare headline mention that the text writes with a district's level that unit."""
    levelled = {fold(m.base): m for m in mentions
                if not m.bare and not m.in_title and m.resolution is not None and m.level not in WARD_LEVELS
                and m.level != "tỉnh"}
    for mention in mentions:
        unit = levelled.get(fold(mention.base)) if mention.bare and mention.in_title else None
        if unit is not None:
            mention.level, mention.resolution, mention.bare = unit.level, unit.resolution, False
