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
   Hương - Đà Lạt") and it names no province, and only when one province of before 2025 had a district of that name
   (two provinces' namesakes: which one, and whether it ceased at all, is the context's to say);
 - `shared_district`: a name two provinces' districts bore ("Bảo Lâm" of Cao Bằng and of Lâm Đồng), chosen by the
   provinces the text names: the district of the one among them where no unit of today bears the name.
"""

from __future__ import annotations

import re
from functools import cache

from ..folding import fold
from ..gazetteer import gazetteer, split_level
from ..resources import load_json

__all__ = ["BARE_PLACE", "CITY", "bare_district", "city", "shared_district", "spoken_city"]

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
    kept: set[str] = set()
    for key, districts in _districts_by_key().items():
        if key[:1].isdigit() or len({d["old_province"] for d in districts}) > 1 or \
                gazetteer().find_wards(districts[0]["name"]) or _holds(taken, key):
            continue  # "Quận 1"; "Bố Trạch" (xã Bố Trạch); "Đà Lạt" (Lâm Viên - Đà Lạt); "Krông A Na" (Krông Ana);
        kept.add(key)  # "Bảo Lâm" (two provinces had one: `shared_district`)
    return frozenset(kept)


def _holds(taken: tuple[str, ...], key: str, numbered: bool = True) -> bool:
    """Whether one of `taken` (" key " each) is `key` or holds it, words apart or written together; not `numbered`:
    a name that is `key` and a number ("Bảo Lâm 1" to "Bảo Lâm 5", communes of 2025 cut from huyện Bảo Lâm) does not
    count, as such a commune is never written without its number."""
    names = taken if numbered else tuple(name for name in taken if not re.fullmatch(rf" {key} \d+ ", name))
    return any(f" {key} " in name for name in names) or any(key.replace(" ", "") in name.replace(" ", "")
                                                            for name in names)


@cache
def _districts_by_key() -> dict[str, list[dict]]:
    """The former districts (`data/former_units.json`) by the key of their name."""
    out: dict[str, list[dict]] = {}
    for district in load_json("former_units.json")["districts"]:
        out.setdefault(_key(district["name"]), []).append(district)
    return out


@cache
def _taken_in(code: int) -> tuple[str, ...]:
    """The keys (" key ") of the wards and communes province `code` has today, and every province's names."""
    places = gazetteer()
    names = {_key(split_level(found[0].name)[1])
             for _, _, codes in load_json("former_wards.json")["wards"] for each in codes
             if (found := places.ward(each)) and found[1] == code}
    return tuple(f" {name} " for name in names) + tuple(name for name in _taken_names() if name.strip() in
                                                        _province_keys())


@cache
def _province_keys() -> frozenset[str]:
    names = {_key(unit.name.removeprefix("Thành phố ")) for unit in gazetteer().provinces()}
    for old in load_json("former_units.json")["provinces"]:
        names |= {_key(alias) for alias in [old["name"], *old.get("aliases", [])]}
    return frozenset(names)


def shared_district(name: str, codes: frozenset[int]) -> tuple[str, str] | None:
    """(level, name) of the district the start of `name` names when two provinces' districts bore it and `codes`
    (provinces of today the text names or implies) hold exactly one of them, no unit of which today bears the name
    ("Bảo Lâm" with Lâm Đồng named: huyện Bảo Lâm); None otherwise."""
    words = name.split()
    for n in range(min(len(words), 5), 0, -1):
        start = " ".join(words[:n])
        districts = _districts_by_key().get(_key(start), [])
        if len({d["old_province"] for d in districts}) < 2:
            continue
        here = [d for d in districts if d["current_code"] in codes]
        if len({(d["old_province"], d["level"]) for d in here}) != 1 or _key(start) in _province_keys() or \
                _holds(_taken_in(here[0]["current_code"]), _key(start), numbered=False):
            return None  # none or both named; "Châu Thành" (xã Châu Thành stands); "Bảo Lâm" in Cao Bằng
        return here[0]["level"], start
    return None


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


_CITY_WORD = re.compile(r"(?:[Tt]hành\s+phố|TP|Tp)(?![\wÀ-ỹ])")
_ORGAN = re.compile(r"(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Thường\s+trực|"
                    r"Công\s+an|Mặt\s+trận\s+Tổ\s+quốc|MTTQ|Văn\s+phòng|Đảng\s+bộ|Chủ\s+tịch|Bí\s+thư|Thành\s+đoàn|"
                    r"Tòa\s+án|Viện\s+kiểm\s+sát|Ban\s+Thường\s+vụ|Ban\s+Chỉ\s+huy|lãnh\s+đạo)\s+(?:nhân\s+dân\s+)?$",
                    re.IGNORECASE)
"""Before "thành phố X": one of its organs, gone with it ("UBND TP Vinh", "lãnh đạo thành phố Vinh")."""


def spoken_city(text: str, start: int) -> bool:
    """Whether the city whose level word begins at `text[start]` ("TP Vinh", "thành phố Vinh"; not "Thành ủy Vinh")
    is a place, no organ of it."""
    return bool(_CITY_WORD.match(text, start)) and not _ORGAN.search(text[max(0, start - 40):start])
