"""The made-of bracket between two units of one list: "UBND phường A (sáp nhập từ các phường B, C, A) và UBND phường D".

A merged unit is named with the old ones it was made of, in brackets (`place_merged_parts` marks them: no visits);
when the team went to two such units, the bracket of the first stands between it and the second, so the second was
no longer read as the next unit of the same list and was lost (s18 fresh24 v01). The bracket says what the unit
before it is, as a district's bracket does ("xã A (huyện X) và xã B"): the list goes on after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["made_of_brackets_dropped"]


def made_of_brackets_dropped(text: str, start: int, end: int, chain: list[Mention]) -> str:
    """`text[start:end]` without the brackets that hold former parts of a merged unit (mentions of `chain` marked
    `merged_part`); unchanged when it holds none."""
    spans: list[tuple[int, int]] = []
    for part in chain:
        if not part.merged_part or not start <= part.start < end:
            continue
        opening = text.rfind("(", start, part.start)
        closing = text.find(")", part.end, end)
        if opening < 0 or closing < 0 or ")" in text[opening:part.start]:
            continue  # not inside a bracket of this stretch: "A, được sáp nhập từ B; và C" is not read here
        spans.append((opening, closing + 1))
    if not spans:
        return text[start:end]
    kept, cursor = [], start
    for opening, closing in sorted(set(spans)):
        if opening < cursor:
            continue
        kept.append(text[cursor:opening])
        cursor = closing
    kept.append(text[cursor:end])
    return "".join(kept)
