"""Today's provinces and wards, and the units that no longer exist.

Since 1 July 2025 there are 34 provinces and 3,321 wards, communes and
special zones (`vietnam-provinces`). Reports written earlier name districts
and provinces that were merged away; `data/former_units.json` maps each of
them to today's province so filtering by today's province still finds them.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import orjson

from .folding import fold, fold_compact, normalize_text
from .resources import load_json

WARD_LEVELS = ("phường", "xã", "đặc khu")
DISTRICT_LEVELS = ("quận", "huyện", "thị xã", "thành phố")
_LEVEL_PREFIX = re.compile(
    r"^(phường|xã|đặc khu|quận|huyện|thị xã|thị trấn|thành phố|tp|tỉnh)(?:\.\s*|\s+)", re.IGNORECASE
)
_PREFIX_LEVEL = {
    "phuong": "phường", "xa": "xã", "dac khu": "đặc khu", "quan": "quận", "huyen": "huyện",
    "thi xa": "thị xã", "thanh pho": "thành phố", "tp": "thành phố", "tinh": "tỉnh",
}


@dataclass(frozen=True)
class Unit:
    """An official unit: {name, code} as stored in records."""

    name: str
    code: int

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "code": self.code}


@dataclass(frozen=True)
class Resolution:
    """What a unit named in a report is today."""

    level: str
    province: Unit
    ward: Unit | None = None
    former_province: str | None = None


@dataclass
class _Province:
    unit: Unit
    short_name: str
    keys: set[str] = field(default_factory=set)


def split_level(name: str) -> tuple[str | None, str]:
    """("phường", "Lái Thiêu") from "phường  Lái Thiêu"; also "TP.Dĩ An", "TP TDM"."""
    text = normalize_text(name)
    match = _LEVEL_PREFIX.match(text)
    if not match:
        return None, text
    return _PREFIX_LEVEL.get(fold(match[1])), text[match.end():].strip(" .")


def _initials(name: str) -> str:
    return "".join(word[0] for word in fold(name).replace("-", " ").split() if word)


class Gazetteer:
    """Look-ups over today's units and the former ones."""

    def __init__(self) -> None:
        nested = orjson.loads(_nested_divisions_path().read_bytes())
        former = load_json("former_units.json")
        self._provinces: dict[int, _Province] = {}
        self._wards_by_key: dict[str, list[tuple[Unit, int, str]]] = {}
        for province in nested:
            unit = Unit(normalize_text(province["name"]), province["code"])
            short = re.sub(r"^Thành phố ", "", unit.name)
            entry = _Province(unit, short, {fold(unit.name), fold(short), fold_compact("tp" + short)})
            entry.keys.add(_initials(short))
            self._provinces[unit.code] = entry
            for ward in province["wards"]:
                level, base = split_level(ward["name"])
                ward_unit = Unit(normalize_text(ward["name"]), ward["code"])
                self._wards_by_key.setdefault(fold(base), []).append((ward_unit, unit.code, level or ""))
        self._former_provinces: dict[str, tuple[str, int]] = {}
        for old in former["provinces"]:
            for alias in [old["name"], *old.get("aliases", [])]:
                self._former_provinces[fold(alias)] = (old["name"], old["current_code"])
                self._provinces[old["current_code"]].keys.add(fold(alias))
                self._provinces[old["current_code"]].keys.add(fold_compact(alias))
        self._districts: dict[str, list[dict]] = {}
        for district in former["districts"]:
            self._districts.setdefault(fold(district["name"]), []).append(district)
            if " " in district["name"]:
                self._districts.setdefault(_initials(district["name"]), []).append(district)

    # -- provinces -------------------------------------------------------
    def province(self, code: int) -> Unit:
        return self._provinces[code].unit

    def provinces(self) -> list[Unit]:
        return [entry.unit for entry in self._provinces.values()]

    def province_keys(self, code: int) -> frozenset[str]:
        """Folded names and aliases a user may type for today's province `code`."""
        return frozenset(self._provinces[code].keys)

    def former_province(self, name: str) -> tuple[str, int] | None:
        """("Bình Dương", 79) for "binh duong", "Tỉnh Bình Dương"."""
        _, base = split_level(name)
        return self._former_provinces.get(fold(base))

    def find_province(self, name: str) -> Unit | None:
        _, base = split_level(name)
        key, compact = fold(base), fold_compact(name)
        for entry in self._provinces.values():
            if key in entry.keys or compact in entry.keys:
                return entry.unit
        return None

    # -- wards and districts ---------------------------------------------
    def find_wards(self, name: str, province_code: int | None = None) -> list[tuple[Unit, int]]:
        """Today's wards named `name` (level prefix optional), optionally within a province."""
        _, base = split_level(name)
        found = self._wards_by_key.get(fold(base), [])
        return [(unit, code) for unit, code, _ in found if province_code in (None, code)]

    def resolve(self, name: str, level: str | None = None, province_hint: str | None = None) -> Resolution | None:
        """What the unit a report calls `name` is today, or None if unknown or ambiguous."""
        written_level, base = split_level(name)
        level = level or written_level
        hint_code = self._hint_code(province_hint)
        if level in (None, *WARD_LEVELS):
            wards = self.find_wards(base, hint_code)
            if len(wards) == 1:
                ward, code = wards[0]
                ward_level = split_level(ward.name)[0] or "phường"
                return Resolution(ward_level, self.province(code), ward)
        if level in (None, "tỉnh", "thành phố"):
            if former := self.former_province(base):
                province = self.province(former[1])
                return Resolution(level or "tỉnh", province, former_province=self.if_merged(former[0], province))
            if province := self.find_province(base):
                return Resolution(level or "tỉnh", province)
        return self._resolve_district(base, level, hint_code)

    def if_merged(self, old_province: str, today: Unit) -> str | None:
        """The old province's name, unless it is today's province under the same name."""
        return None if fold(old_province) == fold(self._provinces[today.code].short_name) else old_province

    def _resolve_district(self, base: str, level: str | None, hint_code: int | None) -> Resolution | None:
        candidates = self._districts.get(fold(base), [])
        if level:
            candidates = [d for d in candidates if d["level"] == level] or candidates
        if hint_code is not None:
            candidates = [d for d in candidates if d["current_code"] == hint_code]
        if len({(d["old_province"], d["current_code"]) for d in candidates}) != 1:
            return None
        district = candidates[0]
        province = self.province(district["current_code"])
        return Resolution(district["level"], province, former_province=self.if_merged(district["old_province"], province))

    def _hint_code(self, province_hint: str | None) -> int | None:
        if not province_hint:
            return None
        if province := self.find_province(province_hint):
            return province.code
        former = self.former_province(province_hint)
        return former[1] if former else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use (about 0.1 s)."""
    return Gazetteer()


def _nested_divisions_path() -> Path:
    """vietnam_provinces' JSON of today's units, found without importing the package.

    Importing it builds enums of every unit (a twentieth of a second): `surveys list` and the
    browser's first screen would pay that although only this file is read.
    """
    spec = importlib.util.find_spec("vietnam_provinces")
    if spec is None or not spec.submodule_search_locations:
        from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH  # noqa: PLC0415 - unusual install: ask it

        return Path(NESTED_DIVISIONS_JSON_PATH)
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "nested-divisions.json"
