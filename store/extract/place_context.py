"""What settles a ward's place besides the provinces the article names: the district written right after it, and
the wards named with it.

"xã Hòa Bình, huyện Chi Lăng" is the Hòa Bình of Chi Lăng though the article also names huyện Văn Quan, which
had one too; "UBND xã Đồng Khởi và Trí Bình" puts Đồng Khởi (a commune of Vĩnh Long today, of Tây Ninh before
2025) where Trí Bình, a name only Tây Ninh had, lies.
"""

from __future__ import annotations

import re

from ..gazetteer import DISTRICT_LEVELS, Resolution, gazetteer
from .place_mentions import Mention
from .place_resolution import _hint_codes, namesake_codes, resolve


def own_district(ward: Mention, above: list[Mention]) -> Mention | None:
    """The district written beside a ward: right after it ("xã A, huyện X", "xã A (huyện X)"), or closing the
    list it is in ("các xã A, B thuộc huyện X"); not one named as what it was ("huyện X cũ")."""
    text = ward.sentence.text if ward.sentence else ""
    for other in sorted(above, key=lambda m: m.start):
        if other.sentence is not ward.sentence or other.in_title != ward.in_title or other.start < ward.end:
            continue
        if other.level not in DISTRICT_LEVELS or other.resolution is None:
            return None  # the next unit above a ward is no district: none is written beside it
        gap = text[ward.end:other.start]
        beside = other.qualifier and re.fullmatch(r"\s*[,(]?\s*", gap)
        closing = re.fullmatch(r"(?:\s*(?:,|và)\s*[A-ZĐÀ-Ỹ][\w'’]*(?:\s+[A-ZĐÀ-Ỹ\d][\w'’]*){0,4})*\s+thuộc\s+", gap)
        after = text[other.end:other.end + 12]
        if (beside or closing) and not re.match(r"\s*\(?\s*(?:cũ|trước đây)", after, re.IGNORECASE):
            return other
        return None
    return None


def settle_by_siblings(wards: list[Mention], hints: list[str], districts: list[str]) -> None:
    """A ward name several provinces had, which the article's own provinces do not settle, is placed by the
    wards named with it whose names only one province had: "UBND xã Đồng Khởi và Trí Bình" (Đồng Khởi is in
    Tây Ninh and Vĩnh Long, Trí Bình only in Tây Ninh)."""
    named = _hint_codes(hints)
    spans = {id(m): namesake_codes(m) for m in wards if m.resolution is not None}
    siblings = unique(provinces_of([m for m in wards if len(spans.get(id(m), ())) == 1]))
    for mention in wards:
        codes = spans.get(id(mention), set())
        if len(codes) < 2 or mention.resolution is None or mention.resolution.province.code in named:
            continue
        fitting = [name for name in siblings if _hint_codes([name]) & codes]
        if fitting and mention.resolution.province.code not in _hint_codes(fitting):
            if found := resolve(mention, fitting, districts):
                mention.resolution, mention.by_neighbours = found, True


def provinces_of(mentions: list[Mention]) -> list[str]:
    return [m.resolution.former_province or m.resolution.province.name for m in mentions
            if m.resolution is not None and m.level not in (None, "tỉnh")]


def unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def bare_province(mention: Mention) -> bool:
    """A province named without its level word where the visit goes ("Chiều 28/2, tại Hà Tĩnh, Phó Thủ tướng làm
    việc với lãnh đạo tỉnh"): taken as the province, which counts only if no lower unit is visited."""
    if mention.in_title or (found := resolve_province(mention.base)) is None:
        return False
    mention.level, mention.written, mention.resolution = "tỉnh", mention.base, found
    return True


def resolve_province(name: str) -> Resolution | None:
    """The province, today's or an old one, called `name`."""
    places = gazetteer()
    if not (places.find_province(name) or places.former_province(name)):
        return None
    return places.resolve(name, "tỉnh")
