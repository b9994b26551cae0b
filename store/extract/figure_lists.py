"""Parts listed after "trong đó" past ";", and a part's own parts after "gồm".

Inside a list that "trong đó" opens in brackets, or with a colon ("trong đó: A 31 vụ việc; B 5 vụ việc"), or whose
next part is named by the same noun ("trong đó hộ nghèo là 139 hộ; hộ cận nghèo là 335 hộ"), the ";" separates items
of the one list, not clauses with wholes of their own. And "trong đó 19,2 ha ... gồm 15,4 ha và
3,8 ha" splits the part the "gồm" follows, not the total before "trong đó". Kept apart from `figure_wholes` (which
asks these two questions while it looks for a whole) and `figure_lines` (parts on lines of their own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figure_wholes import Kinds

__all__ = ["list_goes_on", "whole_split_by_gom"]

_IN_WHICH = re.compile(r"\btrong (?:đó|số đó)\b", re.IGNORECASE)
_IN_WHICH_COLON = re.compile(r"\btrong (?:đó|số đó)\s*:", re.IGNORECASE)
_GOM = re.compile(r"\bgồm(?:\s+có)?\b", re.IGNORECASE)


def list_goes_on(text: str, semicolon: int) -> bool:
    """Whether the ";" at `semicolon` separates items of a list "trong đó" opened: inside a bracket still open
    ("(trong đó thu thuế 1,1 tỷ đồng; thu phí 0,4 tỷ đồng)") or after "trong đó:" with a colon."""
    opened = text.rfind("(", 0, semicolon)
    if opened >= 0 and ")" not in text[opened:semicolon] and _IN_WHICH.search(text, opened, semicolon):
        return True
    colon = next(reversed(list(_IN_WHICH_COLON.finditer(text, 0, semicolon))), None)
    if colon is not None and "(" not in text[colon.end():semicolon] and ")" not in text[colon.end():semicolon]:
        return True
    return _part_named_again(text, semicolon)


_FIRST_PART = re.compile(r"\btrong (?:đó|số đó)\s*,?\s*(?:(?:có|là)\s+)?(?:số\s+)?(?P<noun>[^\W\d]+)\s+[^\W\d]",
                         re.IGNORECASE)
_PART_AFTER = (r";\s*(?:số\s+)?{noun}(?:\s+(?!(?:đã|được|đang|sẽ|xã|phường)\b)[^\W\d]+){{1,4}}\s*(?:là|có|:)?\s*"
               r"(?:(?:hơn|trên|gần|khoảng)\s+)?\d")


def _part_named_again(text: str, semicolon: int) -> bool:
    """Whether the clause after the ";" at `semicolon` names another part the way the part after an earlier "trong
    đó" of its sentence was named, by the same noun and a qualifier of its own, then its count ("trong đó số hộ nghèo
    là 139 hộ, chiếm 3,07%; hộ cận nghèo là 335 hộ": s35 fresh74 v02). A clause of another noun ("; tổng số lao động
    ..."), or one with a verb of its own ("; hộ dân đã được hỗ trợ 50 hộ"), is no part of that list."""
    first = next(reversed(list(_FIRST_PART.finditer(text, 0, semicolon))), None)
    if first is None:
        return False
    return bool(re.compile(_PART_AFTER.format(noun=re.escape(first["noun"])), re.IGNORECASE).match(text, semicolon))


def whole_split_by_gom(text: str, start: int, in_which: int, family: str, value: float | int,
                       kinds: Kinds) -> float | int | None:
    """The part that "gồm" splits, when a "gồm" follows a count of the kind after "trong đó" and before `start`:
    "trong đó 19,2 ha đã cho thuê gồm 15,4 ha ...": 15,4 is of 19,2."""
    gom = next(reversed(list(_GOM.finditer(text, in_which, start))), None)
    if gom is None:
        return None
    split = kinds.last_ending_by(family, gom.start())
    if split is None or split.start <= in_which or value > split.figure["value"]:
        return None
    return split.figure["value"]
