"""The stops of a round told after a bare "một số UBND xã": the one said to be among them, and each later unit that
opens its sentence as the next stop.

"Đoàn kiểm tra ... tại một số UBND xã của huyện X. Trong đó, tại UBND xã A, ... Đối với UBND xã B, khi đoàn đến,
...": the lead names no unit. "Trong đó, tại UBND xã A" says A is one of the units the lead went to (`among_them`),
whatever the rest of its sentence says; and when the first stop is only the first unit of the level the article
names (`place_choice`'s fallback), the units told after it were lost, although each opens its sentence as the
round's next stop ("Tại UBND xã B, ...", "Đối với UBND xã B, ...", "Riêng UBND xã B ..."), as they would after a
visited A (`later_stops`; s37-fresh79 v01). A unit named in passing ("như mô hình của xã C") opens no sentence and
stays out.

The district such a lead names ("tại một số UBND xã thuộc huyện X") only says where the round's units lie
(`where_the_round_lies`): when the units are named after, a headline's "tại huyện X" is no visit of its own, as a
district qualifying named communes is not ("tại hai xã A và B huyện X"; h1393's class, session 38). With no unit named
after, the district stays the place visited. "tại một số xã trên địa bàn huyện X" says the same (session 39: the
district was chosen by its own cue "trên địa bàn" and listed beside the communes told after, `lying_only`); a
district's own matter ("công tác ... trên địa bàn huyện X", no counted units before it) stays a visit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..levels import DISTRICT_LEVELS
from .place_cues import _SCENE_START
from .place_next_unit import opens_on_next_unit

if TYPE_CHECKING:
    from .place_mentions import Mention
    from .text import Sentence

_AMONG_THEM = re.compile(r"^\W*trong (?:đó|số đó|số này)\s*,\s*(?:tại|ở)\s+(?:trụ sở\s+)?"
                         r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+)?$", re.IGNORECASE)
"""A unit among those the sentence before went to: "Trong đó, tại UBND xã A, ..."."""


_ROUND_OF = re.compile(r"\b(?:một số|một vài|các|những|\d+|hai|ba|bốn|năm)\s+(?:trụ sở\s+)?"
                       r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:xã|phường|thị trấn)"
                       r"(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn))*\s+(?:thuộc|của|trên địa bàn)\s+$", re.IGNORECASE)
"""Units of a level written bare and counted, then where they lie: "một số UBND xã thuộc", "các phường, xã của",
"một số xã trên địa bàn" (a district's own matter, "công tác ... trên địa bàn huyện X", counts no units: it stays)."""


def where_the_round_lies(mention: Mention) -> bool:
    """Whether `mention`, a district, is named only as where some bare units of a round lie ("tại một số UBND xã
    thuộc huyện X")."""
    sentence = mention.sentence
    return sentence is not None and mention.level in DISTRICT_LEVELS and \
        _ROUND_OF.search(sentence.text[max(0, mention.start - 80):mention.start]) is not None


def lying_only(chosen: list[Mention], ordered: list[Mention], is_visit: Callable[[Mention, int], bool]) -> set[tuple]:
    """The keys of the districts in `chosen` named only as where a round's units lie ("tại một số xã trên địa bàn huyện
    X", its own visit cue), when no other mention of them in the text is a visit ("Sau đó, đoàn làm việc với UBND huyện
    X"): `is_visit(mention, index in ordered)`."""
    lying = {m.key for m in chosen if where_the_round_lies(m)}
    return {key for key in lying if not any(m.key == key and not m.in_title and not where_the_round_lies(m) and
                                            is_visit(m, index) for index, m in enumerate(ordered))}


def among_them(mention: Mention, bare_refs: list[tuple[str, Sentence | None]]) -> bool:
    """Whether `mention` opens its sentence as one of the units of its level a sentence before it went to bare."""
    sentence = mention.sentence
    if sentence is None or mention.in_title or not _AMONG_THEM.match(sentence.text[:mention.start]):
        return False
    return any(level == mention.level and bare is not None and bare.index < sentence.index
               for level, bare in bare_refs)


def later_stops(first: Mention, ordered: list[Mention]) -> list[Mention]:
    """The units after `first` (the round's first stop, already visited) that open a sentence as its next stop."""
    stops: list[Mention] = []
    keys = {first.key}
    for index, mention in enumerate(ordered):
        if mention.order <= first.order or mention.resolution is None or mention.in_title or mention.qualifier or \
                mention.level != first.level or mention.key in keys or mention.sentence is None or \
                mention.sentence is first.sentence:
            continue
        text = mention.sentence.text
        if (mention.start <= 150 and _SCENE_START.match(text[:mention.start])) or \
                opens_on_next_unit(mention, ordered[:index], text):
            mention.visited = True
            keys.add(mention.key)
            stops.append(mention)
    return stops
