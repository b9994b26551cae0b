"""A unit the article names as it stands that had ceased to exist by a known day dates the visit before that day.

`places.era_bounds` bounds the visit by the districts it went to and `year_ceased_bodies` by a district-level body in
the lead; a unit named anywhere else was no bound, so a yearless day read as this year: "Ngày 14/5, Ban ... HĐND tỉnh
Thừa Thiên Huế giám sát tại xã Quảng Thái, huyện Quảng Điền" (a commune placed in its district; the province, a city
run by the centre since 1/1/2025, in the council's name) read 2026. Here every sentence and the headline are read for
 - a former province by its level word ("tỉnh Hà Giang", "HĐND tỉnh Bắc Kạn", "Tỉnh ủy Quảng Bình"): the provinces
   merged into another ceased on 1 July 2025 (`data/former_units.json`, its name none of today's), and "tỉnh Thừa Thiên
   Huế" on 1 January 2025, when it became Thành phố Huế;
 - a district-level unit or a town by its level word ("huyện Quảng Điền", "UBND quận Ba Đình", "Huyện ủy Ea Kar",
   "thị xã Cai Lậy", "thị trấn Sịa"): districts and towns ceased on 1 July 2025. A "thành phố" may be a province-level
   city and is left out.
A unit named as what it was ("huyện X (cũ)", "nguyên Chủ tịch UBND huyện X", "trước đây là", "trước khi sáp nhập")
is no bound, nor one in a sentence that tells the merger itself ("sáp nhập huyện A và huyện B", "được thành lập
trên cơ sở thị trấn A"). The bound is an
upper one with the unit quoted; `year_bounds.infer_year` lets it step back only a guess (a lower bound on or after
it, as "chính quyền địa phương 2 cấp", keeps its year, and `dates` then notes the contradiction).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ..folding import fold
from ..gazetteer import gazetteer
from ..reasons import reason
from ..resources import load_json
from .place_homes import home_before
from .text import Article
from .year_bounds import TWO_TIER_START, Bound
from .year_ceased_names import BARE_PLACE, CITY, bare_district, city, spoken_city

__all__ = ["as_former", "ceased_units"]

CITY_START = date(2025, 1, 1)
"""Thừa Thiên Huế became Thành phố Huế, a city run by the centre, on this day."""

_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ'’]*(?:(?:\s+|\s*[-–]\s*)[A-ZĐÀ-Ỹ0-9][\wÀ-ỹ'’]*)*"
_PROVINCE = re.compile(r"\b(?:[Tt]ỉnh(?:\s+(?:ủy|uỷ|đoàn))?)\s+(" + _NAME + ")")
_DISTRICT = re.compile(r"\b(?:[Hh]uyện(?:\s+(?:ủy|uỷ))?|[Qq]uận(?:\s+(?:ủy|uỷ))?|[Tt]hị\s+(?:ủy|uỷ)|[Tt]hị xã|"
                       r"[Tt]hị trấn)\s+(" + _NAME + ")")
_FORMER_BEFORE = re.compile(r"\b(?:nguyên|trước đây|trước kia|trước khi sáp nhập|trước sáp nhập|thuộc địa bàn)\s+"
                            r"(?:\S+\s+){0,4}$", re.IGNORECASE)
_FORMER_AFTER = re.compile(r"\s*[(,]?\s*(?:cũ|trước đây|trước sáp nhập|trước khi sáp nhập|nay là|nay thuộc|nay đã)\b",
                           re.IGNORECASE)
_MERGER = re.compile(r"\b(?:sáp nhập|hợp nhất|sắp xếp|trước đây là|nguyên là|đổi tên|thành lập trên cơ sở|"
                     r"trên cơ sở (?:nhập|toàn bộ|một phần))\b", re.IGNORECASE)
_MERGER_AHEAD = re.compile(r"(?<!đã )(?<!sau )(?<!sau khi )\b(?:phương án|dự kiến|chuẩn bị|sẽ|sắp(?!\s+xếp)|"
                           r"tiến tới)\s+(?:\S+\s+){0,3}?(?:sáp nhập|hợp nhất)\b", re.IGNORECASE)
"""A merger still ahead, talked over or prepared ("xây dựng phương án hợp nhất HĐND cấp tỉnh", "dự kiến sáp nhập",
"chuẩn bị hợp nhất"): the units it names still stand, so they bound the day as any standing unit does (real:
congthuong 2025, Tuyên Quang and Hà Giang's councils meeting on their merger, dated 2026 from today)."""


@cache
def _province_ends() -> dict[str, tuple[str, date]]:
    """Folded names of the provinces that ceased, with the name to quote and the day they ceased."""
    ends: dict[str, tuple[str, date]] = {}
    today = {fold(unit.name.removeprefix("Thành phố ")) for unit in gazetteer().provinces()}
    for old in load_json("former_units.json")["provinces"]:
        if fold(old["name"]) not in today and old["level"] == "tỉnh":  # merged into another: Gia Lai took Bình Định
            for alias in [old["name"], *old.get("aliases", [])]:
                ends[fold(alias.removeprefix("Tỉnh ").replace("–", "-"))] = (old["name"], TWO_TIER_START)
    for alias in ("Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"):
        ends[fold(alias)] = ("Thừa Thiên Huế", CITY_START)
    return ends


def _province(name: str) -> tuple[str, str, date] | None:
    """The longest start of `name` that is a province that ceased ("Hà Giang Nguyễn Văn A" → Hà Giang), as written."""
    words = name.split()
    for n in range(min(len(words), 5), 0, -1):
        if found := _province_ends().get(fold(" ".join(words[:n]).replace("–", "-"))):
            return found[0], " ".join(words[:n]), found[1]
    return None


def _district(name: str) -> str | None:
    """The start of `name` that names a district of before 2025 ("Quảng Điền", "Ea Kar Nguyễn Văn A" → Ea Kar)."""
    words = name.split()
    return next((" ".join(words[:n]) for n in range(min(len(words), 4), 0, -1)
                 if gazetteer().names_a_district(" ".join(words[:n]))), None)


def as_former(text: str, start: int, end: int) -> bool:
    """Whether the unit written at `text[start:end]` is named as what it was ("huyện X (cũ)", "nguyên Chủ tịch UBND
    huyện X", "xã A (nay là xã B)"), or in a sentence that tells a merger."""
    return bool(_FORMER_BEFORE.search(text, max(0, start - 50), start) or _FORMER_AFTER.match(text, end) or
                _tells_merger(text))


def _tells_merger(text: str) -> bool:
    """Whether `text` tells a merger made ("sáp nhập huyện A và huyện B thành ..."), not one still ahead."""
    return _MERGER.search(text) is not None and _MERGER_AHEAD.search(text) is None


def ceased_units(article: Article, reformed: bool = False) -> list[Bound]:
    """An upper bound for each unit that ceased which the headline or a sentence names as it stands, earliest first;
    `reformed`: the text states a fact of the 2025 reform, so a city's name said as a place bounds nothing."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    bounds: list[Bound] = []
    seen: set[str] = set()
    for text in texts:
        if _tells_merger(text):
            continue  # "sáp nhập huyện A và huyện B thành ...": the merger told, not a unit standing
        for m in _PROVINCE.finditer(text):
            found = _province(m[1])
            if found is None or found[0] in seen:
                continue
            end = m.start(1) + len(found[1])
            if not as_former(text, m.start(), end):
                seen.add(found[0])
                bounds.append(Bound(found[2], False, reason("year.former_province", name=text[m.start():end],
                                                           end=f"{found[2].day}/{found[2].month}/{found[2].year}"),
                                    text))
        for m in _DISTRICT.finditer(text):
            town = m[0].lower().startswith("thị trấn")
            name = m[1].split()[0] if town else _district(m[1])
            if name is not None and "district" not in seen and not (reformed and home_before(text, m.start())):
                # a home after the reform stated ("bà Y, xã A, huyện B"): the person's papers, not the text's day
                _add(bounds, seen, text, m.start(), m.start(1) + len(m[1] if town else name))
        for m in CITY.finditer(text):  # "HĐND thành phố Long Xuyên", "Thành ủy Đồng Hới"; not Huế, Đà Nẵng; after
            # the reform stated, not "khu vực TP Vinh", the area's name in speech (`year_spoken_cities`)
            if "district" not in seen and (name := city(m[1])) is not None and \
                    not (reformed and spoken_city(text, m.start())):
                _add(bounds, seen, text, m.start(), m.start(1) + len(name))
        for m in BARE_PLACE.finditer(text):  # "tại Vĩnh Cửu": a district's name no unit of today bears; not a
            # person's home ("một giáo viên ở Thanh Chương", "ông Sang (Vũng Liêm)": `place_homes`), no place visited
            if "district" not in seen and (name := bare_district(m[1])) is not None and \
                    not home_before(text, m.start(1)):
                _add(bounds, seen, text, m.start(1), m.start(1) + len(name), bare=True)
    return sorted(bounds, key=lambda b: b.day)


def _add(bounds: list[Bound], seen: set[str], text: str, start: int, end: int, bare: bool = False) -> None:
    """A bound at 1/7/2025 for the district-level unit written at `text[start:end]` (`bare`: its name alone), unless
    named as history."""
    if not as_former(text, start, end):
        seen.add("district")
        name = text[start:end]
        said = reason("year.former_district_name", name=name) if bare else reason("year.former_unit", name=name)
        bounds.append(Bound(TWO_TIER_START, False, said, text))
