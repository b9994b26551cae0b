"""A district-level town or city named bare on a page of the district era: "làm việc tại Hội An" in 2023.

Before July 2025 a report writes a town or city of the district level by its name alone ("giám sát ở Sầm Sơn",
"kiểm tra tại Hội An"). `place_mentions` keeps a bare name only as one of today's wards, and `place_era` then drops
it on a page older than that ward, as no unit of the visit's day; the record fell back to the province (real: Quảng
Nam's chairman checking at "Hội An" in 2020; session 31 fresh66 v07). The name is read as the district-level unit
only when the gazetteer has exactly one unit of the district level by that name among the provinces the article
names, and no commune, ward or town of that name lay in them before the reform (a bare "Phong Điền" of two
provinces, or a name also a commune's, stays unplaced: the choice is unsure); and only when the article names no
commune or ward with its level word, for then the bare district only says where those lie.
"""

from __future__ import annotations

from ..folding import fold
from ..gazetteer import WARD_LEVELS, Resolution, gazetteer
from .place_mentions import Mention
from .place_resolution import display_name, resolve

__all__ = ["bare_district", "read_as_district"]

_WARD_WORDS = ("xã", "phường", "thị trấn")


def bare_district(mention: Mention, mentions: list[Mention], codes: set[int], hints: list[str]) -> Resolution | None:
    """The one district-level unit of the provinces `codes` named `mention.base`, read as that unit; else None."""
    places = gazetteer()
    if not codes or len(mention.base.split()) < 2:
        return None  # no province to look in; a single word is too often a common word or a person's name
    if any(other.level in WARD_LEVELS and not other.bare for other in mentions):
        return None  # "giám sát tại Tràng Định" over "tại xã A và xã B": the communes are the visit's (t1156)
    units = [d for d in places.districts_named(mention.base)
             if fold(d["name"]) == fold(mention.base) and d["current_code"] in codes]
    if len(units) != 1:
        return None
    if any(w.province_codes & codes for level in _WARD_WORDS for w in places.former_wards(mention.base, level)
           if fold(w.base) == fold(mention.base)):
        return None  # also a commune's or a town's name then: which one the page means is unsure
    return read_as_district(mention, units[0]["level"], hints)


def read_as_district(mention: Mention, level: str, hints: list[str]) -> Resolution | None:
    """`mention` resolved as the unit of `level` (a district's: "huyện", "thị xã") of its name, and set so; None
    (the mention unchanged) when that gives no district."""
    was = mention.level, mention.written
    mention.level, mention.written = level, f"{level} {mention.base}"
    found = resolve(mention, hints)
    if found is None or found.ward is not None:
        mention.level, mention.written = was
        return None
    mention.resolution = found
    mention.name = display_name(mention)
    return found
