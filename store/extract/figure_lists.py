"""Parts listed after "trong đó" past ";", and a part's own parts after "gồm".

Inside a list that "trong đó" opens in brackets, or with a colon ("trong đó: A 31 vụ việc; B 5 vụ việc"), the ";"
separates items of the one list, not clauses with wholes of their own. And "trong đó 19,2 ha ... gồm 15,4 ha và
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
    return colon is not None and "(" not in text[colon.end():semicolon] and ")" not in text[colon.end():semicolon]


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
