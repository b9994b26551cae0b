"""A gift told in a sentence of its own with no subject: the giver is the one the sentence before opened on.

"Đoàn đã đến thăm và khảo sát tiến độ xây nhà ... Đồng thời trao tặng thêm 2 triệu đồng để mừng nhà mới": the second
sentence has no subject, so `figure_givers`, which reads the giver inside the clause, found none and kept the sum
(session 28 fresh53 v05, left open by sessions 30 and 31's first rounds). The sentence goes on from the one before,
and a sentence that opens on a giver — the visiting team, a firm, a sponsor, a named official — lends it that giver:
the gift is read as if the giver were written ("Đoàn trao tặng thêm 2 triệu đồng"), so the other gift rules decide
(a rate or the people reached stay figures). A sentence before that opens on the place ("UBND xã đã hỗ trợ 120 hộ.
Đồng thời hỗ trợ ...") lends no giver, and its support stays the place's work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .figure_givers import _GIVER, _GIVING, given_by_a_giver
from .text import Sentence

__all__ = ["gifts_carried_on"]


class _Draft(Protocol):
    @property
    def sentence(self) -> Sentence: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def figure(self) -> dict: ...


D = TypeVar("D", bound=_Draft)

_GOES_ON = re.compile(r"^\W*(?:Đồng thời|Ngoài ra|Bên cạnh đó|Cùng với đó|Cũng (?:trong )?dịp này)\s*,?\s*"
                      r"(?:(?:đoàn\s+)?(?:còn|cũng)\s+)?(?=" + _GIVING + r")", re.IGNORECASE)
"""The sentence opens on "Đồng thời", "Ngoài ra" ... and then straight on the giving verb: no subject of its own."""
_OPENS_ON_A_GIVER = re.compile(r"^\W*(?:(?:sáng|chiều|tối|trưa|ngày|cùng ngày|tại đây|dịp này)[^,.;]{0,40},\s*)?"
                               r"(?:" + _GIVER + r")", re.IGNORECASE)
"""The sentence before opens on a giver, after at most a short opening ("Chiều cùng ngày, Đoàn ...")."""


def gifts_carried_on(found: list[D], sentences: Sequence[Sentence]) -> list[D]:
    """`found` without the gifts of a subject-less sentence whose giver is the one the sentence before opens on."""
    givers = {s.index + 1: m[0] for s in sentences if (m := _OPENS_ON_A_GIVER.match(s.text))}

    def carried(draft: D) -> bool:
        text = draft.sentence.text
        opening = _GOES_ON.match(text)
        giver = givers.get(draft.sentence.index)
        if opening is None or giver is None:
            return False
        said = giver.strip() + " " + text[opening.end():]  # the giver written back where the sentence left it out
        shift = len(giver.strip()) + 1 - opening.end()
        return given_by_a_giver(said, draft.start + shift, draft.end + shift, draft.figure["unit"])

    return [draft for draft in found if not carried(draft)]
