"""Oversight named as one of a body's remits, a noun, not a visit made.

The Front's and the councils' own words list oversight with the other things they do: "công tác giám sát và phản
biện xã hội", "thực hiện Quyết định 217 ... về giám sát, phản biện xã hội", "hoạt động tham gia xây dựng chính
quyền, giám sát hoạt động của cơ quan nhà nước". A conference that reviews that work, or a notice read at a session
about it, reports no delegation at a place; what it says of "giám sát" is the name of the work. A team that names
its remit before it goes ("thực hiện chức năng giám sát, phản biện xã hội, Đoàn ... đã làm việc với UBND xã") is
still a visit: its other words ("làm việc với") say so.
"""

from __future__ import annotations

import re

_WITH_CRITICISM = re.compile(r"\s*(?:,|và|&)\s*phản biện\b", re.IGNORECASE)
"""Oversight and social criticism named together ("giám sát, phản biện xã hội", "giám sát và phản biện")."""

_AFTER_TAKING_PART = re.compile(r"\btham gia\s+(?:\S+\s+){0,2}?(?:xây dựng|góp ý)\b[^.;]{0,50}(?:,|\svà)\s*$",
                                re.IGNORECASE)
"""Oversight after the Front's other remit ("tham gia xây dựng chính quyền, giám sát ...", "tham gia góp ý xây
dựng Đảng, chính quyền và giám sát")."""


def named_as_a_remit(before: str, after: str) -> bool:
    """Whether the "giám sát" between `before` and `after` names the work among a body's remits (a noun)."""
    return bool(_WITH_CRITICISM.match(after) or _AFTER_TAKING_PART.search(before))
