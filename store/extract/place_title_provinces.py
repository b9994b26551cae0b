"""A headline that names the provinces visited bare after "ở": "Phó Thủ tướng khảo sát tiến độ cao tốc ở A, B".

`place_mentions` reads bare names only after "tại", "đến" and "với", where a visit names its place; "ở" is left out
because in the text it places anything ("người dân ở xã A", "ở Thoại Sơn có 2 xã đạt ..."). In a headline, after a
visit's verb, "ở" names where the trip went, and a national leader's trip through two provinces is often written
so, the text naming only the works visited ("đoạn qua hai tỉnh"). Only provinces, old or new, are taken here, one or
a list joined by commas and "và"; a lower unit named so is left to the text. As with every province, one counts only
when no lower unit is visited (`place_choice`).
"""

from __future__ import annotations

import re

from .place_context import resolve_province
from .place_mentions import Mention

_AFTER_O = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc|thăm)\b[^.;:]{0,80}?\bở\s+", re.IGNORECASE)
_NAME = re.compile(r"[A-ZĐÀ-Ỹ][\w'’-]*(?:[ \t]+[A-ZĐÀ-Ỹ][\w'’-]*){0,3}")
_LINK = re.compile(r"\s*(?:,\s*và|,|và)\s+")


def title_provinces(title: str) -> list[Mention]:
    """The provinces a headline names bare after a visit's verb and "ở", as bare mentions of the title."""
    cue = _AFTER_O.search(title)
    if cue is None:
        return []
    out: list[Mention] = []
    position = cue.end()
    while (name := _NAME.match(title, position)) and resolve_province(name[0]) is not None:
        out.append(Mention(name[0], None, name[0], name.start(), name.end(), None, True, bare=True))
        link = _LINK.match(title, name.end())
        if link is None:
            break
        position = link.end()
    return out
