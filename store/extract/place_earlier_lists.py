"""A ward merged away before 2025 named in one list with its old neighbours: "trên địa bàn 3 phường Mỹ Hòa, Đông Xuyên
và Mỹ Xuyên" (Long Xuyên, 2024).

The list of units merged before 2025 (`earlier_wards`) says where such a ward was, never what it became, so it was
placed in its province only. A report that lists it with wards of the same old district writes of one
neighbourhood; when those wards (two at least) all became the same ward of today, the merged one, which lay between
them and was joined to one of its neighbours, is part of that ward too. Only a city's wards ("phường"): the 2025
arrangement joined a city's wards into few, so a merged ward's neighbours' one ward is almost surely its own; a rural
commune's ("xã Đức Lợi, Đức Thạnh, Đức Chánh", merged before 2025, t765) stays in its province, the communes
around it having gone several ways. A list whose wards went to different wards of today, or a ward of another
district, settles nothing.
"""

from __future__ import annotations

import re

from ..earlier_wards import earlier_wards
from ..folding import fold
from ..gazetteer import Resolution
from .place_mentions import Mention

_BETWEEN = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:(?:phường|xã|thị trấn|P\.)\s*)?", re.IGNORECASE)
"""What separates two names of one list: a comma or "và", with the level word repeated or not."""
_WARD_LEVELS = ("phường", "xã", "thị trấn")
"""(A city or district in the same list, "thành phố A, phường B, phường C", is the wards' own, not a neighbour.)"""


def settle_earlier_in_lists(mentions: list[Mention]) -> None:
    """Place each merged-away ward of a list in the one ward of today its listed neighbours became."""
    for mention in mentions:
        found = mention.resolution
        if found is None or found.ward is not None or mention.level != "phường" or mention.sentence is None:
            continue
        neighbours = [m for m in _list_of(mention, mentions) if m is not mention and m.level in _WARD_LEVELS]
        if len(neighbours) < 2 or not all(m.resolution and m.resolution.ward and m.resolution.former_ward
                                          for m in neighbours):
            continue
        became = {m.resolution.ward.code: m.resolution for m in neighbours if m.resolution and m.resolution.ward}
        olds = {(fold(m.resolution.former_ward.district), m.resolution.former_ward.old_province)
                for m in neighbours if m.resolution and m.resolution.former_ward}
        if len(became) != 1 or len(olds) != 1:
            continue
        district, province = next(iter(olds))
        if not any(fold(w.district) == district and w.old_province == province
                   for w in earlier_wards(mention.base, mention.level)):
            continue  # not a ward merged away in that district: some other unit
        today = next(iter(became.values()))
        mention.resolution = Resolution(found.level, today.province, today.ward, found.former_province)


def _list_of(mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """The mentions of `mention`'s sentence that form one list with it, in order."""
    same = sorted((m for m in mentions if m.sentence is mention.sentence and not m.in_title), key=lambda m: m.start)
    text = mention.sentence.text if mention.sentence is not None else ""
    if mention not in same:
        return [mention]
    i = j = same.index(mention)
    while i > 0 and _BETWEEN.fullmatch(text[same[i - 1].end:same[i].start]):
        i -= 1
    while j + 1 < len(same) and _BETWEEN.fullmatch(text[same[j].end:same[j + 1].start]):
        j += 1
    return same[i:j + 1]
