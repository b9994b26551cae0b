"""A former district marked as gone after the commune it qualifies: "tại xã A, huyện B cũ và xã C".

After the 2025 reform a report names a commune with the district it lay in, marked as no longer there ("huyện B
cũ", "huyện B (cũ)", "huyện B trước đây"), then goes on with the next commune. The district only qualifies the
commune before it, and `place_choice._next_in_list` steps over it; but the mark after it stayed in the gap between
the two communes, so the gap was no list's joint and the commune after "và" (or ";") was lost (session 33,
places13 pinned it). The mark is dropped together with the unit it follows; a mark elsewhere ("xã A cũ"), a word
that only starts alike ("cũng") or anything else after the district ("nay là", "đề nghị") leaves the gap as it was.
"""

from __future__ import annotations

import re

__all__ = ["drop_qualifier"]

_FORMER_MARK = r"(?:\s*\(\s*(?:cũ|trước đây)\s*\)|\s+(?:cũ|trước đây)(?![\w]))"
"""The mark of the past right after a unit's name: " cũ", " (cũ)", " trước đây", " (trước đây)"."""


def drop_qualifier(gap: str, qualifier: str) -> str:
    """`gap` without the qualifying unit's words `qualifier` and the mark of the past right after them."""
    return re.sub(re.escape(qualifier) + _FORMER_MARK + "?", "", gap, count=1, flags=re.IGNORECASE)
