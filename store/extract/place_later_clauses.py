"""A stop still to come told in the visit's own sentence: "Sáng 12/3, đoàn làm việc với xã A; chiều mai, đoàn làm
việc với xã B".

`place_choice` drops a unit named after "sẽ ... làm việc" or after a sentence that opens on a day to come ("Ngày mai,
đoàn ...", session 30 rel1) only when a unit told in an EARLIER sentence was visited: a page that names its stops
to come in their own sentence. Told in the same sentence, after a semicolon or a comma ("...; chiều mai, đoàn làm
việc với UBND xã B", "..., tuần tới đoàn sẽ giám sát tại xã B"), the next stop was read as a second visit. Here the
clause that tells what is to come is found in the sentence, and a unit is a stop to come when a unit before that
clause, in the same sentence, was already taken as visited. A same-day stop ("; chiều cùng ngày, đoàn làm việc với
xã B") or one with its own written day ("; chiều 13/3, ...") opens no such clause and stays visited.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["later_in_its_sentence"]

_LATER_CLAUSE = re.compile(
    r"(?:[;,]|\svà)\s*(?:(?:vào\s+)?(?:(?:ngày|sáng|chiều|tối|trưa)\s+mai|(?:trong\s+)?tuần\s+(?:tới|sau)|tới\s+đây)\b|"
    r"[^.;,]{0,40}?\b(?:sẽ|dự\s+kiến)\s+(?:tiếp\s+tục\s+)?(?:\S+\s+){0,2}?(?:giám\s+sát|khảo\s+sát|kiểm\s+tra|làm\s+việc|"
    r"đến|về)\b)[^.;]*$", re.IGNORECASE)
"""The clause the unit is in, opened after a semicolon, a comma or "và" by a day to come or by "sẽ|dự kiến <verb>"."""


def later_in_its_sentence(mention: Mention, earlier: list[Mention]) -> bool:
    """Whether `mention` is a stop still to come told after a unit visited earlier in its own sentence."""
    if mention.sentence is None:
        return False
    clause = _LATER_CLAUSE.search(mention.sentence.text, 0, mention.start)
    return clause is not None and any(
        m.visited and m.sentence is mention.sentence and m.end <= clause.start() and m.key != mention.key
        for m in earlier)
