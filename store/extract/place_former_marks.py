"""A former district marked as gone after the commune it qualifies: "tại xã A, huyện B cũ và xã C".

After the 2025 reform a report names a commune with the district it lay in, marked as no longer there ("huyện B
cũ", "huyện B (cũ)", "huyện B trước đây"), then goes on with the next commune. The district only qualifies the
commune before it, and `place_choice._next_in_list` steps over it; but the mark after it stayed in the gap between
the two communes, so the gap was no list's joint and the commune after "và" (or ";") was lost (session 33,
places13 pinned it). The mark is dropped together with the unit it follows; a mark elsewhere ("xã A cũ"), a word
that only starts alike ("cũng") or anything else after the district (", nay là" with no brackets, "đề nghị") leaves
the gap as it was. Session 34 (places16) added the reform named as the line ("(trước sắp xếp)", "trước khi sáp
nhập", "(trước ngày 1/7/2025)") and a bracket saying what the district is now ("(nay thuộc tỉnh E)"), whose unit
is no member of the list (`now_bracketed`).
"""

from __future__ import annotations

import re

__all__ = ["drop_qualifier", "now_bracketed"]

_BEFORE_REFORM = r"trước\s+(?:khi\s+|ngày\s+)?(?:sắp xếp|sáp nhập|hợp nhất|1/7/2025)(?:\s+(?:đơn vị hành chính|ĐVHC))?"
"""The reform named as the line the unit did not outlive: "trước sắp xếp", "trước khi sáp nhập", "trước ngày 1/7/2025"
(session 34, places16)."""
_FORMER_MARK = (r"(?:\s*\(\s*(?:cũ|trước đây|trước kia|" + _BEFORE_REFORM + r"|nay (?:là|thuộc)\s[^()]{1,60})\s*\)|"
                r"\s*,?\s+(?:cũ|trước đây|trước kia|" + _BEFORE_REFORM + r")(?![\w]))")
"""The mark of the past right after a unit's name: " cũ", " (cũ)", " trước đây", " (trước đây)", " (trước sắp xếp)",
" trước khi sáp nhập", or in brackets what it is now, " (nay là xã D)": the bracket only says where the unit went."""


def drop_qualifier(gap: str, qualifier: str) -> str:
    """`gap` without the qualifying unit's words `qualifier` and the mark of the past right after them."""
    return re.sub(re.escape(qualifier) + _FORMER_MARK + "?", "", gap, count=1, flags=re.IGNORECASE)


_NOW_OPENING = re.compile(r"\(\s*nay\s+(?:là|thuộc)\s[^()]{0,60}$", re.IGNORECASE)


def now_bracketed(start: int, end: int, text: str) -> bool:
    """The unit at `text[start:end]` only says, in brackets, what a unit before it is now: "huyện B (nay là xã D)",
    "(nay thuộc tỉnh E)". It is no member of the list the bracket stands in (session 34, places16)."""
    return bool(_NOW_OPENING.search(text, max(0, start - 70), start)) and ")" in text[end:end + 40].split("(")[0]
