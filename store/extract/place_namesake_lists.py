"""After the 2025 reform, the names listed after a former district's name read as a commune go on that list.

"tại xã Hoạt Giang, Hà Trung, Tống Sơn và xã Các Sơn": `place_mentions` ends the list of "xã Hoạt Giang" at "Hà Trung"
(a district's name, no commune's in the old lists) and reads that name as the district the commune lies in, so the
names after it are no mentions at all. Once the visit is known to be after 1 July 2025 and "Hà Trung" is read as
today's commune (`place_namesake_communes`), the names after it, up to the next level word, are the same list: each
is kept when the province has exactly one unit of that level by the name today. Before the reform nothing changes:
the district qualifies the commune and the names after it stay unread, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import Resolution, gazetteer, split_level
from .place_mentions import LEVEL, Mention, _name_after

if TYPE_CHECKING:
    from ..gazetteer import Unit

_LINK = re.compile(r"\s*(?:,\s*và|,|và)\s+")


def list_after_namesake(current: Mention, mentions: list[Mention]) -> None:
    """Add to `mentions` the communes (wards) listed after `current`, a former district's name just read as one."""
    sentence, found = current.sentence, current.resolution
    if sentence is None or found is None or current.level is None:
        return
    text, position, previous = sentence.text, current.end, current
    while (link := _LINK.match(text, position)) is not None:
        start = link.end()
        if LEVEL.match(text, start):
            return  # "..., Hà Trung và xã Tống Sơn": the next unit is written with its own level word
        taken = next((m for m in mentions if m.sentence is sentence and m.start <= start < m.end), None)
        name, end = _name_after(text, start)
        unit = _one_today(name, current.level, found) if name else None
        if unit is None:
            return
        if taken is not None and (taken.written.strip() != taken.base or taken.level not in ("huyện", "thị xã")):
            return  # a unit the list reader already has, or an office's name
        if taken is None:
            taken = Mention(text[start:end], current.level, name, start, end, sentence, previous.in_title)
            mentions.append(taken)
        taken.level, taken.qualifier, taken.continuation = current.level, False, True
        taken.resolution = Resolution(current.level, found.province, unit)
        taken.name = f"{current.level} {taken.base}"
        position, previous = taken.end, taken


def _one_today(name: str, level: str, found: Resolution) -> Unit | None:
    """The one unit of `level` named `name` in the province of `found` today; None for none or two."""
    today = [unit for unit, _ in gazetteer().find_wards(name, found.province.code)
             if split_level(unit.name)[0] == level]
    return today[0] if len(today) == 1 else None
