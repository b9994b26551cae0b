"""A city that is a province today and was a district-level city before ("TP Huế"), named above its visited wards.

`place_venues.province_level` keeps a city beside a lower unit only when its name is no district's too, because a
district-level city (TP Vinh, TP Bà Rịa) is a unit of its own. Huế is both: a province-level city since 2025 and a
district-level city before, so "đến kiểm tra ... tại TP Huế", then "Tại phường A", listed the city beside its ward.
When a ward or commune of the same province is visited, the city is where that ward lies (the province, today; the
ward's city or its province, before): listed alone only when no lower unit is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..gazetteer import gazetteer

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["above_its_wards"]


def above_its_wards(mention: Mention, chosen: list[Mention]) -> bool:
    """Whether `mention` is a city that is a province today, chosen beside a visited ward of that province."""
    found = mention.resolution
    if mention.level != "thành phố" or found is None or found.ward is not None or \
            gazetteer().find_province(mention.base) is None:
        return False
    return any(other.resolution is not None and other.resolution.ward is not None and
               other.resolution.province.code == found.province.code for other in chosen if other is not mention)
