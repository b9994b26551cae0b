"""The places the synthetic generator (`tests/synthetic.py`) draws from: today's provinces and wards,
and the former provinces and districts, as records name them.

Read once per process (`places()`); `Places.narrowed` gives the small, repeating set the browser tests use.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import orjson
from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

from store.folding import normalize_text, slugify
from store.gazetteer import gazetteer, split_level
from store.resources import load_json


class Places:
    """Provinces with their wards, and the former provinces with their districts."""

    def __init__(self) -> None:
        places = gazetteer()
        nested = orjson.loads(NESTED_DIVISIONS_JSON_PATH.read_bytes())
        self.provinces: list[tuple[dict[str, Any], str, list[tuple[str, str, dict[str, Any], str]]]] = []
        for province in nested:
            unit = places.province(province["code"])
            wards = []
            for ward in province["wards"]:
                name = normalize_text(ward["name"])
                level, base = split_level(name)
                level = level or ward["division_type"]
                wards.append((f"{level} {base}", level, {"name": name, "code": ward["code"]}, slugify(base)))
            self.provinces.append(({"name": unit.name, "code": unit.code}, _short(unit.name), wards))
        self.by_code = {entry[0]["code"]: entry for entry in self.provinces}
        former = load_json("former_units.json")
        districts: dict[str, list[dict[str, Any]]] = {}
        for district in former["districts"]:
            districts.setdefault(district["old_province"], []).append(district)
        self.former: list[tuple[str, str, int, str | None, list[tuple[str, str]]]] = []
        for old in former["provinces"]:
            today = places.province(old["current_code"])
            merged = places.if_merged(old["name"], today)
            units = [(_district_name(d), d["level"]) for d in districts.get(old["name"], [])]
            self.former.append((old["name"], old["level"], old["current_code"], merged, units))

    def narrowed(self, codes: Sequence[int], units: int | None = None) -> Places:
        """These places limited to some provinces and, for each, its first `units` wards and former districts.

        Small data that repeats: the browser's tests need wards and bodies that recur across a few hundred
        records, where the whole country would give each ward a record or none.
        """
        view = copy.copy(self)
        view.provinces = [(unit, short, wards[:units])
                          for unit, short, wards in self.provinces if unit["code"] in codes]
        view.by_code = {entry[0]["code"]: entry for entry in view.provinces}
        view.former = [(name, level, code, merged, districts[:units])
                       for name, level, code, merged, districts in self.former if code in codes]
        return view


def _short(name: str) -> str:
    return name.removeprefix("Thành phố ")


def _district_name(district: dict[str, Any]) -> str:
    prefix = {"thành phố": "TP.", "thị xã": "thị xã", "quận": "quận", "huyện": "huyện"}[district["level"]]
    return f"{prefix} {district['name']}"


@lru_cache(maxsize=1)
def places() -> Places:
    return Places()
