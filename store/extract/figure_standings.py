"""Households of another standing after "trong đó" under a count of the poor are no part of it.

"toàn xã còn 63 hộ nghèo, ..., trong đó số hộ thoát nghèo là 17 hộ ..., hộ cận nghèo còn 22 hộ" (real: a provincial
council committee at xã Quơn Long, Tiền Giang): the near-poor are not poor, so a count of the poor never holds them
unless its own words count them too ("85 hộ nghèo và cận nghèo, trong đó 22 hộ cận nghèo"); those who escaped are
no longer among the poor that remain ("còn", "còn lại"), though they are among the poor a year started with ("Đầu
năm có 40 hộ nghèo, trong đó 9 hộ đã thoát nghèo": a part). Writers put such counts after "trong đó" as if parts;
read as parts, they would add up to a whole they are not in.
"""

from __future__ import annotations

import re

from ..folding import fold

__all__ = ["other_standing"]

_STANDING = re.compile(r"\b(?:thoat ngheo|can ngheo|ngheo)\b")
"""A household's standing, folded: escaped, near-poor or poor (tried in this order, so "cận nghèo" is not "nghèo")."""
_REMAINING = re.compile(r"\bcon(?: lai)?\s+$")
"""Just before the whole's number: what remains ("còn 63", "còn lại 72"), those who escaped already out of it."""
_CLAUSE_END = re.compile(r"[,;](?!\d)|\.(?!\d)|\bva\b")
"""Where a part's clause ends or the next part begins: a comma or full stop that is no decimal mark, or "và"."""


def other_standing(text: str, whole_start: int, in_which: int, start: int) -> bool:
    """Whether the count at `start`, after the "trong đó" at `in_which`, counts households of another standing than
    the count of the poor at `whole_start`: near-poor the whole's words leave out, or escaped ones under what
    remains."""
    folded = fold(text).lower()
    if len(folded) != len(text):
        return False  # positions would not carry over
    whole = {m.group() for m in _STANDING.finditer(folded, whole_start, in_which)}
    if "ngheo" not in whole:
        return False  # not a count of the poor ("120 hộ, trong đó 30 hộ nghèo, 12 hộ cận nghèo")
    begin = max([in_which] + [m.end() for m in _CLAUSE_END.finditer(folded, in_which, start)])
    end = next((m.start() for m in _CLAUSE_END.finditer(folded, start)), len(folded))
    part = {m.group() for m in _STANDING.finditer(folded, begin, end)}
    if "can ngheo" in part and "can ngheo" not in whole:
        return True
    remaining = _REMAINING.search(folded, max(0, whole_start - 12), whole_start) is not None
    return "thoat ngheo" in part and "thoat ngheo" not in whole and remaining
