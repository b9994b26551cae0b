"""Communes listed together are neighbours: a name several communes had is the one beside the others listed.

A district council's report lists "các xã Bom Bo và Bình Minh", then "UBND xã Bom Bo, Bình Minh". Two readings go
wrong without the list:

- the second "Bình Minh", with no level word, is also the name of a town (thị xã Bình Minh, elsewhere): read as a
  district qualifying Bom Bo, it drags the whole article into the town's province. A bare name the article also
  writes as a commune ("xã Bình Minh") is that commune (`drop_misread_districts`);
- "xã Bình Minh" was the name of ten communes before 2025. The one meant lies beside its listed sibling: merged into
  the very commune the sibling is today, or in the same old district (`settle_beside_siblings`). The province's
  other namesake (Trảng Bom's Bình Minh, of Đồng Nai like Bom Bo today) is not beside it.
"""

from __future__ import annotations

from ..folding import fold
from ..former_wards import FormerWard
from ..gazetteer import DISTRICT_LEVELS, WARD_LEVELS, gazetteer
from .place_mentions import LEVEL, Mention
from .place_namesake_communes import as_next_ward


def drop_misread_districts(mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the districts read from a bare name the article also names as a ward ("xã Bom Bo, Bình
    Minh" beside "các xã Bom Bo và Bình Minh", the list's level word its own): the ward, listed again. Right after a
    ward and a comma it is read as that ward's next on the list (`place_namesake_communes.as_next_ward`: "xã Nam
    Dong, Cư Jút" beside "Xã Cư Jút được hình thành ...", a report after the 2025 reform)."""
    written_wards = {fold(m.base) for m in mentions if m.level in WARD_LEVELS and not m.qualifier}
    return [m for m in mentions if not (m.qualifier and m.level in DISTRICT_LEVELS and not LEVEL.match(m.written)
                                        and fold(m.base) in written_wards and not as_next_ward(m, mentions))]


def settle_beside_siblings(wards: list[Mention]) -> None:
    """An unresolved ward (several communes had its name) listed in one sentence with resolved ones: the namesake
    merged into a sibling's ward today, or of a sibling's old district, when exactly one is."""
    for mention in wards:
        if mention.resolution is not None or mention.sentence is None:
            continue
        siblings = [m for m in wards if m is not mention and m.sentence is mention.sentence and m.resolution
                    and m.resolution.ward is not None]
        if not siblings:
            continue
        codes = {m.resolution.ward.code for m in siblings if m.resolution and m.resolution.ward}
        olds = {(f.district, f.old_province) for m in siblings if m.resolution and (f := m.resolution.former_ward)}
        beside = [f for f in gazetteer().former_wards(mention.base, mention.level) if _beside(f, codes, olds)]
        if len({f.became for f in beside}) == 1:
            found = gazetteer().resolve(mention.base, mention.level, beside[0].old_province, beside[0].district)
            if found is not None and found.ward is not None and found.ward.code == beside[0].became[0][1]:
                mention.resolution, mention.by_neighbours = found, True


def _beside(former: FormerWard, codes: set[int], olds: set[tuple[str, str]]) -> bool:
    return any(code in codes for _name, code, _province in former.became) or \
        (former.district, former.old_province) in olds
