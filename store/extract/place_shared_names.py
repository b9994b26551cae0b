"""A ward or commune the article names that several provinces had, with nothing in the text to choose one: said, not
guessed.

"Kiểm tra tại phường An Hòa" (2025, no province anywhere): seven provinces had a "phường An Hòa" before 2025 (Hải
Phòng, Huế, Tây Ninh, Đồng Nai, Đồng Tháp, Kiên Giang, Cần Thơ). The issue's rule is "pick by context; say when
unsure": the context is read first (a province named, the outlet's, the wards named beside it, an old district:
`place_resolution`, `place_context`); when it does not settle the name, the unit stays unplaced (no locality rather
than an unsure one: a wrong province would be stored as a fact and counted in its figures) and the draft's warning
names the provinces that had it, so the person who reviews the draft can pick one.

The warning names the provinces that have a unit of that name TODAY (the 34; "phường Thuận An": Huế and TP HCM), and
apart, as "before 2025 also in", the ones whose unit of that name was merged away (Cần Thơ, Hậu Giang), which only an
older report can mean: counting them together had said "4 provinces" (session 24). A name no unit bears today is
said as a former one ("phường An Hòa": seven provinces before 2025).

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

__all__ = ["provinces_today", "provinces_with", "shared_ward_warnings", "shared_warning"]

FORMER_SHOWN = 6
"""Former provinces named in a warning beside today's; more are cut with "…" (an old commune name was in a dozen)."""


def shared_ward_warnings(places: Places) -> list[Reason]:
    """One warning per ward or commune named with its level word and left unplaced because several provinces had it:
    the provinces that have a unit of that name today (the 34), then, apart, the ones whose unit of that name was
    merged away (before 2025), which only matter to an older report."""
    warnings: list[Reason] = []
    seen: set[tuple[str, str]] = set()
    for mention in places.unresolved:
        level = written_level(mention)
        if mention.bare or level not in ("phường", "xã", "thị trấn") or (level, fold(mention.base)) in seen:
            continue
        if len(provinces_with(mention.base, level)) > 1:
            seen.add((level, fold(mention.base)))
            warnings.append(shared_warning(f"{level} {mention.base}", mention.base, level))
    return warnings


def shared_warning(name: str, base: str, level: str) -> Reason:
    """"phường Thuận An": today in Huế and Hồ Chí Minh; before 2025 also in Cần Thơ and Hậu Giang (merged since)."""
    today = provinces_today(base, level)
    former = [p for p in provinces_with(base, level) if p not in today]
    cut = ", ".join(former[:FORMER_SHOWN]) + (" …" if len(former) > FORMER_SHOWN else "")
    if not former:
        return reason("warn.place_shared", name=name, count=len(today), provinces=", ".join(today))
    if not today:
        return reason("warn.place_shared_former", name=name, count=len(former), former=cut)
    return reason("warn.place_shared_before", name=name, count=len(today), provinces=", ".join(today),
                  former=cut)


def provinces_today(base: str, level: str) -> list[str]:
    """The provinces of today's list (the 34) that have a unit of `level` called `base`."""
    places = gazetteer()
    found = {split_level(places.province(code).name)[1] for ward, code in places.find_wards(base)
             if split_level(ward.name)[0] == level and fold(split_level(ward.name)[1]) == fold(base)}
    return sorted(found, key=fold)


def provinces_with(base: str, level: str) -> list[str]:
    """The provinces (as they were then, for a unit merged away) that had a unit of `level` called `base`: today's
    list, the list before 2025 and the units merged earlier."""
    places = gazetteer()
    found: list[str] = list(provinces_today(base, level))
    found += [w.old_province for w in places.former_wards(base, level) if fold(w.base) == fold(base)]
    found += [w.old_province for w in earlier_wards(base, level)]
    return sorted(set(found), key=fold)
