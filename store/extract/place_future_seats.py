"""A bracketed remark that names what a visited office will become, in a list of offices surveyed (real pages, 2025).

Before the 2025 mergers leaders surveyed the offices to be kept: "khảo sát tại phường A, quận X (dự kiến bố trí trụ
sở phường B sau sáp nhập); xã C, huyện Y (dự kiến là trụ sở xã D sau sáp nhập); ...". The unit in the bracket is
the plan for the seat, not a place the team went to; and the bracket, longer than the short remarks `place_choice`
lets stand between two units of one list, must not end the list: A, C and the rest are all visited.
"""

from __future__ import annotations

import re

from .place_mentions import Mention

__all__ = ["drop_future_seats", "mark_future_seats"]

_REMARK = re.compile(r"\(\s*(?:dự kiến|dự định|sẽ|sau (?:khi )?(?:sáp nhập|sắp xếp))\b[^()]{0,160}\)", re.IGNORECASE)
"""A bracket that says what is planned ("(dự kiến là trụ sở xã B sau sáp nhập)", "(sẽ là trụ sở phường B)")."""


def mark_future_seats(mentions: list[Mention]) -> None:
    """A unit named inside such a remark only qualifies the office before it: no visit of its own."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in mentions:
        if mention.sentence is None or mention.in_title:
            continue
        found = spans.setdefault(id(mention.sentence),
                                 [(m.start(), m.end()) for m in _REMARK.finditer(mention.sentence.text)])
        if any(start < mention.start and mention.end < end for start, end in found):
            mention.qualifier = True


def drop_future_seats(gap: str) -> str:
    """The words between two listed units without the remark on the first one's future seat."""
    return _REMARK.sub("", gap)
