"""A part of a school's or an office's staff counted by another word than its whole.

"Trường có 33 cán bộ, giáo viên, nhân viên, trong đó có 12 đồng chí là lao động hợp đồng": the whole counts staff
("cán bộ"), the part people ("đồng chí", "người") or another kind of staff ("giáo viên"). `figure_wholes` pairs a
part only with a whole of its own unit's family, so such a part went without its whole. Here a part after "trong
đó" whose unit counts people takes the last people count before "trong đó", when no other count stands between
them (nor a ";") and the part is no larger. Counts of anything else keep to their family.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_layout import IN_WHICH

if TYPE_CHECKING:
    from .figure_wholes import Kinds, Layout

STAFF_UNITS = {"cán bộ", "công chức", "giáo viên", "lao động", "người", "đảng viên", "đối tượng"}
"""Units that count people at work or people at all: one another's wholes after "trong đó"."""


def staff_whole(text: str, start: int, figure: dict, kinds: Kinds, layout: Layout) -> float | int | None:
    """The staff count a people count after "trong đó" is part of, when the two are written with different words."""
    if figure["unit"] not in STAFF_UNITS:
        return None
    in_which = layout.last_before(layout.in_which, start)
    opened = IN_WHICH.match(text, in_which) if in_which is not None else None
    if opened is None or ";" in text[opened.start():start] or \
            not re.fullmatch(r"\s*,?\s*(?:có\s+)?(?:(?:hơn|trên|gần|khoảng)\s+)?", text[opened.end():start],
                             re.IGNORECASE):
        return None  # the part comes right after "trong đó (có)" or its kin (`IN_WHICH`): "trong đó có 12 đồng chí"
    before = [d for drafts in kinds.drafts.values() for d in drafts if d.end <= opened.start()]
    if not before:
        return None
    whole = max(before, key=lambda d: d.end)
    if whole.figure["unit"] not in STAFF_UNITS or whole.figure["unit"] == figure["unit"] or "of" in whole.figure or \
            whole.figure["value"] < figure["value"]:
        return None  # the same word: `figure_wholes` pairs it; another kind of count: no whole of people
    return whole.figure["value"]
