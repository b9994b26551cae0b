"""Every place name as a list, for what compares a typed name with all of them rather than looking one up.

The gazetteer (`store.gazetteer`) answers look-ups: this name, which unit. Two things instead need every name
there is: the check that a filter's ward names no unit at all (`store.unknown_names`: a word start of any name
is no typo) and the names nearest one that names nothing (`store.name_suggestions`). Their lists (session 28)
had grown inside the gazetteer (418 lines); they are one concept of their own, so they live here, built from the
gazetteer's tables (read as its friend: the tables stay the gazetteer's, built once with it) and with no
behaviour of their own beyond listing.
"""

from __future__ import annotations

from functools import lru_cache

from .folding import fold
from .gazetteer import Gazetteer
from .levels import split_level


def ward_names(places: Gazetteer) -> list[str]:
    """Today's wards and communes as written ("Phường Sài Gòn"), a name as often as units have it."""
    return [name for name, _ in places._wards_by_code.values()]


def former_ward_names(places: Gazetteer) -> list[str]:
    """The wards and communes before 2025 as written ("Phường Bến Nghé")."""
    return places._former_wards.names()


def former_province_keys(places: Gazetteer) -> dict[str, str]:
    """Each folded name or alias of a province before 2025 → its name as written ("thua thien hue" → "Huế",
    "binh duong" → "Bình Dương"; those still a province today too)."""
    return {key: name for key, (name, _) in places._former_provinces.items()}


@lru_cache(maxsize=2)
def place_name_keys(places: Gazetteer) -> frozenset[str]:
    """The folded names (no level word) of today's wards and of the wards and districts before 2025 (built once
    per gazetteer: each refused filter had built the set again)."""
    former = {fold(split_level(w)[1]) for w in former_ward_names(places)}
    districts = {fold(split_level(d)[1]) for d, _ in places.district_areas()}
    return frozenset(places._wards_by_key) | former | districts
