"""The district a district's own site is about, from its banner or its address: where its wards are.

A district's portal or outlet (bachthong.gov.vn, a district Front's site under the banner "QUẬN 5 - THÀNH PHỐ HỒ
CHÍ MINH", a ward's page under the district's portal, leloi.ngoquyen.gov.vn) writes "xã Tân Tiến", "Phường 1" or
only "Thị ủy", leaving the district, and often the province, to the masthead. Wards of that name exist in many
provinces, and a numbered ward in every old district of a city, so the text alone places none of them.

The district is read from the page's banner lines (upper case, above the headline: "ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG",
"TỈNH ĐỒNG THÁP") or from a label of the address that is exactly one old district's name written together
("bachthong", "ngoquyen", "lagi" under binhthuan). It is a weak clue like the outlet's province (`place_outlets`):
its province is a `Clue`, and the district is tried last among the districts the text names, so it places a ward the
text leaves unplaced and never moves one the text places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..earlier_wards import earlier_wards, moved_from
from ..folding import fold, fold_compact
from ..gazetteer import Resolution, gazetteer
from ..resources import load_json
from .place_moved_wards import moved_from_district
from .place_outlets import _SUFFIXES, address_province, host_of
from .place_resolution import _hint_codes, resolve, written_level

if TYPE_CHECKING:
    from .place_mentions import Mention
    from .places import Places
    from .text import Article

_BANNER_UNIT = re.compile(
    r"(?:^|[\s,–-])(HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TP\.?)\s+([A-ZÀ-Ỹ0-9][A-ZÀ-Ỹ0-9' ]{0,30}?)\s*(?=$|[,–|-])")
_BANNER_PROVINCE = re.compile(r"(?:^|[\s,–-])(TỈNH|THÀNH PHỐ|TP\.?)\s+([A-ZÀ-Ỹ][A-ZÀ-Ỹ' -]{2,30}?)\s*(?=$|[,–|])")
_BANNER_LINES = 6
"""Banner lines are the first lines a page drops as debris; further down they are captions and footers."""
_OWN_ORGAN = re.compile(
    r"\b(?i:(?:phòng|trung tâm|văn phòng|ban|chi cục|đội|bộ phận|ủy ban|tổ|đoàn)\b[^,;.:()]{0,50}?\s"
    r"(?:huyện|quận|thị xã))\b")
"""The district's own offices, written without its name ("Trung tâm Phát triển quỹ đất thị xã", "phòng Tài nguyên -
Môi trường thị xã"): the offices overseen are the site district's; so is its own team at units it does not name
("Tổ kiểm tra công vụ huyện đề nghị các đơn vị được kiểm tra ..."): the district's round of its own offices."""
_WARD_WORDS = re.compile(r"\b(?:xã|phường|thị trấn)\b")
_ORGAN_LEVELS = (("huyện", "huyện"), ("thị xã", "thị xã"), ("quận", "quận"))
_PREFIXES = ("", "huyen", "quan", "thixa", "tx", "tp", "thanhpho")


@dataclass(frozen=True)
class SiteDistrict:
    """An old district a site is about: "huyện Tam Nông" of "Đồng Tháp" (the province as it was then)."""

    written: str
    level: str
    name: str
    province: str


def site_district(article: Article) -> SiteDistrict | None:
    """The district the page's banner or address names, or None when none (or more than one) does."""
    return _from_banner(article.dropped[:_BANNER_LINES]) or _from_address(article.url)


def site_locality(article: Article, places: Places) -> list[dict]:
    """[the site's district, as a locality] when nothing else is placed, the text names no commune or ward even
    without its name, and it oversees that district's own offices with no name ("Trung tâm ... thị xã"), or []."""
    found = site_district(article)
    if found is None or places.visited or any(level in ("xã", "phường", "thị trấn") for level, _ in places.bare_refs):
        return []
    levels: set[str] = set()
    texts = [article.title or ""] + [s.text for s in article.sentences[:8]]
    if any(_WARD_WORDS.search(text.replace("thị xã", "")) for text in texts):
        return []  # "làm việc với phường": a ward is visited, only not named
    for sentence in texts:
        for m in _OWN_ORGAN.finditer(sentence):
            after = sentence[m.end():].lstrip()
            if after[:1].isupper() or after[:1].isdigit():
                continue  # "HĐND huyện Bắc Bình": a district the text names
            levels.add(next(lv for key, lv in _ORGAN_LEVELS if m[0].lower().endswith(key)))
    if found.level not in levels:
        return []
    resolved = gazetteer().resolve(found.written, found.level, found.province)
    if resolved is None or resolved.ward is not None:
        return []
    return [district_locality(found, resolved)]


def district_locality(found: SiteDistrict, resolved: Resolution) -> dict:
    """The record's locality for the site's own district, as written, with the province it is in today."""
    locality: dict = {"name": found.written, "level": found.level}
    if resolved.former_province:
        locality["former_province"] = resolved.former_province
    locality["province"] = resolved.province.as_dict()
    locality["ward"] = None
    return locality


def site_districts(found: SiteDistrict | None, named: list[str]) -> list[str]:
    """The districts the text names, then the site's own when the text does not name it."""
    if found is None or any(fold(d).endswith(fold(found.name)) for d in named):
        return named
    return [*named, found.written]


