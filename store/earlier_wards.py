"""Wards and communes merged away before the 2025 list: where they were, never what they became.

`data/earlier_wards.json` (built by `scripts/build_earlier_wards.py` from
older GSO lists bundled with `vietnam-provinces` 0.x) holds about a thousand
units that the list of 1 July 2025 (`former_wards`) no longer has: "phường
Đống Mác" of Hai Bà Trưng, merged in 2020. Their old district and province
are certain; the ward of today that holds them is not known from any source
here, so a report naming one is placed in its province only, and a name held
by several provinces stays unplaced unless the article names one of them.

It also lists units that moved to another district before 2025 (`moved_from`):
"xã Sơn A, huyện Văn Chấn" is the Sơn A the 2025 list puts in Nghĩa Lộ.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .folding import fold, unpadded
from .resources import load_json

_LEVELS = {"phường": "phường", "xã": "xã", "thị trấn": "thị trấn"}


@dataclass(frozen=True)
class EarlierWard:
    """ "Phường Đống Mác" of "Quận Hai Bà Trưng", old province "Hà Nội"."""

    name: str
    level: str
    base: str
    district: str
    old_province: str


@cache
def _by_key() -> dict[str, list[EarlierWard]]:
    raw = load_json("earlier_wards.json")
    provinces, districts = raw["provinces"], raw["districts"]
    found: dict[str, list[EarlierWard]] = {}
    for name, district_index in raw["wards"]:
        district, province_index = districts[district_index]
        level = next((lv for word, lv in _LEVELS.items() if name.lower().startswith(word + " ")), "")
        base = name[len(level) + 1:] if level else name
        found.setdefault(fold(base), []).append(EarlierWard(name, level, base, district, provinces[province_index]))
    return found


@cache
def _moved() -> frozenset[tuple[str, str]]:
    raw = load_json("earlier_wards.json")
    districts = raw["districts"]
    return frozenset((fold(name), fold(district_base(districts[index][0]))) for name, index in raw.get("moved", []))


def district_base(name: str) -> str:
    """"Nam Đông" of "Huyện Nam Đông"."""
    for word in ("Huyện ", "Quận ", "Thị xã ", "Thành phố "):
        if name.startswith(word):
            return name[len(word):]
    return name


def moved_from(name: str, level: str, district: str) -> bool:
    """Whether the unit `level` `name` ("xã", "Sơn A") of the old `district` ("Văn Chấn") is the one of that name
    the 2025 list puts in another district of the province (moved there before 2025)."""
    return (fold(f"{level} {name}"), fold(district_base(district))) in _moved()


@cache
def moved_units() -> tuple[tuple[str, str, str], ...]:
    """Every unit of `moved_from`: (its name as the older list wrote it, "Xã Thượng Long"; its old district, "Huyện Nam
    Đông"; its old province, "Huế")."""
    raw = load_json("earlier_wards.json")
    districts, provinces = raw["districts"], raw["provinces"]
    return tuple((name, districts[index][0], provinces[districts[index][1]]) for name, index in raw.get("moved", []))


def earlier_wards(base: str, level: str | None = None) -> list[EarlierWard]:
    """Units merged before 2025 called `base` (no level word), of `level` ("phường", "xã", "thị trấn") if given."""
    return [w for w in _by_key().get(fold(unpadded(base)), []) if level in (None, w.level)]  # "03" is "3"
