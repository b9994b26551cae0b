"""A commune of today named like the district it was cut from, written bare on a page of the district era: "về thăm
Nho Quan" in 2024 is huyện Nho Quan.

Most communes of 1 July 2025 took their former district's name (xã Nho Quan, xã Thọ Xuân, xã Nông Cống), so a bare
name where the visit went is read as today's commune (`place_mentions.bare_ward`), and `place_former_districts`
leaves such a name alone. Before that day the commune did not exist and a report naming the place alone meant the
district (its town bore the name too, but a team "about Nho Quan" of 2024 went to the district). So, once the
visit's day is known to be before the reform, with its year known (stated, from the page's own day, or bounded), a
bare name placed in one of today's communes is read as the one former district of that name in the commune's
province. Not when the visit's year was guessed from nothing (today's commune is kept and marked unsure:
`unsure_district`), nor when the page also names a commune with its level word (the district then says where that
commune lay, `place_bare_towns` has the same guard), nor for a name written with its level word ("xã Thọ Xuân,
huyện Đan Phượng" is a commune; "huyện Hậu Lộc" a district, as before), nor when a commune or ward of that name
lay in the province before the reform ("tại Nghi Sơn" in 2022 is xã Nghi Sơn, `test_extract_bare_towns`); a town
("thị trấn Nho Quan") was the district's seat and does not count.
"""

from __future__ import annotations

from ..folding import fold
from ..gazetteer import WARD_LEVELS, Resolution, gazetteer, split_level
from .place_bare_towns import read_as_district
from .place_mentions import Mention
from .place_resolution import resolve

__all__ = ["district_of_then", "loose_districts", "unsure_district"]


def _district(mention: Mention) -> dict | None:
    """The one former district named as `mention`'s commune of today, in that commune's province."""
    found = mention.resolution
    if not mention.bare or found is None or found.ward is None or found.former_ward is not None:
        return None
    if fold(split_level(found.ward.name)[1]) != fold(mention.base):
        return None  # placed by a part of its name, or another spelling: not the district's namesake
    if any(found.province.code in old.province_codes for level in ("xã", "phường")
           for old in gazetteer().former_wards(mention.base, level) if fold(old.base) == fold(mention.base)):
        return None  # "tại Nghi Sơn" in 2022: xã Nghi Sơn of then, as before (a town of that name was the seat)
    units = [d for d in gazetteer().districts_named(mention.base)
             if fold(d["name"]) == fold(mention.base) and d["current_code"] == found.province.code]
    return units[0] if len(units) == 1 else None


def district_of_then(mention: Mention, mentions: list[Mention], hints: list[str]) -> Resolution | None:
    """`mention` read as the former district its commune of today is named after, when it is one; else None (the
    mention unchanged)."""
    unit = _district(mention)
    if unit is None or any(other.level in WARD_LEVELS and not other.bare for other in mentions):
        return None  # "về thăm Nho Quan, làm việc tại xã Gia Lâm": the commune is the visit's
    return read_as_district(mention, unit["level"], hints)


def unsure_district(mention: Mention) -> str | None:
    """The former district (with its level word) a bare commune of today is also named after, for a page whose year
    is not known: the commune is kept, the reviewer told it may be the district."""
    unit = _district(mention)
    return None if unit is None else f"{unit['level']} {mention.base}"


def loose_districts(loose: list[Mention], mentions: list[Mention], hints: list[str]) -> list[Mention]:
    """The bare names dropped for want of a province (`find_places`: a bare commune needs one), read as the former
    district when exactly one commune of today bears the name and the one district of that name lay in its province:
    "về thăm Nông Cống" on a page of 2024 naming no province is huyện Nông Cống of Thanh Hóa."""
    out: list[Mention] = []
    for mention in loose:
        same = {code for ward, code in gazetteer().find_wards(mention.base)
                if (split_level(ward.name)[0] or "").lower() == "xã"
                and fold(split_level(ward.name)[1]) == fold(mention.base)}
        if len(same) != 1 or any(fold(m.base) == fold(mention.base) for m in [*mentions, *out]):
            continue
        province = [gazetteer().province(next(iter(same))).name]
        mention.resolution = resolve(mention, province)
        if district_of_then(mention, [*mentions, *out], [*hints, *province]) is not None:
            out.append(mention)
        else:
            mention.resolution = None
    return out
