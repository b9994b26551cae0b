"""One former district named in a ward clause: its level, its name and the province it was in.

Districts were abolished on 1 July 2025, and many shared a name: huyện Tân
Uyên of Lai Châu and thị xã (later thành phố) Tân Uyên of Bình Dương, huyện
Châu Thành of eleven provinces. `ward="huyện Tân Uyên"` finds the places of
every district of that name (`Gazetteer.district_wards`); a province after a
comma names one:

    ward="huyện Tân Uyên, Lai Châu"

finds the localities written as that district (no ward of today, at a
district's level, in that former province: `locality_key`) and the visits
to today's wards made from its units (`FormerWards.district_areas`), and
nothing of Bình Dương's. The level may be written as reports do ("TX.",
"tp", unaccented), the province by any of its names (`Gazetteer.former_province`).

One district may have had several levels (thị xã Tân Uyên became a city in
2023): when its province had one district of the name on the eve of the merge,
the level does not choose (`thị xã Tân Uyên, Bình Dương` and `thành phố Tân
Uyên, Bình Dương` find the same visits, and the picker writes the latter,
`canonical`); where it had two (huyện and thị xã Kỳ Anh of Hà Tĩnh), the level
says which. A clause naming a province no district of that name was in, or a
name no district had, is refused (`refusal`), with the districts it could mean.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .folding import fold
from .gazetteer import district_key, gazetteer
from .levels import DISTRICT_LEVELS, district_value, split_level, written


@dataclass(frozen=True)
class District:
    """What a clause naming one district finds: the record keys (`locality_key`) and today's ward codes."""

    value: str
    """The clause as the picker writes it: the data's level, name and province ("thành phố Tân Uyên, Bình Dương")."""
    keys: frozenset[str]
    codes: frozenset[int]


def locality_key(locality: dict[str, Any]) -> str | None:
    """The ward key of a locality written as a district (no ward of today, a district's level): its level, name and
    former province, or today's province code when the record names no former one (`province` unchanged, as Lai
    Châu). No space in it, so no word typed after `ward:` is found inside it; None for any other locality."""
    level = locality.get("level")
    if locality.get("ward") is not None or level not in DISTRICT_LEVELS:
        return None
    former = locality.get("former_province")
    where = district_key(former) if former else f"#{(locality.get('province') or {}).get('code')}"
    return _key(level, split_level(locality.get("name") or "")[1], where)


def _key(level: str, name: str, where: str) -> str:
    return "@" + "|".join(part.replace(" ", "+") for part in (fold(level), district_key(name), where))


def resolve(value: str) -> District | None:
    """What a ward clause naming one district finds; None when the value names none (not this form, or refused)."""
    found = _resolved(value)
    return found if isinstance(found, District) else None


def refusal(value: str) -> tuple[str, str] | None:
    """Why a value of this form names no district: ("name", name) when no district had the name, ("choices", the
    districts of that name as clauses) when none of them was in the province written at that level."""
    found = _resolved(value)
    return found if isinstance(found, tuple) else None


@lru_cache(maxsize=4096)
def _resolved(value: str) -> District | tuple[str, str] | None:
    said = written(value)
    if said is None:
        return None
    places = gazetteer()
    named = places.districts_named(said.name)
    if not named:
        return ("name", said.name)
    old = places.former_province(said.province)
    here = [d for d in named if old is not None and fold(d["old_province"]) == fold(old[0])]
    areas = {split_level(full)[0] or "": codes for (full, province), codes in places.district_areas().items()
             if old is not None and province == old[0] and district_key(split_level(full)[1]) == district_key(
                 said.name)}
    levels = {d["level"] for d in here}
    if not here or (said.level not in levels and len(areas) > 1):
        return ("choices", "; ".join(dict.fromkeys(canonical(d["level"], d["name"], d["old_province"])
                                                   for d in named)))
    one = len(areas) <= 1  # one district of the name in the province, whatever its level over the years
    level = (next(iter(areas), "") or (said.level if said.level in levels else sorted(levels)[0])) if one \
        else said.level
    chosen = [d for d in here if one or d["level"] == level]
    wheres = {district_key(chosen[0]["old_province"]), *(f"#{d['current_code']}" for d in chosen)}
    return District(district_value(level, chosen[0]["name"], chosen[0]["old_province"]),
                    frozenset(_key(each, said.name, where)
                              for each in (DISTRICT_LEVELS if one else (level,)) for where in wheres),
                    frozenset().union(*(codes for area, codes in areas.items() if one or area == level)))


def canonical(level: str, name: str, province: str) -> str:
    """The value the picker writes for a district of the data (the level it had at the merge, where it had one)."""
    found = resolve(district_value(level, name, province))
    return found.value if found else district_value(level, name, province)


def unit_value(level: str, name: str, former: str, province_code: Any) -> str | None:
    """The one district a locality written as `level name` names (in `former`, else in today's province
    `province_code`), as a clause's value; None when the data know no such district or several."""
    places = gazetteer()
    if former:
        found = resolve(district_value(level, name, former))
        return found.value if found else None
    olds = {d["old_province"] for d in places.districts_named(name) if d["current_code"] == province_code}
    found = resolve(district_value(level, name, next(iter(olds)))) if len(olds) == 1 else None
    return found.value if found else None
