"""Former communes of one list that are one commune today: one place, written with every name the list gives it.

"tại các xã Văn Sơn, Thịnh Sơn và Hòa Sơn" (2020): Văn Sơn and Thịnh Sơn were merged in 2025 into xã Đô Lương, so the
two mentions share today's ward and its key (`Mention.key`), and the record kept the first name only: the page's
second commune was lost from what the draft says. A record keeps each of today's wards once (the scorer, the ward
filter and the charts count wards), so the place stays one, and its name, which is the unit as the report writes it
(data/schema.json), lists the former names the list gives it: "xã Văn Sơn, xã Thịnh Sơn". Only names of the same list
are joined (the text between them is a comma or "và", with the level word again or not), each resolved through a
former commune: today's commune named beside a former one ("xã Hương Sơn ... trụ sở xã Sơn Phú cũ") keeps its own
name, and communes of one list that became different units stay different places (their keys differ).
"""

from __future__ import annotations

import re

from ..folding import fold
from .place_mentions import Mention

__all__ = ["listed_names"]

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+|;\s*)(?:(?:xã|phường|thị trấn)\s+)?$", re.IGNORECASE)
"""What stands between two names of one list: ", ", " và ", ", và ", the level word again or not."""


def listed_names(mention: Mention, mentions: list[Mention]) -> str:
    """`mention`'s name, joined by the names of the later members of its list that are the same commune today and
    were each a commune of their own (see the module's note)."""
    found = mention.resolution
    if found is None or found.ward is None or found.former_ward is None or mention.sentence is None or \
            mention.in_title:
        return mention.name
    text = mention.sentence.text
    same = sorted((m for m in mentions if m.sentence is mention.sentence and not m.in_title and
                   m.start > mention.start), key=lambda m: m.start)
    names, seen, end = mention.name.split(", "), {fold(mention.base)}, mention.end  # joined once, read again as is
    for other in same:
        if other.start < end:
            continue
        if not _LIST_GAP.fullmatch(text[end:other.start]):
            break
        end = other.end
        if other.key == mention.key and not other.qualifier and other.resolution is not None and \
                other.resolution.former_ward is not None and fold(other.base) not in seen and other.name and \
                other.name not in names:
            names.append(other.name)
            seen.add(fold(other.base))
    return ", ".join(names)
