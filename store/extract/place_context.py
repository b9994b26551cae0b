"""What settles a ward's place besides the provinces the article names: the district written right after it, and
the wards named with it.

"xã Hòa Bình, huyện Chi Lăng" is the Hòa Bình of Chi Lăng though the article also names huyện Văn Quan, which
had one too; "UBND xã Đồng Khởi và Trí Bình" puts Đồng Khởi (a commune of Vĩnh Long today, of Tây Ninh before
2025) where Trí Bình, a name only Tây Ninh had, lies.
"""

from __future__ import annotations

import re

from ..gazetteer import DISTRICT_LEVELS
from .place_mentions import Mention
from .place_resolution import _hint_codes, namesake_codes, resolve


def own_district(ward: Mention, above: list[Mention]) -> str | None:
    """The district written right after a ward, as its qualifier: "xã A, huyện X", "xã A (huyện X)"."""
    for other in above:
        if other.qualifier and other.sentence is ward.sentence and other.in_title == ward.in_title and \
                other.start >= ward.end and other.level in DISTRICT_LEVELS and other.resolution is not None:
            text = ward.sentence.text if ward.sentence else ""
            if re.fullmatch(r"\s*[,(]?\s*", text[ward.end:other.start]):
                return other.written
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
            mention.resolution = resolve(mention, fitting, districts) or mention.resolution


def provinces_of(mentions: list[Mention]) -> list[str]:
    return [m.resolution.former_province or m.resolution.province.name for m in mentions
            if m.resolution is not None and m.level not in (None, "tỉnh")]


def unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
