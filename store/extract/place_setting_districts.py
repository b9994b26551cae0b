"""A district that opens the lead as its setting ("Tại huyện X, Đoàn ... tại xã A") is where the visited commune lies,
no visit of its own.

Local papers open with the district and then name the commune the delegation went to (real: a provincial council
committee at xã Quơn Long, "Tại huyện Chợ Gạo, Đoàn giám sát ... tại xã Quơn Long"), often with a photo caption
"... làm việc tại huyện X" beside it; the district qualifies the commune as "xã A, huyện X" would. When the district
is all the lead names ("Tại huyện X, Ban ... làm việc với UBND huyện"), no ward is chosen and it stays the visit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..levels import DISTRICT_LEVELS, WARD_LEVELS

if TYPE_CHECKING:
    from collections.abc import Callable

    from .place_mentions import Mention
    from .text import Sentence

__all__ = ["setting_only"]

_SETTING_BEFORE = re.compile(r"^\W*(?:\([^()]{1,16}\)\s*)?tại\s+$", re.IGNORECASE)
"""What opens the sentence before the district: "Tại", after an outlet's bracketed tag ("(THTG) Tại huyện X")."""


def _setting(mention: Mention, wards: list[Mention]) -> bool:
    """Whether `mention` opens its sentence as "Tại huyện X," and a chosen ward of its province comes after it there."""
    sentence = mention.sentence
    if sentence is None or mention.in_title or mention.level not in DISTRICT_LEVELS or mention.resolution is None:
        return False
    text = sentence.text
    if not _SETTING_BEFORE.match(text[:mention.start]) or not text[mention.end:].lstrip().startswith(","):
        return False
    province = mention.resolution.province.code
    return any(w.sentence is sentence and w.start > mention.end and w.resolution is not None and
               w.resolution.province.code == province for w in wards)


def setting_only(chosen: list[Mention], ordered: list[Mention], sentences: list[Sentence],
                 is_visit: Callable[[Mention, int], bool]) -> set[tuple]:
    """The keys of the districts in `chosen` named only as the setting of a ward's visit, when no other mention of them
    in a sentence of the text (a photo caption is none) is a visit: `is_visit(mention, index in ordered)`."""
    wards = [m for m in chosen if m.level in WARD_LEVELS]
    settings = {m.key for m in ordered if _setting(m, wards)}
    told = {id(s) for s in sentences}
    return {key for key in settings if not any(
        m.key == key and not m.in_title and not _setting(m, wards) and m.sentence is not None and
        id(m.sentence) in told and is_visit(m, index) for index, m in enumerate(ordered))}
