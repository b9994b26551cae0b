"""The visit's day decides which list of units a ward's name is read in, and a list under two level words.

A report of 2021 that names "xã Tân Kỳ" speaks of the one commune of that name then (Tứ Kỳ, Hải Dương), though
three communes bear it since 1 July 2025; a report of 2025 that names "xã Quỳnh Lưu" speaks of one of today's,
and a commune of that name merged away in 2025 is no candidate. The day is known only after the places are read
(a unit that ceased dates the visit), so the names are read again once it is (`settle_by_era`).

"tại 08 xã, phường gồm: A, B": each name of such a list is a unit of whichever of the levels the gazetteer knows it
at among the provinces the article names (`settle_other_levels`).
"""

from __future__ import annotations

from datetime import date

from ..folding import fold
from ..gazetteer import Resolution, Unit, gazetteer, split_level
from .dates import TWO_TIER_START
from .place_bare_towns import bare_district
from .place_district_era import district_of_then
from .place_lists import _WARD_WORDS
from .place_mentions import Mention
from .place_namesake_communes import namesake_communes
from .place_resolution import _hint_codes, display_name, resolve, written_level


def settle_other_levels(mentions: list[Mention], hints: list[str], districts: list[str]) -> None:
    """A listed name not found at the level written before it is tried at the other level words of its list."""
    codes = _hint_codes(hints)
    for mention in mentions:
        found = mention.resolution
        placed = found is not None and found.ward is not None and (not codes or found.province.code in codes)
        if placed or not mention.other_levels:
            continue
        level, written = mention.level, mention.written
        for other in mention.other_levels:  # a town is a commune written "thị trấn" (`written_level`)
            mention.level, mention.written = _WARD_WORDS[other], f"{other} {mention.base}"
            if (again := resolve(mention, hints, districts)) is not None and again.ward is not None:
                mention.resolution = again
                break
        else:
            mention.level, mention.written = level, written


def settle_by_era(mentions: list[Mention], hints: list[str], districts: list[str], visit: date | None,
                  year_known: bool = True) -> bool:
    """Read again, in the list of units of the visit's time, the wards the article names that no province it names
    settled, or that were placed in a ward whose name is younger than the visit; a bare commune of today named
    after its former district, as that district when the visit's year is known to be before the reform
    (`place_district_era`). True if any changed."""
    if visit is None:
        return False
    codes = _hint_codes(hints)
    changed = namesake_communes(mentions, visit)  # "xã Hà Long, Hà Trung" after the reform: two communes
    bare_districts: list[str] = []
    for mention in mentions:
        if mention.bare and visit < TWO_TIER_START and year_known and district_of_then(mention, mentions, hints):
            changed = True  # "về thăm Nho Quan" in 2024: huyện Nho Quan, not xã Nho Quan of 2025
            bare_districts.append(f"huyện {mention.base}")
            continue
        if mention.bare and visit < TWO_TIER_START and _bare_younger(mention):
            # "giám sát tại Tràng Định" in 2024: no commune; "tại Hội An" in 2023: the city if sure (place_bare_towns)
            mention.resolution, changed = bare_district(mention, mentions, codes, hints), True
            if gazetteer().district_levels(mention.base):
                bare_districts.append(f"huyện {mention.base}")
            continue
        if mention.bare or mention.level not in ("phường", "xã") or mention.earlier is not None:
            continue
        found = mention.resolution
        settled = found is not None and found.ward is not None and (not codes or found.province.code in codes)
        before = visit < TWO_TIER_START
        # a ward today's list placed with no clue from the article, whose name is younger than the visit
        younger = before and not codes and not mention.by_neighbours and _younger_than(mention, found) and \
            not _beside_siblings(mention, mentions)
        if settled and not younger:
            continue
        again = _in_list_of_then(mention, codes, districts, before)
        if again is not None and (found is None or again != found):
            mention.resolution = again
            mention.name = display_name(mention)
            changed = True
    for mention in mentions if bare_districts else []:  # "xã Chi Lăng" of that district, not of huyện Chi Lăng
        if not mention.bare and mention.level in ("phường", "xã") and mention.earlier is None and \
                (again := _in_list_of_then(mention, codes, bare_districts, True)) is not None and \
                again != mention.resolution:
            mention.resolution, changed = again, True
            mention.name = display_name(mention)
    return changed


def _bare_younger(mention: Mention) -> bool:
    """A name written bare ("tại Tràng Định") placed in one of today's communes that no ward or commune of that name
    became: on a day before the reform the commune did not exist. A district bore the name (111 did, "Tràng Định",
    "Lục Ngạn"), which qualifies the communes the text names and is no ward; or nothing did."""
    found = mention.resolution
    if found is None or found.ward is None or found.former_ward is not None:
        return False
    places = gazetteer()
    olds = [w for level in ("xã", "phường", "thị trấn") for w in places.former_wards(mention.base, level)
            if fold(w.base) == fold(mention.base)]
    return not any(found.ward.code in {code for _, code, _ in old.became} for old in olds)


def _beside_siblings(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether another ward the article names lies in the province this one was placed in: "xã Tam Bình và xã Long
    Hồ" are two communes of Vĩnh Long as the list of 2025 has them, whatever the year."""
    found = mention.resolution
    return found is not None and any(
        other is not mention and other.resolution is not None and other.resolution.ward is not None
        and other.resolution.province.code == found.province.code and fold(other.base) != fold(mention.base)
        for other in mentions)


def _younger_than(mention: Mention, found: Resolution | None) -> bool:
    """Whether the ward found is one of today's whose name no unit of that level bore before 2025 where it lies."""
    if found is None or found.ward is None or found.former_ward is not None:
        return False
    level = written_level(mention) or "xã"
    olds = gazetteer().former_wards(mention.base, level)
    return bool(olds) and not any(found.ward.code in {code for _, code, _ in old.became} for old in olds)


def _in_list_of_then(mention: Mention, codes: set[int], districts: list[str], before: bool) -> Resolution | None:
    """The one unit of that name and level in the list of the visit's time, among the provinces named if any."""
    places = gazetteer()
    level = written_level(mention) or "xã"
    if before:
        olds = [w for w in places.former_wards(mention.base, level) if w.became and fold(w.base) == fold(mention.base)]
        if codes:
            olds = [w for w in olds if w.province_codes & codes]
        # the old districts the article names come first: "xã A, huyện X" is not the xã A of huyện Y
        named = {fold(split_level(d)[1]) for d in districts}
        if named:  # none of them: the unit merged before the list of 2025, as "xã Kim Sơn, huyện Gia Lâm" did
            olds = [w for w in olds if fold(split_level(w.district)[1]) in named]
        if len({w.became[0][1] for w in olds}) != 1:
            return None
        old = olds[0]
        name, ward_code, province_code = old.became[0]
        province = places.province(province_code)
        return Resolution(split_level(name)[0] or "phường", province, Unit(name, ward_code),
                          places.if_merged(old.old_province, province), old)
    wanted = "xã" if level == "thị trấn" else level
    today = [(w, code) for w, code in places.find_wards(mention.base)
             if split_level(w.name)[0] == wanted and fold(split_level(w.name)[1]) == fold(mention.base)
             and (not codes or code in codes)]
    if len(today) != 1:
        return None
    ward, code = today[0]
    return Resolution(wanted, places.province(code), ward)
