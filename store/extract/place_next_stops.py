"""The communes a team will go to next, named after the one it checked (real pages, 2017-2022).

"Đoàn kiểm tra CCHC huyện X đã đi kiểm tra công tác CCHC của xã A. ... Cùng với A, đoàn sẽ kiểm tra thực tế tại các
xã B, C, D": the list is the team's timetable, not this visit. `place_choice` drops a unit named after "sẽ (tiếp tục)
kiểm tra ... tại" only when a unit named earlier was already taken as visited; but the unit checked is often written
as the owner of the work ("kiểm tra công tác ... của xã A"), which is judged visited only by a later fall-back. So a
unit of the same tier (commune beside commune, district beside district) named in an earlier sentence is enough: the
article told that stop first, the future list comes after it. A plan with no stop told before ("Đoàn khảo sát sẽ làm
việc với UBND các phường: A, B") keeps its list, which is all it names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..gazetteer import DISTRICT_LEVELS, WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["next_stop"]


def _tier(level: str | None) -> str | None:
    return "ward" if level in WARD_LEVELS else "district" if level in DISTRICT_LEVELS else None


def next_stop(mention: Mention, earlier: list[Mention]) -> bool:
    """`mention`, named after a future "sẽ ... kiểm tra tại", follows a unit of its tier told in an earlier sentence."""
    tier = _tier(mention.level)
    return tier is not None and any(
        m.resolution is not None and not m.in_title and m.sentence is not None and m.sentence is not mention.sentence
        and _tier(m.level) == tier and m.key != mention.key for m in earlier)
