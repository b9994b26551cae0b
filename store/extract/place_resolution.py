"""Which unit of today's gazetteer a mention is, and how the report writes its name.

A name found in several provinces is settled with the provinces the article
names; a resolution whose level contradicts the written one ("phường X"
found only as a commune elsewhere) is refused; a ward gone from today's list
keeps the province the article places it in.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..earlier_wards import earlier_wards
from ..folding import fold, normalize_text, unpadded
from ..gazetteer import DISTRICT_LEVELS, WARD_LEVELS, Resolution, gazetteer, split_level
from ..resources import load_json
from .place_mentions import LEVEL, SPECIAL_PROVINCES, Mention
from .place_moved_wards import moved_from_district
from .place_names import same_spelling
from .place_outlets import strong
from .place_seats import seat_of_district, seat_successor
from .place_spelling import district_spelling


@lru_cache(maxsize=1)
def _districts_by_initials() -> dict[str, list[dict]]:
    """Former districts by their initials ("tdm"), as articles abbreviate them ("TP TDM")."""
    by_initials: dict[str, list[dict]] = {}
    for district in load_json("former_units.json")["districts"]:
        initials = "".join(word[0] for word in fold(district["name"]).replace("-", " ").split())
        by_initials.setdefault(initials, []).append(district)
    return by_initials


def resolve(mention: Mention, hints: list[str], districts: list[str] | None = None,
            strict: bool = False) -> Resolution | None:
    """The unit `mention` names, trying the article's provinces `hints` and, for a ward or a former town
    ("thị trấn"), the old `districts` the article names as still existing; None if none fits what is written.
    `strict`: only a unit of those districts (the ward's own district is written beside it)."""
    places = gazetteer()
    level = written_level(mention)
    if mention.level == "tỉnh":
        if found := _former_province(mention.base, "tỉnh"):
            return found
        today = places.find_province(mention.base)
        return Resolution("tỉnh", today) if today else None
    options = [None] + hints if not hints else hints + [None]
    # an old district named in the article places its wards first: "xã A" of "huyện B" as it was then
    tries: list[tuple[str | None, str | None]] = \
        [(hint, district) for district in (districts or []) for hint in options] if level in _FORMER_LEVELS else []
    tries += [] if strict and tries else [(hint, None) for hint in options]
    for hint, district in tries:
        try:
            found = places.resolve(mention.base, level, hint, district)
        except KeyError:
            found = None
        if found is None or not _consistent(mention, found):
            continue
        if hint is None and strong(hints) and found.province.code not in _hint_codes(hints) and \
                mention.level in WARD_LEVELS:
            continue  # a ward found only outside every province the text names: not this one (the outlet's is weak)
        if hint is None and hints and found.province.code not in _hint_codes(hints) and \
                mention.level in WARD_LEVELS and _merged_earlier_in(mention, hints):
            continue  # "xã Vạn Thọ" on a Thái Nguyên outlet: its own commune merged before 2025, not a namesake
        return found
    if level in ("xã", "thị trấn") and (hints or districts):
        return _made_a_ward(mention, hints, districts)
    if mention.level in DISTRICT_LEVELS and hints and (found := _raised_district(mention, hints)):
        return found
    if mention.level == "thành phố":
        province = places.find_province(mention.base)
        former = places.former_province(mention.base)
        if province and former:
            return Resolution("tỉnh", province, None, places.if_merged(former[0], province))
    return None


_FORMER_LEVELS = ("phường", "xã", "thị trấn")


def _raised_district(mention: Mention, hints: list[str]) -> Resolution | None:
    """A district raised before 2025 and written at its older level ("huyện Hoà Thành" of 2019, a "thị xã" in the
    list of 2025): the one district of that name at another level in the provinces the article names."""
    places = gazetteer()
    codes = _hint_codes(hints)
    found = [r for other in places.district_levels(mention.base) - {mention.level}
             for hint in hints if (r := places.resolve(mention.base, other, hint)) is not None
             and r.ward is None and r.province.code in codes]
    return found[0] if len({(r.level, r.province.code, r.former_province) for r in found}) == 1 else None


def _made_a_ward(mention: Mention, hints: list[str], districts: list[str] | None) -> Resolution | None:
    """ "xã Tăng Tiến, huyện Việt Yên" of 2021: a commune or town made a ward (its district a town), or a commune made
    a town, before the 2025 list, which knows only the ward or town; found under the same name among the provinces or
    districts named."""
    places = gazetteer()
    codes = _hint_codes(hints)
    bases = [split_level(d)[1] for d in districts or []]  # "huyện Việt Yên" was "Thị xã Việt Yên" by then
    if bases:  # a commune of that name in the district written: it was no ward
        in_them = {fold(b) for b in bases}
        if any(fold(split_level(w.district)[1]) in in_them for w in places.former_wards(mention.base, written_level(
                mention)) + earlier_wards(mention.base, written_level(mention))):
            return None
    elif not codes or codes & namesake_codes(mention):
        return None  # a commune of that name is there (several, or one a district decides): it was no ward
    options: list[str | None] = [*hints] or [None]
    # made a ward, or a town ("xã Phương Sơn" of 2021, "thị trấn Phương Sơn" by 2025)
    # (a town only for a name written with "xã" before it: a bare name of a list takes the list's level word)
    made_into = ("phường", "thị trấn") if fold(mention.written).startswith("xa ") else ("phường",)
    for hint, made in ((hint, made) for made in made_into for hint in options):
        for district in [*bases, None]:
            try:
                found = places.resolve(mention.base, made, hint, district)
            except KeyError:
                found = None
            if found is None or found.ward is None or (codes and found.province.code not in codes):
                continue
            named = found.former_ward.base if found.former_ward else split_level(found.ward.name)[1]
            if normalize_text(named).casefold() == normalize_text(mention.base).casefold():
                return found
    return None


def split_between(found: Resolution | None) -> list[str]:
    """The other wards of today a former unit was split between, besides the likeliest one it resolved to
    (the source's default, `found.ward`); empty when it became one ward or is no former unit."""
    if found is None or found.former_ward is None or len(found.former_ward.became) < 2:
        return []
    chosen = found.ward.code if found.ward else None
    return [name for name, code, _ in found.former_ward.became if code != chosen]


def namesake_codes(mention: Mention) -> set[int]:
    """Today's provinces that hold a ward of the name and level written, today or before 2025."""
    places = gazetteer()
    level = written_level(mention)
    wanted = ("xã",) if level == "thị trấn" else (level,)
    today = {code for ward, code in places.find_wards(mention.base) if split_level(ward.name)[0] in (None, *wanted)}
    return today | {code for old in places.former_wards(mention.base, level) for code in old.province_codes}


def written_level(mention: Mention) -> str | None:
    """ "thị trấn" as written: a former town, which only the list of former units knows."""
    if mention.level == "xã" and re.match(r"thi tran|tt\.|tt\s", fold(mention.written).lower()):
        return "thị trấn"
    return mention.level


def _hint_codes(hints: list[str]) -> set[int]:
    places = gazetteer()
    codes = set()
    for hint in hints:
        former = places.former_province(hint)
        if former:
            codes.add(former[1])
        elif province := places.find_province(hint):
            codes.add(province.code)
    return codes


def _consistent(mention: Mention, found: Resolution) -> bool:
    """The resolution is the unit written: same kind of level, and for a ward the same name, diacritics and all."""
    if written_level(mention) == "thị trấn":
        return found.former_ward is not None and found.former_ward.level == "thị trấn"
    if mention.level in WARD_LEVELS:
        if found.ward is None:
            return False
        ward_level, ward_base = split_level(found.ward.name)
        if found.former_ward is not None:  # merged away in 2025: the name written is the old one
            ward_level, ward_base = found.former_ward.level, found.former_ward.base
        wanted = "xã" if mention.level == "xã" else mention.level
        if ward_level != wanted:
            return False
        return same_spelling(normalize_text(ward_base), normalize_text(mention.base)) or \
            fold(mention.base) == mention.base.lower()
    if mention.level in DISTRICT_LEVELS:
        return found.ward is None and found.level in DISTRICT_LEVELS
    return True


def fallback_ward(mention: Mention, mentions: list[Mention], hints: list[str]) -> Resolution | None:
    """A ward no longer on today's list ("phường Liên Bảo" of 2024): its province, from the article, or from the
    list of units merged before 2025 when it names the unit in one province only ("phường Đống Mác")."""
    for other in mentions:
        if other.qualifier and other.resolution and other.sentence is mention.sentence and other.start > mention.start:
            if seat := seat_of_district(mention.base, written_level(mention), other.base):
                return seat  # "thị trấn Diễn Châu, huyện Diễn Châu": the district's seat (place_seats)
            return Resolution(
                mention.level or "phường", other.resolution.province, None, other.resolution.former_province
            )
    # only a name no unit of 2025 bears: "xã Thống Nhất" unplaced is one of today's five, not a commune of 2019
    level = written_level(mention)
    places = gazetteer()
    named_since = [w for w, _ in places.find_wards(mention.base) if split_level(w.name)[0] in (level, None)] or \
        places.former_wards(mention.base, level)
    earlier = [] if named_since else earlier_wards(mention.base, level)
    codes = _hint_codes(hints)
    placed = [w for w in earlier if not codes or _former_code(w.old_province) in codes]
    if len({w.old_province for w in placed}) == 1:
        mention.earlier = placed[0]
        if found := seat_successor(placed[0]):
            return found  # "thị trấn Anh Sơn" of huyện Anh Sơn: the unit of today named after the district
        if found := _former_province(placed[0].old_province, mention.level or "phường"):
            return found
    for hint in hints:
        if found := _former_province(hint, mention.level or "phường"):
            return found
    return None


@lru_cache(maxsize=1)
def _districts_of_2025() -> frozenset[str]:
    """The districts of the list of 1 July 2025, folded without their level word."""
    return frozenset(fold(split_level(name)[1]) for name, _ in load_json("former_wards.json")["districts"])


def lasted_to_2025(district: Mention) -> bool:
    """Whether a district was still one in 2025, so that its wards of then are known; "huyện Thông Nông",
    merged into Hà Quảng in 2020, was not, and a ward written with it is found in its new district."""
    return fold(district.base) in _districts_of_2025()


def in_district(mention: Mention, district: Mention) -> Resolution | None:
    """A ward of a district the article names beside it, gone from the 2025 list ("xã Quảng Tân thuộc huyện
    Quảng Xương", merged in 2019): the district's province, no ward; noted when the earlier list has it there."""
    if district.resolution is None:
        return None
    if seat := seat_of_district(mention.base, written_level(mention), district.base):
        return seat  # "thị trấn Diễn Châu, huyện Diễn Châu": the district's seat (place_seats)
    found = district.resolution
    mention.earlier = next((w for w in earlier_wards(mention.base, written_level(mention))
                            if fold(split_level(w.district)[1]) == fold(district.base)
                            and _former_code(w.old_province) == found.province.code), None)
    if mention.earlier is None and (moved := moved_from_district(mention.base, written_level(mention) or "xã", found)):
        return moved  # "Thổ Bình, huyện Chiêm Hóa": written with the district it was cut from (place_moved_wards)
    return Resolution(mention.level or "phường", found.province, None, found.former_province)


def _merged_earlier_in(mention: Mention, hints: list[str]) -> bool:
    """Whether a ward of the name was merged away before 2025 in one of the provinces `hints` names."""
    codes = _hint_codes(hints)
    return any(_former_code(w.old_province) in codes for w in earlier_wards(mention.base, written_level(mention)))


def _former_code(old_province: str) -> int | None:
    former = gazetteer().former_province(old_province)
    return former[1] if former else None


def _former_province(name: str, level: str) -> Resolution | None:
    """`name` as one of the old provinces: today's province that holds it, with the old name where it differs."""
    places = gazetteer()
    former = places.former_province(name)
    if not former:
        return None
    today = places.province(former[1])
    return Resolution(level, today, None, places.if_merged(former[0], today))


def display_name(mention: Mention) -> str:
    """The unit as the report writes it, tidied: "TP. Dĩ An", "phường Rạch Dừa"; "TDM" spelled out; "phường 3" for
    "Phường 03" (`unpadded`)."""
    base = district_spelling(mention.base) if mention.level in DISTRICT_LEVELS else unpadded(mention.base)
    if base.isupper() and len(base) >= 2 and mention.resolution and mention.level in DISTRICT_LEVELS:
        options = [d for d in _districts_by_initials().get(base.lower().replace("đ", "d"), [])
                   if d["current_code"] == mention.resolution.province.code]
        if len({d["name"] for d in options}) == 1:
            return f"{options[0]['level']} {options[0]['name']}"
    written = mention.written.strip()
    if mention.level == "tỉnh" and SPECIAL_PROVINCES.fullmatch(written):
        # "TP HCM", "TPHCM": the city by its initials, spelled out as its name ("thành phố Hồ Chí Minh")
        province = mention.resolution.province.name if mention.resolution else ""
        return "thành phố " + province[len("Thành phố "):] if province.startswith("Thành phố ") else written
    m = re.match(r"(TP|Tp|TX|Tx)\.?\s*", written)
    if m and written[:m.end()].strip().lower() not in ("thành phố", "thị xã"):
        return f"{m[1].upper()}. {base}"
    word = LEVEL.match(written)
    if mention.level == "tỉnh" and mention.resolution and fold(mention.resolution.province.name) == \
            "thanh pho " + fold(base):
        return f"thành phố {base}"  # a city run by the centre ("Hải Phòng", bare) is no "tỉnh": "thành phố Hải Phòng"
    if mention.continuation:  # "hai tỉnh Nghệ An và Hà Tĩnh": the second is "tỉnh Hà Tĩnh" too
        return base if mention.level is None or SPECIAL_PROVINCES.fullmatch(base) else f"{mention.level} {base}"
    level_word = fold(word[0].strip()).lower() if word else ""
    shown = {"thi tran": "thị trấn", "tt.": "thị trấn", "tt": "thị trấn"}.get(level_word, mention.level or "")
    return f"{shown} {base}".strip() if mention.level != "tỉnh" else f"tỉnh {base}"


def bare_ward(mention: Mention, hints: list[str]) -> bool:
    """A name without a level word counts only as one of today's wards in a province the article names (the text:
    an outlet's province makes no capitalised word a unit)."""
    hints = strong(hints)
    today = gazetteer().find_province(mention.base)
    if not hints or today and fold(split_level(today.name)[1]) == fold(mention.base) or \
            gazetteer().former_province(mention.base) and all(fold(hint) == fold(mention.base) for hint in hints):
        return False  # "kiểm tra ... tại Bắc Giang", no other province named: the province, not the ward of 2025
    found = resolve(mention, hints)
    if found is None or found.ward is None or found.province.code not in _hint_codes(hints):
        return False
    mention.resolution = found
    mention.level = "xã" if found.ward.name.lower().startswith("xã") else found.level
    if mention.level not in WARD_LEVELS:
        mention.level = "phường"
    mention.written = f"{mention.level} {mention.base}"
    mention.continuation = False
    return True
