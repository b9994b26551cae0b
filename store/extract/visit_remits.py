"""Oversight named as one of a body's remits, a noun, not a visit made.

The Front's and the councils' own words list oversight with the other things they do: "công tác giám sát và phản
biện xã hội", "thực hiện Quyết định 217 ... về giám sát, phản biện xã hội", "hoạt động tham gia xây dựng chính
quyền, giám sát hoạt động của cơ quan nhà nước". A conference that reviews that work, or a notice read at a session
about it, reports no delegation at a place; what it says of "giám sát" is the name of the work. A team that names
its remit before it goes ("thực hiện chức năng giám sát, phản biện xã hội, Đoàn ... đã làm việc với UBND xã") is
still a visit: its other words ("làm việc với") say so. And a session "với nội dung giám sát công tác X của UBND
phường" names what it oversees and whose work: the content of an oversight made, not the name of a remit.
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


_CONTENT_BEFORE = re.compile(r"\b(?:với|có)\s+nội dung\s+$", re.IGNORECASE)
_WORK_OF_A_COMMITTEE = re.compile(r"\s+(?:công tác|việc|tình hình|hoạt động)\b[^.;]{0,160}?\bcủa\s+"
                                  r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\b", re.IGNORECASE)
"""What a session oversees and whose work ("với nội dung giám sát công tác tiếp nhận ... của UBND phường")."""


def oversees_a_committees_work(before: str, after: str) -> bool:
    """Whether "giám sát" after "với nội dung" oversees a people's committee's work (a visit's content, no noun)."""
    return bool(_CONTENT_BEFORE.search(before) and _WORK_OF_A_COMMITTEE.match(after))
