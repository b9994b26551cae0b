"""The communes the team visited, counted again as having done a step: no result of the place.

"... đã kiểm tra công tác chuẩn bị bầu cử của các xã A, B, C, D, E, G, H. Theo báo cáo, 7 xã đã triển khai đầy đủ các
nội dung ...": the seven are the communes the team went to, whose report it heard, and counts of units visited are
no figures (the house convention). `figure_reach` reads "N xã đã thành lập|triển khai ..." as a result of the place
(session 31); here that reading is undone when N is exactly the number of communes and wards the visit lists, two
or more (s30 fresh62 v03). A count of another size ("95 xã, phường" beside a province's session) stays a result.

The communes are counted as the text names them as well as resolved: "xã Minh Long và xã Lý Quốc ... Theo báo cáo, 02
xã đã thành lập ..." names two communes that the 2025 reform made one (both resolve to today's xã Lý Quốc), and the
count is still the two it went to (s35 fresh74 v12). A count equal to either number is the visited ones again; the
names are read in the body when it names any (a title's "hai xã Mỹ Long" is the two, not a third).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

from ..folding import fold
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
    keys = {m.key for m in places.visited if m.level in WARD_LEVELS}
    named = [m for m in places.mentions if m.visited and m.level in WARD_LEVELS and m.key in keys]
    named = [m for m in named if not m.in_title] or named  # "hai xã Mỹ Long" in a title names no third
    counts = {len(keys), len({(m.level, fold(m.base)) for m in named})} - {0, 1}
    if not counts:
        return found

    def the_visited(draft: D) -> bool:
        return draft.figure["unit"] in _COMMUNE_UNITS and draft.figure["value"] in counts and \
            STEP_DONE_AFTER.match(draft.sentence.text, draft.end) is not None

    return [draft for draft in found if not the_visited(draft)]
