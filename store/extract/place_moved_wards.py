"""A commune written with a district it no longer belonged to: the one commune of that name in the old province.

Districts were split and redrawn long before 2025 (Lâm Bình was cut from Chiêm Hóa and Na Hang in 2011), and
reports, or their writers' habits, still place a commune in its old district ("Thổ Bình, huyện Chiêm Hóa"). Such a
commune is neither in the 2025 list of that district nor among the ones merged into it earlier, so it read as a
ward of the province with no ward at all. When the old province had exactly one commune of that name and level,
that commune is the one meant; with two or more it stays unplaced, as before: a guess between namesakes would be
worse than none.
"""

from __future__ import annotations

from ..folding import fold
from ..gazetteer import Resolution, gazetteer


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
