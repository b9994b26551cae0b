"""Wards and communes merged away on 1 July 2025, and what each became.

`data/former_wards.json` (built by `scripts/build_former_wards.py` from the
MIT-licensed `vietnamadminunits` package; see the README's gazetteer
section) lists the 10,035 units that existed before the merge with today's
ward codes. A report of 2024 names "phường Bến Nghé, Quận 1"; the gazetteer
resolves it to phường Sài Gòn through this index, and a filter by the old
name finds visits to the new unit and says so (`describe`).

An old unit split between several of today's wards lists them all, the
likeliest (the source's default) first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from . import catalog
from .folding import fold, name_keys, unpadded
from .resources import load_json

FORMER_WARD_LEVELS = ("phường", "xã", "thị trấn")
_T = TypeVar("_T")


@dataclass(frozen=True)
class FormerWard:
    """One unit of the pre-2025 list: "Phường Bến Nghé" of "Quận 1", "Hồ Chí Minh", and what it became."""

    name: str
    level: str
    base: str
    district: str
    old_province: str
    became: tuple[tuple[str, int, int], ...]
    """(today's ward name, its code, its province code), likeliest first."""

    @property
    def province_codes(self) -> frozenset[int]:
        return frozenset(code for _, _, code in self.became)


class FormerWards:
    """Look-ups by name (`best_tier`) over the former wards, and today's wards' origins.

    The origins (what the index needs when it is built) come from one plain
    pass; the by-name index, which reads every name, is made on the first
    look-up by name.
    """

    def __init__(self, today: dict[int, tuple[str, int]], split_level: Callable[[str], tuple[str | None, str]]) -> None:
        raw = load_json("former_wards.json")
        self._today, self._split_level = today, split_level
        self._provinces: list[str] = raw["provinces"]
        self._districts: list[list] = raw["districts"]
        self._rows: list[list] = raw["wards"]
        origins: dict[int, set[int]] = {}
        for _, district_index, codes in self._rows:
            province = self._districts[district_index][1]
            for code in codes:
                origins.setdefault(code, set()).add(province)
        self._origins = {code: frozenset(self._provinces[p] for p in found) for code, found in origins.items()}

    @cached_property
    def _by_key(self) -> dict[str, list[FormerWard]]:
        by_key: dict[str, list[FormerWard]] = {}
        today = self._today
        for name, district_index, codes in self._rows:
            district, province_index = self._districts[district_index]
            level, base = self._split_level(name)
            became = tuple((today[code][0], code, today[code][1]) for code in codes if code in today)
            ward = FormerWard(name, level or "", base, district, self._provinces[province_index], became)
            by_key.setdefault(fold(base), []).append(ward)
        return by_key

    def named(self, base: str, level: str | None = None, tier: int | None = None) -> list[FormerWard]:
        """Former units called `base` (no level prefix), at `level` if given; at `tier` (1: accents as written,
        2: folded) if given, else the strictest tier that has any."""
        base = unpadded(base)  # "Phường 03" is "Phường 3"
        found = [w for w in self._by_key.get(fold(base), []) if level in (None, w.level)]
        if tier is not None:
            return at_tier(base, found, lambda ward: ward.base, tier)
        return best_tier(base, found, lambda ward: ward.base)

    def names(self) -> list[str]:
        """Every former unit's name as written ("Phường Bến Nghé")."""
        return [name for name, _, _ in self._rows]

    def origins(self, ward_code: int) -> frozenset[str]:
        """The old provinces today's ward `ward_code` was made from."""
        return self._origins.get(ward_code, frozenset())

    @cached_property
    def _districts_of(self) -> dict[int, frozenset[tuple[str, str]]]:
        found: dict[int, set[int]] = {}
        for _, district_index, codes in self._rows:
            for code in codes:
                found.setdefault(code, set()).add(district_index)
        return {code: frozenset((self._districts[d][0], self._provinces[self._districts[d][1]]) for d in indexes)
                for code, indexes in found.items()}

    @cached_property
    def district_codes(self) -> dict[str, frozenset[int]]:
        """Old district's full name ("Huyện Bố Trạch") → the codes of today's wards made from its units."""
        found: dict[str, set[int]] = {}
        for _, district_index, codes in self._rows:
            found.setdefault(self._districts[district_index][0], set()).update(codes)
        return {name: frozenset(codes) for name, codes in found.items()}

    @cached_property
    def district_areas(self) -> dict[tuple[str, str], frozenset[int]]:
        """(old district's full name, its old province) → the codes of today's wards made from its units: one
        district, where `district_codes` joins the namesakes of every province (huyện Châu Thành of eleven)."""
        found: dict[tuple[str, str], set[int]] = {}
        for _, district_index, codes in self._rows:
            name, province_index = self._districts[district_index]
            found.setdefault((name, self._provinces[province_index]), set()).update(
                code for code in codes if code in self._today)
        return {area: frozenset(codes) for area, codes in found.items()}

    def districts_of(self, ward_code: int) -> frozenset[tuple[str, str]]:
        """The old districts (full name, old province) whose units today's ward `ward_code` was made from: a visit
        to it is a visit to the area of each (`Gazetteer.district_wards` answers the other way)."""
        return self._districts_of.get(ward_code, frozenset())


def best_tier(written: str, candidates: list[_T], name_of: Callable[[_T], str]) -> list[_T]:
    """The candidates whose name equals `written` at the strictest tier any of them reaches.

    Accents as written first (up to case and tone placement: "Hòa" and
    "Hoà" are one name, so the two spellings never decide between units),
    then folded: "Tân Định" typed with its accents never picks "Tân Dĩnh",
    but "tan dinh" finds both.
    """
    wanted = name_keys(written)
    for tier in (1, 2):
        found = [c for c in candidates if name_keys(name_of(c))[tier] == wanted[tier]]
        if found:
            return found
    return []


def at_tier(written: str, candidates: list[_T], name_of: Callable[[_T], str], tier: int) -> list[_T]:
    """The candidates whose name equals `written` at `tier`: 1, accents as written (up to case and tone
    placement), or 2, folded."""
    wanted = name_keys(written)[tier]
    return [c for c in candidates if name_keys(name_of(c))[tier] == wanted]


def describe(ward: FormerWard, lang: str = "vi") -> str:
    """"Phường Bến Nghé (Quận 1, Hồ Chí Minh) → Phường Sài Gòn since 1 July 2025", for the interface."""
    today = ", ".join(name for name, _, _ in ward.became)
    return catalog.text("former.became", lang, ward=ward.name, district=ward.district, province=ward.old_province,
                        today=today)
