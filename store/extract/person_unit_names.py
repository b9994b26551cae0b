"""A unit named after a person, read after its level word: the unit's name, not a name of its own.

Many communes, wards and some districts bear a person's name: "xã Lê Minh Xuân", "phường Nguyễn Thái Bình",
"xã Trừ Văn Thố" ("Văn" is a surname too, so "Văn Thố" reads as a person after "xã Trừ"). After a title ending on
the unit's level word ("Phó Chủ tịch UBND phường Nguyễn Thái Bình đã kiểm tra"), the name-after-a-title rule of
`people` took the unit's name for the official's. The level word before it says it is a unit: when the words from
the level word through the name are, in full and with their accents, a commune, ward or district of the lists, the
name belongs to the unit; a name after the unit's ("... phường Nguyễn Thái Bình Lê Văn Tám") is the person's. A
name after another unit's name ("Phó Chủ tịch UBND huyện Bình Chánh Nguyễn Thái Bình") stays a person: only the
words that follow the level word are read as the unit.
"""

from __future__ import annotations

import re

from ..folding import normalize_text
from ..gazetteer import gazetteer

__all__ = ["past_unit_name"]

_LEVEL_BEFORE = re.compile(r"(?:^|[\s(])(xã|phường|thị trấn|quận|huyện|thị xã)\s+((?:[A-ZĐÀ-Ỹ][^\s,.;:]*\s+){0,2})$",
                           re.IGNORECASE)
"""The level word that ends the title before the name, and any capitalised words of the unit's name before it."""
_COMMUNE_LEVELS = {"xã", "phường", "thị trấn"}


def past_unit_name(window: str, name: str) -> str | None:
    """What of `name`, read after `window`, is a person's: None when no unit named after a person opens it (the
    name as read stands), "" when the whole of it is the unit's name, else the words after the unit's."""
    level = _LEVEL_BEFORE.search(window)
    if level is None:
        return None
    started, words = level[2].split(), name.split()
    for cut in range(len(words), 0, -1):
        if _is_unit(level[1].lower(), " ".join(started + words[:cut])):
            return " ".join(words[cut:])
    return None


def _is_unit(level: str, base: str) -> bool:
    """Whether some unit of `level` is called `base`, accents and all ("Văn Thố" is no "Vạn Thọ")."""
    wanted = normalize_text(base).lower()
    places = gazetteer()
    if level in _COMMUNE_LEVELS:
        today = [unit.name for unit, _ in places.find_wards(base)]
        former = [former.base for former in places.former_wards(base, level)]
        return any(normalize_text(re.sub(r"^(?:Xã|Phường|Thị trấn)\s+", "", n)).lower() == wanted
                   for n in today + former)
    return any(normalize_text(d["name"]).lower() == wanted for d in places.districts_named(base))
