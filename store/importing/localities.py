"""Localities of an imported record, brought to today's units through the gazetteer.

A record may name a locality without its province, or give the province as a
plain name, old or new; the store keeps today's province and ward beside the
name as written. A name that exists in several provinces is settled with the
other provinces the same record names.

A locality may also be written on one line, the way reports and spreadsheets
write it: the string "P. Bến Nghé, Q.1, TP.HCM", or {"name": ...} holding such
a line and no province. The first part is the unit, the province and the
district (`Gazetteer.split_line`) are hints, and a ward merged away in 2025
resolves to the ward it became. A figure or an item placed at such a line, written
the same, is placed at its unit.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from ..gazetteer import WARD_LEVELS, Resolution, gazetteer
from ..levels import split_level
from ..validation import Problem
from .problems import quoted

_LOCALITY_ORDER = ("name", "level", "former_province", "province", "ward")
_DISTRICT = "\x00district"
"""Where a one-line locality's district waits for the gazetteer; removed before the record is stored."""


class LocalityFiller:
    """Fills in `province`, `ward`, `level` and `former_province`; remembers every lookup, as imports repeat places."""

    def __init__(self) -> None:
        self._resolutions: dict[tuple[str, str | None, str | None, str | None], Resolution | None] = {}

    def fill(self, record: dict[str, Any], problems: list[Problem]) -> None:
        """Resolve `record`'s localities in place; a province that cannot be found is a problem."""
        localities = record.get("localities")
        if not isinstance(localities, list):
            return
        lines: dict[str, str] = {}
        for i, locality in enumerate(localities):
            localities[i] = _from_line(locality)
            written, unit = _line_of(locality), _line_of(localities[i])
            if written and unit and written != unit:
                lines[written] = unit
        _items_at_units(record, lines)
        placed = {i for i, locality in enumerate(localities)  # given whole: validation says what it lacks
                  if isinstance(locality, dict) and isinstance(locality.get("province"), dict)}
        unresolved: list[int] = []
        for i, locality in enumerate(localities):
            if isinstance(locality, dict) and not self._locality(locality, None):
                unresolved.append(i)
        known = {loc["province"]["name"] for loc in localities  # only names: a list or `true` is validation's to report
                 if isinstance(loc, dict) and isinstance(loc.get("province"), dict)
                 and isinstance(loc["province"].get("name"), str)}
        for i in unresolved:
            locality = localities[i]
            if not any(self._locality(locality, hint) for hint in sorted(known)):
                problems.append(Problem(f"localities[{i}].province", _unresolved(locality)))
        for i, locality in enumerate(localities):
            if isinstance(locality, dict):
                if i not in placed and "level" not in locality and isinstance(locality.get("province"), dict) \
                        and isinstance(locality.get("name"), str) and locality["name"]:
                    problems.append(Problem(f"localities[{i}].level", _unplaced(locality)))
                locality.pop(_DISTRICT, None)
                localities[i] = _ordered_locality(locality)

    def _locality(self, locality: dict[str, Any], fallback_hint: str | None) -> bool:
        """Fill in what is missing; False if the province was missing and could not be found."""
        name, level = locality.get("name"), locality.get("level")
        if not isinstance(name, str) or not name:
            return True  # validation reports it
        level = level if isinstance(level, str) and level else None
        province = locality.get("province")
        if isinstance(province, dict):
            if "ward" not in locality and level in WARD_LEVELS and isinstance(province.get("name"), str):
                found = self._resolve(name, level, province["name"], locality.get(_DISTRICT))
                if found and found.ward and found.province.code == province.get("code"):
                    locality["ward"] = found.ward.as_dict()
            return True
        if province is not None and not isinstance(province, str):
            return True  # a wrong type: validation reports it
        former = locality.get("former_province") if isinstance(locality.get("former_province"), str) else None
        explicit = province or former or None
        places = gazetteer()
        found = self._resolve(name, level, explicit or fallback_hint, locality.get(_DISTRICT))
        if found is None and explicit:
            found = _province_named(explicit, level)
        if found is None:
            return False
        locality.pop("province", None)
        locality["province"] = found.province.as_dict()
        if found.level and not level:
            locality["level"] = found.level
        if "ward" not in locality:
            locality["ward"] = found.ward.as_dict() if found.ward else None
        if "former_province" not in locality:
            old = found.former_province
            if old is None and explicit and (named := places.former_province(explicit)) and (
                    found.ward is None or named[0] in places.ward_origins(found.ward.code)):
                old = places.if_merged(named[0], found.province) if named[1] == found.province.code else None
            if old:
                locality["former_province"] = old
        return True

    def _resolve(self, name: str, level: str | None, hint: str | None, district: Any = None) -> Resolution | None:
        written_district = district if isinstance(district, str) else None
        key = (name, level, hint, written_district)
        if key not in self._resolutions:
            self._resolutions[key] = gazetteer().resolve(name, level, hint, written_district)
        return self._resolutions[key]


