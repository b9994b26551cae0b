"""Election bodies counted side by side: "2.118 tổ bầu cử/2.119 khu vực bỏ phiếu" is two counts, not a share.

The house convention (tuned and held-out sets since session 4) counts an election's bodies as figures: constituencies
("đơn vị bầu cử"), polling areas ("khu vực bỏ phiếu"), the teams and boards that run them ("tổ bầu cử", "ban bầu
cử"), voters listed and people standing. A report on the preparations often writes the teams and the areas they serve
with a slash; a slash between a count and a larger one otherwise reads as a part of a whole ("4.206 tài khoản/5.918
hộ"), but one team runs one area, so the slash here pairs two counts of different bodies, each its own figure.
(Older real sets, s7-places-north and s7-places-south, list no such counts: their notes kept only files as figures.)
"""

from __future__ import annotations

import re

from .figure_units import UNIT_OF, UNIT_RE

__all__ = ["ELECTION_BODIES", "election_pair"]

ELECTION_BODIES = frozenset({"tổ bầu cử", "khu vực bỏ phiếu", "đơn vị bầu cử", "ban bầu cử", "ủy ban bầu cử"})


def election_pair(text: str, unit: str, after: re.Match[str]) -> tuple[int | float, str, int, int] | None:
    """(value, unit, start, end) of the count after the slash (`after`, its number in group 1) when it and the count
    before it, in `unit`, are both an election's bodies; else None."""
    if unit not in ELECTION_BODIES:
        return None
    other = UNIT_RE.match(text, after.end())
    if other is None or (other_unit := UNIT_OF.get(other[1].lower(), other[1])) not in ELECTION_BODIES or \
            other_unit == unit:
        return None
    number = after[1]
    value = float(number.replace(".", "").replace(",", ".")) if "," in number else int(number.replace(".", ""))
    return value, other_unit, after.start(1), other.end()