def site_ward(mention: Mention, found: SiteDistrict | None, hints: list[str],
              districts: list[str]) -> Resolution | None:
    """A ward the text names with no district, on a district's site: the one of that district; one the lists know
    there only before 2025, or found only in another district of the same province, is placed in the province with
    no ward (the other district's namesake is not the site's), unless the lists moved it there from the site's district
    (a district merged whole). None when the text names a district of its own."""
    if found is None or districts != [found.written]:
        return None
    strict = resolve(mention, hints, districts, strict=True)
    if strict is not None and (not hints or strict.province.code in _hint_codes(hints)):
        return strict  # not a namesake found by its name alone in a province neither the text nor the site names
    level = written_level(mention) or "xã"
    former = gazetteer().former_province(found.province)
    if former is None:
        return strict
    province = gazetteer().province(former[1])
    merged = gazetteer().if_merged(former[0], province)
    if moved := _moved_with_site(mention, level, found):
        return moved
    own = fold(found.name)
    earlier = [w.district for w in earlier_wards(mention.base, level)] + \
        [w.district for w in gazetteer().former_wards(mention.base, level)]
    if any(fold(district).endswith(own) for district in earlier):
        return Resolution(mention.level or "phường", province, None, merged)
    elsewhere = resolve(mention, hints, districts)
    if elsewhere is not None and elsewhere.province.code == province.code:
        return Resolution(mention.level or "phường", province, None, merged)
    return None


def _moved_with_site(mention: Mention, level: str, found: SiteDistrict) -> Resolution | None:
    """Today's unit of a commune the lists put in the site's district before they moved it to another (Nam Đông's
    "xã Thượng Quảng", under Phú Lộc in the 2025 list since Nam Đông was merged into it): the site's own commune,
    the one of its name in the old province (`earlier_wards.moved_from` lists only those)."""
    if not moved_from(mention.base, level, found.name):
        return None
    district = gazetteer().resolve(found.written, found.level, found.province)
    return moved_from_district(mention.base, level, district, found.province) if district is not None else None


def _from_banner(lines: list[str]) -> SiteDistrict | None:
    banner = [line.strip() for line in lines if _upper(line)]
    province = next((_title(m[2]) for line in banner for m in _BANNER_PROVINCE.finditer(line)
                     if gazetteer().former_province(_title(m[2])) or gazetteer().find_province(_title(m[2]))), None)
    found: set[SiteDistrict] = set()
    for line in banner:
        for m in _BANNER_UNIT.finditer(line):
            level = {"tp": "thành phố", "tp.": "thành phố"}.get(m[1].lower(), m[1].lower())
            name = _title(m[2])
            if province and fold(name) == fold(province):
                continue  # "THÀNH PHỐ HỒ CHÍ MINH": the province itself
            found |= set(_districts(name, level, province))
    return found.pop() if len(found) == 1 else None


def _from_address(url: str | None) -> SiteDistrict | None:
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    for suffix in _SUFFIXES:
        parts = suffix.split(".")
        if len(labels) > len(parts) and labels[-len(parts):] == parts:
            labels = labels[:-len(parts)]
            break
    province = address_province(url)
    found: set[SiteDistrict] = set()
    for label in labels:
        key = label.replace("-", "")
        for prefix in _PREFIXES:
            if key.startswith(prefix) and (entries := _by_key().get(key[len(prefix):])):
                found |= {d for d in entries if province is None or _same_province(d.province, province)}
    return found.pop() if len(found) == 1 else None


def _districts(name: str, level: str, province: str | None) -> list[SiteDistrict]:
    key = fold_compact(f"{level}{name}") if name.isdigit() else fold_compact(name)
    return [d for d in _by_key().get(key, [])
            if d.level == level and (province is None or _same_province(d.province, province))]


@lru_cache(maxsize=1)
def _by_key() -> dict[str, list[SiteDistrict]]:
    """Old districts by their names written together ("tamnong"); names that are also a province's are left out
    (thainguyen, tayninh: the province's own sites), and names shorter than four letters (a label's chance match)."""
    provinces = {fold_compact(p["name"]) for p in load_json("former_units.json")["provinces"]}
    by_key: dict[str, list[SiteDistrict]] = {}
    for d in load_json("former_units.json")["districts"]:
        key = fold_compact(d["name"])
        if key.isdigit():  # "Quận 5": written with its level ("quan5") wherever it is written together
            key = fold_compact(f"{d['level']}{d['name']}")
        if len(key) < 4 or key in provinces:
            continue
        by_key.setdefault(key, []).append(
            SiteDistrict(f"{d['level']} {d['name']}", d["level"], d["name"], d["old_province"]))
    return by_key


def _same_province(old: str, named: str) -> bool:
    places = gazetteer()
    mine = places.former_province(old)
    other = places.former_province(named)
    if mine and other:
        return mine[0] == other[0] or fold(named) == fold(old)
    today = places.find_province(named)
    return bool(mine and today and mine[1] == today.code)


def _upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _title(text: str) -> str:
    return " ".join(word.capitalize() for word in text.split())


__all__ = ["SiteDistrict", "site_district", "site_districts", "site_locality", "site_ward"]
