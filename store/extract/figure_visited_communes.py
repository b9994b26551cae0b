"""The communes the team visited, counted again as having done a step: no result of the place.

"... đã kiểm tra công tác chuẩn bị bầu cử của các xã A, B, C, D, E, G, H. Theo báo cáo, 7 xã đã triển khai đầy đủ các
nội dung ...": the seven are the communes the team went to, whose report it heard, and counts of units visited are
no figures (the house convention). `figure_reach` reads "N xã đã thành lập|triển khai ..." as a result of the place
(session 31); here that reading is undone when N is exactly the number of communes and wards the visit lists, two
or more (s30 fresh62 v03). A count of another size ("95 xã, phường" beside a province's session) stays a result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

from ..gazetteer import WARD_LEVELS
from .figure_reach import STEP_DONE_AFTER
from .text import Sentence

if TYPE_CHECKING:
    from .places import Places

__all__ = ["visited_communes_dropped"]

_COMMUNE_UNITS = frozenset({"xã", "phường", "thị trấn", "đặc khu", "xã, phường", "phường, xã", "xã, thị trấn",
                            "xã, phường, đặc khu", "xã, phường, thị trấn"})


class _Draft(Protocol):
    @property
    def sentence(self) -> Sentence: ...
    @property
    def end(self) -> int: ...
    @property
    def figure(self) -> dict: ...


D = TypeVar("D", bound=_Draft)


def visited_communes_dropped(found: list[D], places: Places) -> list[D]:
    """`found` without a count of communes that have done a step when it counts exactly the units visited."""
    visited = len({m.key for m in places.visited if m.level in WARD_LEVELS})
    if visited < 2:
        return found

    def the_visited(draft: D) -> bool:
        return draft.figure["unit"] in _COMMUNE_UNITS and draft.figure["value"] == visited and \
            STEP_DONE_AFTER.match(draft.sentence.text, draft.end) is not None

    return [draft for draft in found if not the_visited(draft)]
