"""A unit's name run into the official's name after it: "Chủ tịch UBND tỉnh Hậu Giang Lê Tiến Châu kiểm tra ...".

The words after a level word are taken as the unit's name while they are capitalised, so the name of the official
written after the office ("<chức vụ> tỉnh X <họ tên>") becomes part of the province's, which then resolves to nothing:
the article loses its province, and a district it names in passing was taken as the visited unit instead. When the
whole name is no province and its first words are one, followed by at least two more capitalised words (a person's
name has two to four), the mention is cut back to the province.

The same holds for a centrally run city ("Chủ tịch UBND TP Đà Nẵng Lê Trung Chinh", "UBND TP. Huế Nguyễn Thanh
Bình": a province by its rank) and for a district or a provincial city ("Chủ tịch UBND huyện Nghi Xuân Lê Quốc
Khánh"), whose names are shorter and more often a person's too: there the words cut off must open with a surname
(session 25, fresh42: a city's chairman checking its projects "trên địa bàn TP" listed no place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..gazetteer import gazetteer
from .person_names import NAME_SURNAMES

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["cut_run_on_names"]

_DISTRICTS = ("huyện", "quận", "thị xã", "thành phố")


def _unit_words(mention: Mention, words: list[str]) -> int:
    """How many of the first words name the unit, with a person's name after them; 0 when they do not."""
    places = gazetteer()
    for size in (3, 2, 1):
        rest = words[size:]
        if not 2 <= len(rest) <= 4:
            continue
        place = " ".join(words[:size])
        if mention.level == "tỉnh" and places.find_province(place) is not None:
            return size
        if mention.level in _DISTRICTS and rest[0].lower() in NAME_SURNAMES and \
                (mention.level == "thành phố" and places.find_province(place) is not None or
                 mention.level in places.district_levels(place)):
            return size
    return 0


def cut_run_on_names(mentions: list[Mention]) -> None:
    """Cut each province's, city's or district's mention whose name runs on into a person's name back to the unit."""
    places = gazetteer()
    for mention in mentions:
        if mention.level not in ("tỉnh", *_DISTRICTS) or mention.bare:
            continue
        words = mention.base.split()
        if len(words) < 3 or places.find_province(mention.base) is not None or \
                mention.level != "tỉnh" and places.names_a_district(mention.base):
            continue
        if mention.level == "tỉnh" and len(words) < 4:
            continue
        size = _unit_words(mention, words)
        if size:
            base = " ".join(words[:size])
            cut = len(mention.base) - len(base)
            mention.base, mention.written, mention.end = base, mention.written[:-cut].rstrip(), mention.end - cut
            mention.office_of_holder = mention.level != "tỉnh"  # counted last (`place_choice`)
