"""What settles a ward's place besides the provinces the article names: the district written right after it, and
the wards named with it.

"xã Hòa Bình, huyện Chi Lăng" is the Hòa Bình of Chi Lăng though the article also names huyện Văn Quan, which
had one too; in "UBND xã Tản Lĩnh, UBND xã Sơn Đông (huyện Ba Vì)" the district closes a list, and Sơn Đông,
which Ba Vì never had, is placed as if no district were written beside it; "UBND xã Đồng Khởi và Trí Bình" puts
Đồng Khởi (a commune of Vĩnh Long today, of Tây Ninh before 2025) where Trí Bình, a name only Tây Ninh had, lies.
"""

from __future__ import annotations

import re

from ..earlier_wards import earlier_wards
from ..folding import fold
from ..gazetteer import DISTRICT_LEVELS, Resolution, gazetteer, split_level
from .place_mentions import Mention
from .place_outlets import is_clue
from .place_resolution import _hint_codes, namesake_codes, resolve, written_level


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
            if beside and _after_another(ward, text) and not _lies_in(ward, other):
                return None  # "UBND xã A, UBND xã B (huyện X)": X is A's; B, which X never had, is placed elsewhere
            return other
        return None
    return None


_ANOTHER_BEFORE = re.compile(r"(?i:phường|xã|thị trấn)\s+[^\W\d_][^()\n]{0,40}?(?:,|\svà)\s+"
                             r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Công an)\s+)?$")


def _after_another(ward: Mention, text: str) -> bool:
    """The ward follows another of the same list, with no bracket between: a district in brackets after it may close
    the list rather than belong to it ("UBND xã Tản Lĩnh, UBND xã Sơn Đông (huyện Ba Vì)")."""
    return bool(_ANOTHER_BEFORE.search(text[max(0, ward.start - 60):ward.start]))


def _lies_in(ward: Mention, district: Mention) -> bool:
    """Whether a unit of the ward's name and level ever lay in the district (before 2025 or earlier)."""
    level = written_level(ward) or "xã"
    named = fold(district.base)
    districts = [old.district for old in gazetteer().former_wards(ward.base, level)]
    districts += [old.district for old in earlier_wards(ward.base, level)]
    return any(fold(split_level(district)[1]) == named for district in districts)


_OWN_PROVINCE = re.compile(r"\s*(?:\(\s*|,\s*)(?:(?i:tỉnh|thành phố)\s+|TP\.?\s*)?"
                           r"([A-ZĐÀ-Ỹ][\w'’]*(?:[ \t]+[A-ZĐÀ-Ỹ][\w'’]*){0,3})\s*(?:\)|(?=[,.;]|\s+và\s|$))")


def own_province(ward: Mention) -> str | None:
    """The province written right after a ward, in brackets or after a comma: "xã Tân Tiến (Thanh Hóa)", "xã Nghĩa
    Hưng, Nghệ An"."""
    text = ward.sentence.text if ward.sentence else ""
    after = _OWN_PROVINCE.match(text, ward.end)
    if not after or not (gazetteer().find_province(after[1]) or gazetteer().former_province(after[1])):
        return None
    return after[1]


def settle_by_siblings(wards: list[Mention], hints: list[str], districts: list[str]) -> None:
    """A ward name several provinces had, which the article's own provinces do not settle, is placed by the
    wards named with it whose names only one province had: "UBND xã Đồng Khởi và Trí Bình" (Đồng Khởi is in
    Tây Ninh and Vĩnh Long, Trí Bình only in Tây Ninh). First, a ward with its own province written beside it is
    placed there, whatever the other provinces the article names: "xã Đông Thành (Nghệ An) và xã Vĩnh Tường (Phú
    Thọ)"."""
    for mention in wards:
        if (province := own_province(mention)) is None:
            continue
        found = mention.resolution
        if found is None or found.province.code not in _hint_codes([province]):
            again = resolve(mention, [province], districts)
            if again is not None and again.province.code in _hint_codes([province]):
                mention.resolution = again
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
        elif item and is_clue(seen[seen.index(item)]) and not is_clue(item):
            seen[seen.index(item)] = item  # the outlet's province, named or implied by the text too: no longer weak
    return seen


def bare_province(mention: Mention) -> bool:
    """A province named without its level word where the visit goes ("Chiều 28/2, tại Hà Tĩnh, Phó Thủ tướng làm
    việc với lãnh đạo tỉnh", or a headline's "Ban X khảo sát tại Phú Thọ"): taken as the province, which counts only
    if no lower unit is visited."""
    if (found := resolve_province(mention.base)) is None:
        return False
    mention.level, mention.written, mention.resolution = "tỉnh", mention.base, found
    return True


def resolve_province(name: str) -> Resolution | None:
    """The province, today's or an old one, called `name`."""
    places = gazetteer()
    if not (places.find_province(name) or places.former_province(name)):
        return None
    return places.resolve(name, "tỉnh")