def _from_line(locality: Any) -> Any:
    """A locality written on one line ("P. Bến Nghé, Q.1, TP.HCM"), as a string or as a `name` with no
    province, becomes the structured form: the unit is the name, the rest are hints."""
    if isinstance(locality, str):
        locality = {"name": locality}
    if not isinstance(locality, dict) or "province" in locality:
        return locality
    name = locality.get("name")
    if not isinstance(name, str) or "," not in name:
        return locality
    unit, district, province = gazetteer().split_line(name)
    if not unit:
        return locality
    lined = {**locality, "name": unit}
    if province and not isinstance(locality.get("former_province"), str):
        lined["province"] = province
    if district:
        lined[_DISTRICT] = district
    return lined


def _line_of(locality: Any) -> str | None:
    """A locality's name as written: the string itself, or its `name`."""
    name = locality.get("name") if isinstance(locality, dict) else locality
    return name if isinstance(name, str) else None


_PLACED_ITEMS = ("figures", "recommendations", "directions", "difficulties")


def _items_at_units(record: dict[str, Any], lines: dict[str, str]) -> None:
    """An item placed at a one-line locality exactly as the record wrote it there ("phường Hòa Khánh, Đà Nẵng")
    is placed at its unit, the name the locality now holds: validation had refused it as "not one of the record's
    localities", the very line one key above it (tryout s37)."""
    if not lines:
        return
    for field in _PLACED_ITEMS:
        items = record.get(field)
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict) and isinstance(item.get("locality"), str) and item["locality"] in lines:
                item["locality"] = lines[item["locality"]]


def _unresolved(locality: dict[str, Any]) -> str:
    # the catalog's English (`err.unit_no_province*`): the browser says it in Vietnamese (`tui.i18n_errors`); it had
    # been English in the Vietnamese import dialog (tryout s42-tryout14)
    name = quoted(locality["name"])
    for key in ("province", "former_province"):
        if isinstance(locality.get(key), str):
            return catalog.text("err.unit_no_province", "en", name=name, key=key, value=quoted(locality[key]))
    return catalog.text("err.unit_no_province_given", "en", name=name, shape='{"name", "code"}')


def _unplaced(locality: dict[str, Any]) -> str:
    """A unit the gazetteer does not know in a province it found: validation's "level: required field is missing"
    had been all an office was told of "xã Hiệp Phước, huyện Nhơn Trạch, Đồng Nai" (a thị trấn since 2019). The
    words are the catalog's (`err.unit_unplaced`, said in Vietnamese by the browser, tryout s42-tryout14)."""
    level, _ = split_level(locality["name"])
    name, province = quoted(locality["name"]), locality["province"].get("name")
    if level:
        return catalog.text("err.unit_unplaced", "en", name=name, level=level, province=province)
    return catalog.text("err.unit_unplaced_any", "en", name=name, province=province)


def _province_named(text: str, level: str | None) -> Resolution | None:
    """Today's province for a province name as written, old or new: the unit itself is not known."""
    places = gazetteer()
    if named := places.former_province(text):
        today = places.province(named[1])
        return Resolution(level or "", today, None, places.if_merged(named[0], today))
    if found := places.find_province(text):
        return Resolution(level or "", found)
    return None


def _ordered_locality(locality: dict[str, Any]) -> dict[str, Any]:
    # one key order in the store, whatever order the input wrote them in
    ordered = {key: locality[key] for key in _LOCALITY_ORDER if key in locality}
    ordered.update((key, value) for key, value in locality.items() if key not in ordered)
    return ordered
