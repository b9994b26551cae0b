"""A district a headline lists beside its commune with "và": "giám sát ... tại xã A và huyện B" visits both.

A headline's unit that the text names only as where the visited units lie ("tại hai xã A và B huyện X", then "xã A
(huyện X)") qualifies them and is no visit of its own (`place_choice`). Joined to a lower unit by "và", the district
is a second item of the headline's list of places (the team met its committee too, often later the same day): fresh76
v01, "tại xã Hưng A và huyện Vĩnh Lợi" over a lead naming only "xã Vĩnh Hưng A (huyện Vĩnh Lợi)". A comma alone
("tại xã A, huyện B") still qualifies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..levels import DISTRICT_LEVELS, WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["joined_in_title"]

_JOINED = re.compile(r"\s*,?\s+và\s+", re.IGNORECASE)


def joined_in_title(mention: Mention, titled: list[Mention], title: str) -> bool:
    """Whether `mention`, a district in the headline, follows a commune or ward of the headline with only "và"."""
    if not mention.in_title or mention.level not in DISTRICT_LEVELS:
        return False
    before = [m for m in titled if m.in_title and m.end <= mention.start]
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    return last.level in WARD_LEVELS and bool(_JOINED.fullmatch(title[last.end:mention.start]))
