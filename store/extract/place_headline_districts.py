"""A headline opening on a district's bare name ("Đồng Phú: ...", "Krông Pắc - ..."): where the wards below it are.

A district's outlet heads its reports with the district's name and a colon or a dash, then writes "tại xã Tân Lập"
with no district: a name many provinces share, which the text alone places nowhere, or in the wrong province ("xã
Hòa Tiến" of Đà Nẵng for Krông Pắc's). Such a name is read as the site's district (`place_sites.SiteDistrict`), a
weak clue tried last: it places a ward the text leaves unplaced and never moves one the text places. Only a name one
old district bore, of no province ("Bình Phước: ..." is the province's own prefix), is read so.
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from .place_sites import SiteDistrict

__all__ = ["headline_district"]

_PREFIX = re.compile(r"\s*(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ][\w'’]*){0,3})\s*(?::|\s[-–]\s)")
"""A headline's first words, capitalised, then a colon or a spaced dash: "Đồng Phú:", "Krông Pắc -"."""


def headline_district(title: str | None) -> SiteDistrict | None:
    """The old district whose bare name opens `title` before a colon or a dash, or None."""
    prefix = _PREFIX.match(title or "")
    if prefix is None:
        return None
    name = prefix["name"]
    places = gazetteer()
    found = places.districts_named(name)
    if len(found) != 1 or places.find_province(name) or places.former_province(name):
        return None
    district = found[0]
    level = district["level"]
    return SiteDistrict(f"{level} {district['name']}", level, district["name"], district["old_province"])
