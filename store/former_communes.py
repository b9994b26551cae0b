"""One commune merged away, named in a ward clause with its former district and province.

A ward clause naming a commune by name alone (`ward="xã Tân Phú"`) finds
every place written so and every ward of today a commune of that name
became: thirteen communes were called Xã Tân Phú before 2025, in nine
provinces, and Cai Lậy's still is one (`ward="Xã Tân Phú, Đồng Tháp"` names
that ward of today, `store.today_wards`). So a report on the Xã Tân Phú of
huyện Châu Thành, Đồng Tháp, picked by that name, found Bến Tre's and Vĩnh
Long's too. The district and the province it was in before 2025 name one:

    ward="xã Tân Phú, huyện Châu Thành, Đồng Tháp"

finds the visits placed in the wards of today it became (Xã Tân Phú Trung):
the old reports (a record keeps today's ward of each place, `ward.code`,
whatever it writes) and the visits to those wards, as the name alone does,
and nothing of the namesakes. The ward picker writes this form for a
commune whose name is shared (`written_value`); a name no other place bears
stays alone (`ward="xã Tịnh Hòa"`). The province may be the one it was in or
today's; the levels may be left out, accents too.
"""

from __future__ import annotations

from functools import lru_cache

from .folding import fold, normalize_text
from .former_wards import FormerWard
from .gazetteer import gazetteer
from .levels import split_level

COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
"""Levels of a commune as a report writes it (`store.sqlindex.units.WARD_LEVELS`)."""


def one_commune(value: str) -> frozenset[int] | None:
    """The codes of the wards of today the commune `value` names became (two communes only when one district had
    two of the name); None when the value is not of this form or names no commune of the list."""
    found = _named(normalize_text(value))
    return frozenset(code for former in found for _, code, _ in former.became) if found else None


@lru_cache(maxsize=8192)
def written_value(as_written: str, ward_code: object) -> str:
    """The ward clause's value for a commune a report writes `as_written` ("xã Tân Phú") and that is placed in
    today's ward `ward_code`: the name alone when no other commune or ward bears it, else with the district and
    province it was in (`value_of`), when the list knows which one became that ward; else the name alone. Kept per
    name and ward: the index asks for every locality of every record it builds."""
    level, name = split_level(as_written)
    places = gazetteer()
    formers = [former for former in places.former_wards(name, level) if fold(former.base) == fold(name)]
    today = [unit for unit, _ in places.find_wards(name) if fold(split_level(unit.name)[1]) == fold(name)]
    if len(formers) + len(today) < 2:
        return as_written
    mine = {value_of(former, as_written) for former in formers
            if any(code == ward_code for _, code, _ in former.became)}
    return mine.pop() if len(mine) == 1 else as_written


def value_of(former: FormerWard, as_written: str) -> str:
    """`as_written` with the district and province `former` was in: "xã Tân Phú, huyện Châu Thành, Đồng Tháp"."""
    level, district = split_level(former.district)
    where = f"{level} {district}" if level else district
    return f"{as_written}, {where}, {former.old_province}"


def _commune(head: str) -> tuple[str | None, str]:
    """The level and name of a commune as typed, the level unaccented too ("xa tan phu" → xã, "tan phu")."""
    level, name = split_level(head)
    if level is not None:
        return (level, name) if level.lower() in COMMUNE_LEVELS else (None, head)
    folded = fold(head)
    level = next((spelt for spelt in COMMUNE_LEVELS if folded.startswith(f"{fold(spelt)} ")), None)
    return (level, " ".join(head.split()[len(level.split()):])) if level else (None, head)


@lru_cache(maxsize=1024)
def _named(value: str) -> tuple[FormerWard, ...]:
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 3 or not all(parts):
        return ()
    head, district, province = parts
    level, name = _commune(head)
    if level is None:
        return ()
    district_level, district_name = split_level(district)
    places = gazetteer()
    today = places.find_province(province)
    province_name = fold(split_level(province)[1])
    return tuple(
        former for former in places.former_wards(name, level)
        if fold(former.base) == fold(name)
        and fold(split_level(former.district)[1]) == fold(district_name)
        and (district_level is None or fold(split_level(former.district)[0] or "") == fold(district_level))
        and (fold(former.old_province) == province_name or (today is not None and today.code in former.province_codes)))
