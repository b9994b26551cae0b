"""A province-level city written right after one of its districts places that district: "quận A thành phố X".

`place_mentions` takes a unit after a comma, a bracket or a dash as the place of the one before it only when its
level ranks higher ("phường A, quận B"); a "thành phố" ranks with districts, since most cities were districts'
peers. A city that is a province ("thành phố Cần Thơ", "Thành phố Hà Nội") after a district ("quận Ninh Kiều
thành phố Cần Thơ", "quận Đống Đa (Thành phố Hà Nội)") ranks above it: it only says where the district lies, and
the district is the unit the sentence speaks of. A city that was also a district-level city ("TP Huế") is left
as written.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from ..gazetteer import gazetteer

if TYPE_CHECKING:
    from .place_mentions import Mention

_DISTRICTS = ("quận", "huyện", "thị xã")


def qualify_province_cities(found: list[Mention], text: str) -> None:
    """Mark as qualifier each province-level city named right after a district of `text` (a space, a comma, "(")."""
    for previous, current in pairwise(sorted(found, key=lambda m: m.start)):
        if previous.level not in _DISTRICTS or current.level != "thành phố" or current.qualifier:
            continue
        if not re.fullmatch(r"\s*[,(]?\s*", text[previous.end:current.start]):
            continue
        if gazetteer().find_province(current.base) is not None and not gazetteer().names_a_district(current.base):
            current.qualifier = True
