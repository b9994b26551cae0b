"""A commune written with a district it no longer belonged to: the one commune of that name in the old province.

Districts were split and redrawn long before 2025 (Lâm Bình was cut from Chiêm Hóa and Na Hang in 2011), and
reports, or their writers' habits, still place a commune in its old district ("Thổ Bình, huyện Chiêm Hóa"). Such a
commune is neither in the 2025 list of that district nor among the ones merged into it earlier, so it read as a
ward of the province with no ward at all. When the old province had exactly one commune of that name and level,
that commune is the one meant; with two or more it stays unplaced, as before: a guess between namesakes would be
worse than none.

A district merged whole into another before 2025 (Cửa Lò into Vinh, Nam Đông into Phú Lộc) left its wards under the
district that took it (`heir_district`). The older lists pair a moved unit with its old district only when its name
was the province's only one, so "phường Nghi Hòa" of Cửa Lò (a "xã Nghi Hoa" of Nghi Lộc once shared the name) is in
no list of Cửa Lò: a site of Cửa Lò names it, and it is the heir's one ward of that name, level and accents
(`in_heir_district`; s42/fresh88 v02).
"""

from __future__ import annotations

from functools import lru_cache

from ..earlier_wards import district_base, moved_units
from ..folding import fold, normalize_text
from ..gazetteer import Resolution, gazetteer
from ..levels import split_level


def moved_from_district(base: str, level: str, district: Resolution,
                        old_province: str | None = None) -> Resolution | None:
    """Today's unit of the one commune called `base` (at `level`) in `district`'s old province, or None; the old
    lists' name of that province (`old_province`: "Huế", where today's is "Thành phố Huế") when the caller knows it."""
    old = old_province or district.former_province or district.province.name
    namesakes = [w for w in gazetteer().former_wards(base, level) if fold(w.old_province) == fold(old)]
    if len(namesakes) != 1:
        return None
    found = gazetteer().resolve(f"{level} {base}", level, old, namesakes[0].district)
    if found is None or found.ward is None or found.province.code != district.province.code:
        return None
    return found


def heir_district(district: str, old_province: str) -> str | None:
    """The one district of the 2025 list that holds every unit the older lists moved out of the old `district`
    ("Cửa Lò", of "Nghệ An") before 2025: "Thành phố Vinh", which took the town whole; None when they went to
    several districts, or none moved. Only the moved units tell it: a unit the lists could not pair (its name was
    shared in the province) is in the list under the heir, so the heir is where to look for it."""
    return _heirs().get((fold(district), fold(old_province)))


@lru_cache(maxsize=1)
def _heirs() -> dict[tuple[str, str], str]:
    places = gazetteer()
    found: dict[tuple[str, str], set[str]] = {}
    for name, district, province in moved_units():
        level, base = split_level(name)
        heirs = {w.district for w in places.former_wards(base, level) if fold(w.old_province) == fold(province)}
        found.setdefault((fold(district_base(district)), fold(province)), set()).update(heirs)
    return {key: heirs.pop() for key, heirs in found.items() if len(heirs) == 1}


def in_heir_district(base: str, level: str, district: str, old_province: str,
                     province_code: int) -> Resolution | None:
    """Today's unit of the ward `level` `base` that a site of the old `district` names, found under the district that
    took `district` whole (`heir_district`) at the level and with the accents written, in the site's province
    (`province_code`), or None: "xã Nghi Hoa", a commune merged away that the lists do not keep, is not the city's
    "Phường Nghi Hòa"."""
    heir = heir_district(district, old_province)
    if heir is None:
        return None
    found = gazetteer().resolve(f"{level} {base}", level, old_province, heir)
    if found is None or found.ward is None or found.province.code != province_code:
        return None
    former = found.former_ward
    if former is not None and normalize_text(former.base).lower() != normalize_text(base).lower():
        return None
    return found
