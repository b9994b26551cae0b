"""A district's seat merged away before 2025, named as its district ("thị trấn Anh Sơn" of huyện Anh Sơn).

The list of units merged before 2025 (`earlier_wards`) knows where such a town was, never what it became, so it is
placed in its province only. But a town named as its district was the district's seat, and when the 2025 reform
named a commune or ward after the old district, it named the seat's successor: the one unit of today, in the town's
province, bearing that name and made from that province's units, holds it. Any other case stays as it was.
"""

from __future__ import annotations

from ..earlier_wards import EarlierWard, earlier_wards
from ..folding import fold
from ..gazetteer import Resolution, gazetteer
from ..levels import split_level


def seat_successor(earlier: EarlierWard) -> Resolution | None:
    """Today's unit named as the district whose seat `earlier` was, or None when that is not one unit."""
    if fold(split_level(earlier.district)[1]) != fold(earlier.base):
        return None
    places = gazetteer()
    former = places.former_province(earlier.old_province)
    if former is None:
        return None
    found = [(ward, code) for ward, code in places.find_wards(earlier.base, former[1])
             if earlier.old_province in places.ward_origins(ward.code)]
    if len(found) != 1:
        return None
    ward, code = found[0]
    province = places.province(code)
    level = split_level(ward.name)[0] or "xã"
    return Resolution(level, province, ward, places.if_merged(earlier.old_province, province))


def seat_of_district(base: str, level: str | None, district: str) -> Resolution | None:
    """ "thị trấn Diễn Châu, huyện Diễn Châu": the earlier seat of the district written beside it, as today's unit."""
    for earlier in earlier_wards(base, level):
        if fold(split_level(earlier.district)[1]) == fold(district) and (found := seat_successor(earlier)):
            return found
    return None
