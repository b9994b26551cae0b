"""District-level cities and former districts named without their level word, as units that ceased on 1/7/2025.

`year_ceased_units` reads districts and towns by their level word, and left "thành phố" out: Hà Nội, Huế, Đà Nẵng
are cities run by the centre, standing today. But most cities were districts of a province ("thành phố Long Xuyên",
"TP. Thủ Dầu Một", "Thành ủy Đồng Hới") and ceased with the other districts on 1 July 2025; a team of one, or a
visit named with one, dates a yearless day before it. Here:
 - `city`: the start of a name after "thành phố", "TP", "Thành ủy" that was a district before 2025 and is no name of
   a city run by the centre, today or before (`data/former_units.json`'s provinces of level "thành phố", their
   aliases: "Huế", "TP.HCM", "Sài Gòn");
 - `bare_district`: a former district's name written alone where the visit went ("tại Vĩnh Cửu", "ở Thanh
   Chương", "xã Hạnh Lâm (Thanh Chương)"), only when no unit of today bears it or holds it in its name (most
   communes of 2025 took their district's name: "tại Bố Trạch" may be xã Bố Trạch; "Đà Lạt" lives on in "Xuân
   Hương - Đà Lạt") and it names no province.
"""

from __future__ import annotations

import re
from functools import cache

from ..folding import fold
from ..gazetteer import gazetteer, split_level
from ..resources import load_json

__all__ = ["BARE_PLACE", "CITY", "bare_district", "city"]

_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ'’]*(?:(?:\s+|\s*[-–]\s*)[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ'’]*)*"
CITY = re.compile(r"(?<![\w.])(?:[Tt]hành\s+phố|TP\.?|Tp\.?|[Tt]hành\s+(?:ủy|uỷ))\s*(" + _NAME + ")")
"""A city's level word, or its party committee, and the name after it ("TP.Thủ Dầu Một", "Thành ủy Long Xuyên")."""
BARE_PLACE = re.compile(r"(?:\b(?:[Tt]ại|[Ởở]|[Đđ]ến|[Vv]ề|[Tt]rên\s+địa\s+bàn)\s+|\(\s*)(" + _NAME + r")")
"""Where a visit went, a name written without a level word after it ("tại Vĩnh Cửu", "trên địa bàn Thanh Chương"),
or in brackets after the commune, as its district ("xã Hạnh Lâm (Thanh Chương)")."""


def _key(name: str) -> str:
    """Folded, apostrophes gone, dashes as spaces, y as i: "Ia H' Drai" and "Ia H’Drai", "Phú Quí" and "Phú Quý"
    alike."""
    return " ".join(re.sub(r"['’]", "", fold(name)).replace("-", " ").replace("–", " ").replace("y", "i").split())


@cache
def _centre_cities() -> frozenset[str]:
    """Names of the cities run by the centre ("ha noi", "hue", "hcm", "sai gon", "thua thien hue")."""
    names: set[str] = set()
    for old in load_json("former_units.json")["provinces"]:
        if old["level"] == "thành phố":
            for alias in [old["name"], *old.get("aliases", [])]:
                names.add(_key(re.sub(r"^(?:Thành phố|TP\.?|Thủ đô)\s*", "", alias)))
    return frozenset(names)


@cache
def _taken_names() -> tuple[str, ...]:
    """Today's wards and communes (those some unit of before became: the special zones that were districts without
    communes are found by name in `_bare_districts`) and every province's names, as " key " to find one inside
    another."""
    places = gazetteer()
    names = {_key(split_level(found[0].name)[1])  # "Đặc khu Bạch Long Vĩ": a level of two words
             for _, _, codes in load_json("former_wards.json")["wards"] for code in codes
             if (found := places.ward(code))}
    names |= {_key(unit.name.removeprefix("Thành phố ")) for unit in places.provinces()}
    for old in load_json("former_units.json")["provinces"]:
        names |= {_key(alias) for alias in [old["name"], *old.get("aliases", [])]}
    return tuple(f" {name} " for name in names)


@cache
def _bare_districts() -> frozenset[str]:
    """Keys of the former districts' names that nothing standing today bears, whole or inside its name."""
    taken = _taken_names()
    compact = tuple(name.replace(" ", "") for name in taken)
    kept: set[str] = set()
    for district in load_json("former_units.json")["districts"]:
        key = _key(district["name"])
        if key[:1].isdigit() or gazetteer().find_wards(district["name"]) or \
                any(f" {key} " in name for name in taken) or any(key.replace(" ", "") in name for name in compact):
            continue  # "Quận 1"; "Bố Trạch" (xã Bố Trạch); "Đà Lạt" (Lâm Viên - Đà Lạt); "Krông A Na" (Krông Ana)
        kept.add(key)
    return frozenset(kept)


def city(name: str) -> str | None:
    """The start of `name` that was a district-level city (or any district), not a city run by the centre."""
    words = name.split()
    for n in range(min(len(words), 5), 0, -1):
        start = " ".join(words[:n])
        if _key(start) in _centre_cities():
            return None  # "thành phố Huế", "TP Hồ Chí Minh": standing, whatever follows
        if gazetteer().names_a_district(start):
            return start
    return None


def bare_district(name: str) -> str | None:
    """The start of `name` that is a former district's name no unit standing today bears ("Vĩnh Cửu")."""
    words = name.split()
    return next((" ".join(words[:n]) for n in range(min(len(words), 5), 0, -1)
                 if _key(" ".join(words[:n])) in _bare_districts()), None)
