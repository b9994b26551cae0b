"""After the 2025 reform, a former district's name right after a commune and a comma is the next commune of a list.

"xã Nam Dong, Cư Jút" is read, as reports wrote it for years, as a commune and the district it lies in. Since 1 July
2025 the districts are gone and most of them gave their name to one of the new communes; a report of a visit after
that day that writes "tại xã Hà Long, Hà Trung" names two of today's communes when a commune "Hà Trung" exists in the
province of the first (real: a province's vice-chair at three new communes' service centres, Lâm Đồng, July 2025;
session 32, fresh69 v08). Left as they were: a visit before the reform ("xã Diên Thạnh, Diên Khánh" in 2024: the
district), a district written with its level word ("xã A, huyện B"), a name no commune of the province bears
today (the district qualifies the commune; `place_era` reads it no further), and a commune of before the reform
that no unit of today is named after, with the district it lay in ("xã Thiệu Lý, Thiệu Hóa" in October 2025: the
commune, part of Thiệu Trung now, and where it lay; one locality).
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from ..folding import fold
from ..gazetteer import Resolution, gazetteer, split_level
from .dates import TWO_TIER_START
from .place_mentions import Mention
from .place_namesake_lists import list_after_namesake

_COMMA = re.compile(r"\s*,\s*")


def namesake_communes(mentions: list[Mention], visit: date | None) -> bool:
    """Read as today's commune (or ward) a bare district name right after a commune (or ward) and a comma, on a visit
    after the reform, when that province has exactly one commune (ward) of the name today. True if any changed."""
    if visit is None or visit < TWO_TIER_START:
        return False
    changed = False
    ordered = sorted((m for m in mentions if m.sentence is not None), key=lambda m: m.order)
    for previous, current in pairwise(ordered):
        if not _namesake_after(previous, current):
            continue
        assert previous.resolution is not None and previous.level is not None
        if _former_home(previous.resolution, current.base):
            continue  # "xã Thiệu Lý, Thiệu Hóa": a commune gone in 2025 and the district it lay in
        code = previous.resolution.province.code
        today = [unit for unit, _ in gazetteer().find_wards(current.base, code)
                 if split_level(unit.name)[0] == previous.level]
        if len(today) != 1:
            continue  # no commune of that name (or two): the district says where the commune lies
        current.level, current.qualifier, current.continuation = previous.level, False, True
        current.resolution = Resolution(previous.level, previous.resolution.province, today[0])
        current.name = f"{previous.level} {current.base}"
        list_after_namesake(current, mentions)  # "xã A, Hà Trung, C và xã D": C too (place_namesake_lists)
        changed = True
    return changed


def _former_home(found: Resolution, district: str) -> bool:
    """Whether the commune was read as one of before the reform in a district called `district`, whose name no unit
    of its province bears today: the name after the comma is where it lay, not a commune of today ("xã Tân Hưng,
    Đồng Phú" in 2025 may be today's Tân Hưng and Đồng Phú, session 32's reading)."""
    old = found.former_ward
    if old is None or fold(split_level(old.district)[1]) != fold(district):
        return False
    return not any(split_level(unit.name)[0] == old.level for unit, _ in
                   gazetteer().find_wards(old.base, found.province.code))


def _namesake_after(previous: Mention, current: Mention) -> bool:
    """A district's name with no level word of its own ("Cư Jút", not "huyện Cư Jút") right after a placed commune
    or ward and a comma, in the same sentence."""
    if previous.sentence is not current.sentence or previous.level not in ("xã", "phường") or \
            previous.resolution is None or previous.resolution.ward is None:
        return False
    if current.level not in ("huyện", "thị xã") or current.written.strip() != current.base or current.bare:
        return False
    text = previous.sentence.text if previous.sentence is not None else ""
    return bool(_COMMA.fullmatch(text, previous.end, current.start))


def as_next_ward(mention: Mention, mentions: list[Mention]) -> bool:
    """Turn a bare district name right after a ward and a comma into that ward's next on the list (its level, no
    longer a qualifier), when the article writes the name as a ward elsewhere (`place_siblings`); True if turned."""
    before = [m for m in mentions if m.sentence is mention.sentence and m.end <= mention.start]
    previous = max(before, key=lambda m: m.end, default=None)
    if previous is None or previous.level not in ("xã", "phường") or mention.sentence is None or \
            not _COMMA.fullmatch(mention.sentence.text, previous.end, mention.start):
        return False
    mention.level, mention.qualifier, mention.continuation = previous.level, False, True
    return True
