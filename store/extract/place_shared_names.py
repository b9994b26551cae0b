"""A ward or commune the article names that several provinces had, with nothing in the text to choose one: said, not
guessed.

"Kiểm tra tại phường An Hòa" (2025, no province anywhere): seven provinces had a "phường An Hòa" before 2025 (Hải
Phòng, Huế, Tây Ninh, Đồng Nai, Đồng Tháp, Kiên Giang, Cần Thơ). The issue's rule is "pick by context; say when
unsure": the context is read first (a province named, the outlet's, the wards named beside it, an old district:
`place_resolution`, `place_context`); when it does not settle the name, the unit stays unplaced (no locality rather
than an unsure one: a wrong province would be stored as a fact and counted in its figures) and the draft's warning
names the provinces that had it, so the person who reviews the draft can pick one.

A name only one province had is placed there (no warning); a name no list knows keeps the plain note of an unknown
unit (`extract_article`).
"""

from __future__ import annotations

from ..earlier_wards import earlier_wards
from ..folding import fold
from ..gazetteer import gazetteer, split_level
from ..reasons import Reason, reason
from .place_resolution import written_level
from .places import Places

__all__ = ["shared_ward_warnings"]


def shared_ward_warnings(places: Places) -> list[Reason]:
    """One warning per ward or commune named with its level word and left unplaced because several provinces had it."""
    warnings: list[Reason] = []
    seen: set[tuple[str, str]] = set()
    for mention in places.unresolved:
        level = written_level(mention)
        if mention.bare or level not in ("phường", "xã", "thị trấn") or (level, fold(mention.base)) in seen:
            continue
        provinces = provinces_with(mention.base, level)
        if len(provinces) > 1:
            seen.add((level, fold(mention.base)))
            warnings.append(reason("warn.place_shared", name=f"{level} {mention.base}", count=len(provinces),
                                   provinces=", ".join(provinces)))
    return warnings


def provinces_with(base: str, level: str) -> list[str]:
    """The provinces (as they were then, for a unit merged away) that had a unit of `level` called `base`: today's
    list, the list before 2025 and the units merged earlier."""
    places = gazetteer()
    found: list[str] = []
    for ward, code in places.find_wards(base):
        written, name = split_level(ward.name)
        if written == level and fold(name) == fold(base):
            found.append(split_level(places.province(code).name)[1])
    found += [w.old_province for w in places.former_wards(base, level) if fold(w.base) == fold(base)]
    found += [w.old_province for w in earlier_wards(base, level)]
    return sorted(set(found), key=fold)
