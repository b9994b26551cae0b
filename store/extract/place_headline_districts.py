"""A headline opening on a district's bare name ("Đồng Phú: ...", "Krông Pắc - ..."): where the wards below it are.

A district's outlet heads its reports with the district's name and a colon or a dash, then writes "tại xã Tân Lập"
with no district: a name many provinces share, which the text alone places nowhere, or in the wrong province ("xã
Hòa Tiến" of Đà Nẵng for Krông Pắc's). Such a name is read as the site's district (`place_sites.SiteDistrict`), a
weak clue tried last: it places a ward the text leaves unplaced and never moves one the text places. Only a name one
old district bore, of no province ("Bình Phước: ..." is the province's own prefix), is read so; a name several
provinces' districts bore ("Châu Thành: ...", ten of them) only when the text's communes lie in exactly one of them
("tại xã An Khánh": only Đồng Tháp's Châu Thành had one, session 39). Where two or more had such a commune ("xã Tân
Phú") it gives nothing: the ward stays unplaced, or placed with its province said unsure, rather than guessed.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from .place_sites import SiteDistrict

__all__ = ["headline_district"]

_PREFIX = re.compile(r"\s*(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,3})\s*(?::|\s[-–]\s)")
"""A headline's first words, capitalised, then a colon or a spaced dash: "Đồng Phú:", "Krông Pắc -"."""


_WARD_NAMED = re.compile(r"\b(?:xã|phường|thị trấn)\s+([A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,3})")
"""A commune or ward the text names with its level word: the longest run of capitalised words after it."""


def headline_district(title: str | None, body: str = "") -> SiteDistrict | None:
    """The old district whose bare name opens `title` before a colon or a dash, or None; of several so named, the
    only one that held a commune or ward `body` names."""
    prefix = _PREFIX.match(title or "")
    if prefix is None:
        return None
    name = prefix["name"]
    places = gazetteer()
    found = places.districts_named(name)
    if len(found) > 1:
        found = _holding(found, body)
    if len(found) != 1 or places.find_province(name) or places.former_province(name):
        return None
    district = found[0]
    level = district["level"]
    return SiteDistrict(f"{level} {district['name']}", level, district["name"], district["old_province"])


def _holding(districts: list[dict], body: str) -> list[dict]:
    """Those of `districts` (one name, several provinces) that held a ward-level unit `body` names."""
    places = gazetteer()
    held: set[tuple[str, str]] = set()
    for m in _WARD_NAMED.finditer(body):
        words = m[1].split()
        for size in range(len(words), 0, -1):  # "xã An Khánh Đoàn giám sát ...": the name is a prefix of the run
            held |= {(ward.district.lower(), ward.old_province) for ward in places.former_wards(" ".join(words[:size]))}
    return [d for d in districts if (f"{d['level']} {d['name']}".lower(), d["old_province"]) in held]
