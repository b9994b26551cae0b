"""Today's provinces and wards, and the units that no longer exist.

Since 1 July 2025 there are 34 provinces and 3,321 wards, communes and
special zones (`vietnam-provinces`). Reports written earlier name districts,
provinces, wards and communes that were merged away: `data/former_units.json`
maps old provinces and districts to today's province, and
`data/former_wards.json` (`former_wards`) maps old wards and communes to
today's wards.

How a name is resolved (`Gazetteer.resolve`):

* the level written ("phường", "P.", "Q.1", "TX.", "TT.", "H.", "TP.", "Tp")
  is kept, and only units of that level are candidates: "phường 1" is never
  Quận 1, "phường Tân Định" never xã Tân Định;
* a province named alongside (`province_hint`, old or new) and a former
  district (`district_hint`) narrow the candidates;
* among the rest the strictest tier that matches wins: exact, tone placement
  normalized (Hòa = Hoà), folded (`former_wards.best_tier`);
* today's units first, then the former wards (which resolve to the ward they
  became), then provinces and districts; an ambiguous name is None.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import orjson

from .dashes import one_dash
from .folding import fold, fold_compact, normalize_text, tone_key
from .former_wards import FORMER_WARD_LEVELS, FormerWard, FormerWards, at_tier
from .gazetteer_units import Resolution, Unit, district_key, initials, one_apostrophe
from .levels import DISTRICT_LEVELS, PROVINCE_LEVELS, WARD_LEVELS, canonical_level, split_level, written_district
from .resources import load_json


@dataclass
class _Province:
    unit: Unit
    short_name: str
    keys: set[str] = field(default_factory=set)


class Gazetteer:
    """Look-ups over today's units and the former ones (every name as a list: `store.place_names`)."""

    def __init__(self) -> None:
        nested = orjson.loads(_nested_divisions_path().read_bytes())
        former = load_json("former_units.json")
        self._provinces: dict[int, _Province] = {}
        self._wards_by_key: dict[str, list[tuple[Unit, int, str]]] = {}
        self._wards_by_code: dict[int, tuple[str, int]] = {}
        for province in nested:
            unit = Unit(normalize_text(province["name"]), province["code"])
            short = re.sub(r"^Thành phố ", "", unit.name)
            entry = _Province(unit, short, {fold(unit.name), fold(short), fold_compact("tp" + short)})
            entry.keys.add(initials(short))
            self._provinces[unit.code] = entry
            for ward in province["wards"]:
                level, base = one_apostrophe(split_level(ward["name"]))  # "Xã Ea H’leo": the old lists' "'"
                ward_unit = Unit(normalize_text(ward["name"]), ward["code"])
                self._wards_by_key.setdefault(fold(base), []).append((ward_unit, unit.code, level or ""))
                self._wards_by_code[ward_unit.code] = (ward_unit.name, unit.code)
        self._former_provinces: dict[str, tuple[str, int]] = {}
        for old in former["provinces"]:
            for alias in [old["name"], *old.get("aliases", [])]:
                self._former_provinces[fold(one_dash(alias))] = (old["name"], old["current_code"])
                self._provinces[old["current_code"]].keys.add(fold(one_dash(alias)))
                self._provinces[old["current_code"]].keys.add(fold_compact(alias))
        self._districts: dict[str, list[dict]] = {}
        made_in_2025 = [d for d in load_json("units_of_2025.json")["districts"] if not d["listed"]]
        for district in former["districts"] + made_in_2025:
            self._districts.setdefault(district_key(district["name"]), []).append(district)
            if " " in district["name"]:
                self._districts.setdefault(initials(district["name"]), []).append(district)

    @cached_property
    def _former_wards(self) -> FormerWards:
        return FormerWards(self._wards_by_code, split_level)

    # -- provinces -------------------------------------------------------
    def province(self, code: int) -> Unit:
        return self._provinces[code].unit

    def province_name(self, code: Any) -> str:
        """The province facet's value for a record's code: today's name, or the code as written where it names no
        province (the TinyDB index, the SQLite index and PostgreSQL show the same)."""
        try:
            return self.province(code).name
        except (KeyError, TypeError):
            return str(code)

    def provinces(self) -> list[Unit]:
        return [entry.unit for entry in self._provinces.values()]

    def province_keys(self, code: int) -> frozenset[str]:
        """Folded names and aliases a user may type for today's province `code`."""
        return frozenset(self._provinces[code].keys)

    def former_province(self, name: str) -> tuple[str, int] | None:
        """("Bình Dương", 79) for "binh duong", "Tỉnh Bình Dương"."""
        _, base = split_level(name)
        return self._former_provinces.get(fold(one_dash(base))) or self._former_provinces.get(fold(one_dash(name)))

    def find_province(self, name: str) -> Unit | None:
        _, base = split_level(name)
        key, compact = fold(one_dash(base)), fold_compact(name)
        for entry in self._provinces.values():
            if key in entry.keys or compact in entry.keys:
                return entry.unit
        return None

    # -- wards and districts ---------------------------------------------
    def find_wards(self, name: str, province_code: int | None = None) -> list[tuple[Unit, int]]:
        """Today's wards named `name` (level prefix optional), optionally within a province."""
        _, base = one_apostrophe(split_level(name))
        found = self._wards_by_key.get(fold(base), [])
        return [(unit, code) for unit, code, _ in found if province_code in (None, code)]

    def names_a_district(self, name: str) -> bool:
        """Whether some district before 2025 was called `name` ("Châu Thành": many were)."""
        return bool(self.district_levels(name))

    def district_old_provinces(self, name: str, level: str | None = None) -> set[str]:
        """The old provinces that had a district called `name` in full, of `level` if given."""
        return {d["old_province"] for d in self.districts_named(name) if level in (None, d["level"])}

    def district_levels(self, name: str) -> set[str]:
        """The levels of the districts before 2025 called `name` in full: {"huyện"} for "Củ Chi"."""
        return {d["level"] for d in self.districts_named(name)}

    def districts_named(self, name: str) -> list[dict[str, Any]]:
        """The districts before 2025 called `name` in full (level word optional), of every province and level:
        {name, level, old_province, current_code} each."""
        key = district_key(split_level(name)[1])
        return [d for d in self._districts.get(key, []) if district_key(d["name"]) == key]

    def district_areas(self) -> dict[tuple[str, str], frozenset[int]]:
        """(old district's full name, old province) → today's wards made from its units (`FormerWards`)."""
        return self._former_wards.district_areas

    def ward(self, code: int) -> tuple[Unit, int] | None:
        """Today's ward `code` and its province code."""
        found = self._wards_by_code.get(code)
        return (Unit(found[0], code), found[1]) if found else None

    def former_wards(self, name: str, level: str | None = None) -> list[FormerWard]:
        """Wards and communes before 2025 called `name` ("Bến Nghé", "P. Đa Kao"), at `level` if given."""
        written, base = one_apostrophe(split_level(name))
        return self._former_wards.named(base, canonical_level(level) or written)

    def ward_origins(self, ward_code: int) -> frozenset[str]:
        """The pre-2025 provinces today's ward `ward_code` was made from ({"Bình Dương"} for Lái Thiêu)."""
        return self._former_wards.origins(ward_code)

    def ward_districts(self, ward_code: int) -> frozenset[tuple[str, str]]:
        """The old districts (full name, old province) today's ward `ward_code` was made from units of."""
        return self._former_wards.districts_of(ward_code)

    def district_wards(self, name: str) -> frozenset[int]:
        """Today's wards made from units of the old districts called `name` in full, written with a district's level
        word ("huyện Bố Trạch", "thành phố Đồng Hới"): what a ward clause naming a district so also finds, as a
        former ward's finds what it became. Without the word ("Bố Trạch") none: 582 of the 656 names are also
        today's wards' (xã Bố Trạch), and the ward facet's count of one must be what its clause finds. So a number
        too ("quận 1", "Q.1"), never the bare number among names written (`Matcher`: "1" is every "Phường 1")."""
        base = written_district(name)
        if base is None:
            return frozenset()
        return self._district_wards.get(district_key(base), frozenset())

    @cached_property
    def _district_wards(self) -> dict[str, frozenset[int]]:
        found: dict[str, set[int]] = {}
        for district, codes in self._former_wards.district_codes.items():
            found.setdefault(district_key(split_level(district)[1]), set()).update(
                code for code in codes if code in self._wards_by_code)
        return {key: frozenset(codes) for key, codes in found.items()}

    def resolve(self, name: str, level: str | None = None, province_hint: str | None = None,
                district_hint: str | None = None) -> Resolution | None:
        """What the unit a report calls `name` is today, or None if unknown or ambiguous."""
        written_level, base = one_apostrophe(split_level(name))
        level = canonical_level(level) or written_level
        hint_code = self._hint_code(province_hint)
        old_hint = self.former_province(province_hint) if province_hint else None
        ward, ambiguous = self._resolve_ward(base, level, hint_code, old_hint, district_hint)
        if ward or (ambiguous and level is not None):
            return ward  # several units of the level written: not a guess
        if level in (None, *PROVINCE_LEVELS):  # "Bình Dương" alone: a province, though wards share the name
            if former := self.former_province(base):
                province = self.province(former[1])
                return Resolution(level or "tỉnh", province, former_province=self.if_merged(former[0], province))
            if today := self.find_province(base):
                return Resolution(level or "tỉnh", today)
        if level in (None, *DISTRICT_LEVELS) and not ambiguous:
            return self._resolve_district(base, level, hint_code, old_hint)
        return None

    def _resolve_ward(self, base: str, level: str | None, hint_code: int | None, old_hint: tuple[str, int] | None,
                      district_hint: str | None) -> tuple[Resolution | None, bool]:
        """A ward today or merged away, and whether the name was ambiguous among them.

        Accents as written beat folding across both lists: "Tân Thành" is the
        old commune of that name before it is today's "Tân Thanh". With an old
        district named, the report speaks of the old units, so they come first.
        """
        today = [w for w in self._wards_by_key.get(fold(base), [])
                 if level in (None, w[2]) and hint_code in (None, w[1])] if level in (None, *WARD_LEVELS) else []
        former = level in (None, *FORMER_WARD_LEVELS)
        steps = [("former", 1), ("former", 2)] if district_hint and former else []
        steps += [("today", 1), ("former", 1), ("today", 2), ("former", 2)]
        for kind, tier in steps:
            if kind == "today":
                current = at_tier(base, today, lambda w: one_apostrophe(split_level(w[0].name))[1], tier)
                if old_hint and len(current) > 1:
                    current = [w for w in current if old_hint[0] in self.ward_origins(w[0].code)] or current
                if len(current) == 1 and (gone := self._old_namesake(base, level, current[0], old_hint, tier)):
                    return self._former_resolution(gone), False
                if len(current) == 1:
                    return self._today_ward(*current[0], old_hint), False
                count = len(current)
            else:
                olds = self._former_candidates(base, level, hint_code, old_hint, district_hint, tier) if former else []
                if len(olds) == 1 and olds[0].became:
                    return self._former_resolution(olds[0]), False
                count = len(olds)
            if count > 1:
                return None, True
        return None, False

    def _old_namesake(self, base: str, level: str | None, today: tuple[Unit, int, str],
                      old_hint: tuple[str, int] | None, tier: int) -> FormerWard | None:
        """ "xã Long Hòa" of Bến Tre, a province merged away in 2025: its own commune of that name (now Châu Hưng),
        not today's Long Hòa of the same merged province, which was Trà Vinh's."""
        if not old_hint or self.if_merged(old_hint[0], self.province(today[1])) is None or \
                old_hint[0] in self.ward_origins(today[0].code):
            return None
        olds = [w for w in self._former_wards.named(base, level, tier) if fold(w.old_province) == fold(old_hint[0])]
        return olds[0] if len(olds) == 1 and olds[0].became else None

    def _today_ward(self, ward: Unit, code: int, level: str, old_hint: tuple[str, int] | None) -> Resolution:
        province = self.province(code)
        # "Lái Thiêu, Bình Dương": the old province named alongside is kept if the ward was made from it
        old = (
            self.if_merged(old_hint[0], province) if old_hint and old_hint[0] in self.ward_origins(ward.code) else None
        )
        return Resolution(level or "phường", province, ward, old)

    def split_line(self, line: str) -> tuple[str, str | None, str | None]:
        """(unit, district, province) of a locality written on one line, as reports and spreadsheets do.

        "P. Bến Nghé, Q.1, TP.HCM" → ("P. Bến Nghé", "Q.1", "TP.HCM");
        "thị xã Hòa Thành, Tây Ninh" → ("thị xã Hòa Thành", None, "Tây Ninh").
        The last part that names a province (old or new) is the province;
        the first other part after the unit is the district.
        """
        parts = [part.strip() for part in normalize_text(line).split(",") if part.strip()]
        if not parts:
            return "", None, None
        unit, rest = parts[0], parts[1:]
        province = None
        for i in range(len(rest) - 1, -1, -1):
            level = split_level(rest[i])[0]
            if level in (None, *PROVINCE_LEVELS) and (self.find_province(rest[i]) or self.former_province(rest[i])):
                province = rest.pop(i)
                break
        return unit, (rest[0] if rest else None), province

    def resolve_line(self, line: str) -> Resolution | None:
        """`resolve` for a locality written on one line ("phường 1, quận 3, TP.HCM")."""
        unit, district, province = self.split_line(line)
        return self.resolve(unit, None, province, district) if unit else None

    def if_merged(self, old_province: str, today: Unit) -> str | None:
        """The old province's name, unless it is today's province under the same name."""
        return None if fold(old_province) == fold(self._provinces[today.code].short_name) else old_province

    def _former_candidates(self, base: str, level: str | None, hint_code: int | None,
                           old_hint: tuple[str, int] | None, district_hint: str | None, tier: int) -> list[FormerWard]:
        candidates = self._former_wards.named(base, level, tier)
        if hint_code is not None:
            candidates = [w for w in candidates if hint_code in w.province_codes]
        if old_hint:
            candidates = [w for w in candidates if fold(w.old_province) == fold(old_hint[0])] or candidates
        if district_hint:
            district_level, district = split_level(district_hint)
            candidates = [
                w for w in candidates if _same_district(w.district, canonical_level(district_level), district)
            ]
        return candidates

    def _former_resolution(self, ward: FormerWard) -> Resolution:
        name, code, province_code = ward.became[0]
        province = self.province(province_code)
        today_level = split_level(name)[0] or "phường"
        return Resolution(today_level, province, Unit(name, code), self.if_merged(ward.old_province, province), ward)

    def _resolve_district(self, base: str, level: str | None, hint_code: int | None,
                          old_hint: tuple[str, int] | None = None) -> Resolution | None:
        candidates = self._districts.get(district_key(base), [])
        if level:
            candidates = [d for d in candidates if d["level"] == level]  # never another level
        if hint_code is not None:
            candidates = [d for d in candidates if d["current_code"] == hint_code]
        if old_hint:  # "huyện Châu Thành" of Bến Tre, not of Trà Vinh, though both are Vĩnh Long today
            candidates = [d for d in candidates if fold(d["old_province"]) == fold(old_hint[0])] or candidates
        if len({(d["old_province"], d["current_code"]) for d in candidates}) > 1:
            # "huyện Phù Ninh" (Phú Thọ) and "huyện Phú Ninh" (Quảng Nam) fold alike: the tones written choose
            candidates = [d for d in candidates if tone_key(d["name"]) == tone_key(base)] or candidates
        if len({(d["old_province"], d["current_code"]) for d in candidates}) != 1:
            return None
        district = candidates[0]
        province = self.province(district["current_code"])
        return Resolution(
            district["level"], province, former_province=self.if_merged(district["old_province"], province)
        )

    def _hint_code(self, province_hint: str | None) -> int | None:
        if not province_hint:
            return None
        if province := self.find_province(province_hint):
            return province.code
        former = self.former_province(province_hint)
        return former[1] if former else None


def _same_district(full_name: str, level: str | None, base: str) -> bool:
    """Whether the old district "Quận 3" is the one written as ("quận", "3"); the level must agree if given."""
    district_level, district_base = split_level(full_name)
    return fold(one_dash(district_base)) == fold(one_dash(base)) and level in (None, district_level)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use (about 0.1 s; the former wards when first asked)."""
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
