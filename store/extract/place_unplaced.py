"""A listed unit the gazetteer does not know, kept in the province of the units listed with it.

"xã Tam Lộc, Tam Vinh và Tam Phước", "huyện Hòa An và huyện Quảng Uyên": a commune renamed or merged before the lists
the project holds, or a district merged away in 2020, does not resolve, and was dropped from the visit although the
text lists it with the others. When every resolved unit of its list (same sentence, same level, joined to it by "," or
"và") lies in one province, it is kept there, as written and without a ward code: the province is sure, the unit of
today is not known.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import DISTRICT_LEVELS, WARD_LEVELS, Resolution

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["placed_by_its_list"]

_JOIN = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*và|,|và|;)\s*", re.IGNORECASE)


def placed_by_its_list(mention: Mention, mentions: list[Mention]) -> Resolution | None:
    """The province of the units `mention` is listed with, if they resolve to one; its unit unknown."""
    if mention.resolution is not None or mention.sentence is None or mention.bare or mention.qualifier:
        return None
    if mention.level not in WARD_LEVELS and mention.level not in DISTRICT_LEVELS:
        return None
    if len(mention.base.split()) > 4 or not mention.base[:1].isupper():
        return None
    same = sorted((m for m in mentions if m.sentence is mention.sentence and not m.in_title and not m.qualifier
                   and m.level == mention.level), key=lambda m: m.start)
    at = same.index(mention)
    text = mention.sentence.text
    siblings: list[Mention] = []
    for step in (-1, 1):  # walk the list both ways while only a separator stands between two of its units
        index = at
        while 0 <= index + step < len(same):
            left, right = (same[index + step], same[index]) if step < 0 else (same[index], same[index + step])
            if not _JOIN.fullmatch(_without_qualifiers(text, left, right, mentions)):
                break
            index += step
            siblings.append(same[index])
    provinces = {m.resolution.province.code: m.resolution for m in siblings if m.resolution is not None}
    if len(provinces) != 1:
        return None
    found = next(iter(provinces.values()))
    return Resolution(mention.level or "xã", found.province, None, found.former_province)


def _without_qualifiers(text: str, left: Mention, right: Mention, mentions: list[Mention]) -> str:
    """The text between two units of a list, less the district that qualifies the first ("xã A, huyện X và xã B")."""
    gap = text[left.end:right.start]
    for other in mentions:
        if other.qualifier and other.sentence is left.sentence and left.end <= other.start and other.end <= right.start:
            gap = gap.replace(text[other.start:other.end], "", 1)
    return gap
